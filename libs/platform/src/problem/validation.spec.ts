import { Type } from '@sinclair/typebox';
import { StringEnum } from '../openapi/schemas';
import { ProblemException } from './problem';
import { schemaProblems, validated } from './validation';

const Money = Type.Object({ amount: Type.Integer({ minimum: 0 }), currency: StringEnum(['XOF', 'EUR']) }, { additionalProperties: false });
const Request = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 5 }),
    contactEmail: Type.Optional(Type.String({ format: 'email' })),
    budgetLines: Type.Array(Money, { maxItems: 2 }),
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
  },
  { additionalProperties: false },
);

describe('request validation against a JSON Schema', () => {
  it('names nested and indexed fields and says what is wrong in both languages', () => {
    expect(
      schemaProblems(Request, { name: 'AMSS', budgetLines: [{ amount: -1, currency: 'USD' }], country: 'Mali', extra: 1 }),
    ).toEqual(
      expect.arrayContaining([
        { field: 'budgetLines[0].amount', message: { fr: 'doit être au moins 0', en: 'must be at least 0' } },
        { field: 'budgetLines[0].currency', message: { fr: "doit être l'une des valeurs : XOF, EUR", en: 'must be one of: XOF, EUR' } },
        { field: 'country', message: { fr: "n'a pas le format attendu", en: 'does not have the expected format' } },
        { field: 'extra', message: { fr: "ce champ n'est pas accepté", en: 'this field is not accepted' } },
      ]),
    );
  });

  it('gives the length in length messages (they once read "at least or characters")', () => {
    const [short] = schemaProblems(Request, { name: 'A', budgetLines: [], country: 'ML' });
    const [long] = schemaProblems(Request, { name: 'ABCDEF', budgetLines: [], country: 'ML' });
    expect(short).toEqual({ field: 'name', message: { fr: 'doit compter au moins 2 caractère(s)', en: 'must be at least 2 character(s) long' } });
    expect(long.message).toEqual({ fr: 'doit compter au plus 5 caractère(s)', en: 'must be at most 5 character(s) long' });
  });

  it('refuses null where the schema wants text, naming the field (it once reached the event schema and answered 500)', () => {
    expect(schemaProblems(Request, { name: 'AMSS', budgetLines: [], country: 'ML', contactEmail: null })).toEqual([
      { field: 'contactEmail', message: { fr: 'doit être un texte', en: 'must be text' } },
    ]);
  });

  it('names a missing field and a missing body', () => {
    expect(schemaProblems(Request, { name: 'AMSS', budgetLines: [] })).toEqual([
      { field: 'country', message: { fr: 'ce champ est obligatoire', en: 'this field is required' } },
    ]);
    expect(schemaProblems(Request, undefined)).toEqual([{ field: 'body', message: { fr: 'doit être un objet', en: 'must be an object' } }]);
  });

  it('puts the problems under a prefix, as a batch does for each item', () => {
    expect(schemaProblems(Money, { amount: 1.5, currency: 'XOF' }, { prefix: 'items[3]' })).toEqual([
      { field: 'items[3].amount', message: { fr: 'doit être un nombre entier', en: 'must be a whole number' } },
    ]);
  });

  it('coerces query text to the types of the schema and fills in defaults', () => {
    const Query = Type.Object({ limit: Type.Integer({ minimum: 1, default: 50 }), hxl: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
    expect(validated(Query, { hxl: 'true' }, { coerce: true })).toEqual({ limit: 50, hxl: true });
    expect(validated(Query, { limit: '7' }, { coerce: true })).toEqual({ limit: 7 });
    expect(() => validated(Query, { limit: 'many' }, { coerce: true })).toThrow(ProblemException);
  });
});
