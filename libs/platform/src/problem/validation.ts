import { ValidationError, ValidationPipe } from '@nestjs/common';
import { Bilingual, FieldProblem, ProblemException } from './problem';
import { CommonProblems } from './common-problems';

/** class-validator constraint names → a sentence in both languages. */
const CONSTRAINT_MESSAGES: Record<string, (args: string) => Bilingual> = {
  isDefined: () => ({ fr: 'ce champ est obligatoire', en: 'this field is required' }),
  isNotEmpty: () => ({ fr: 'ce champ ne peut pas être vide', en: 'this field cannot be empty' }),
  isString: () => ({ fr: 'doit être un texte', en: 'must be text' }),
  isInt: () => ({ fr: 'doit être un nombre entier', en: 'must be a whole number' }),
  isNumber: () => ({ fr: 'doit être un nombre', en: 'must be a number' }),
  isBoolean: () => ({ fr: 'doit être vrai ou faux', en: 'must be true or false' }),
  isEmail: () => ({ fr: 'doit être une adresse e-mail', en: 'must be an email address' }),
  isUUID: () => ({ fr: 'doit être un identifiant UUID', en: 'must be a UUID' }),
  isISO8601: () => ({ fr: 'doit être une date ISO 8601', en: 'must be an ISO 8601 date' }),
  isDateString: () => ({ fr: 'doit être une date ISO 8601', en: 'must be an ISO 8601 date' }),
  isIn: (a) => ({ fr: `doit être l'une des valeurs : ${a}`, en: `must be one of: ${a}` }),
  isEnum: (a) => ({ fr: `doit être l'une des valeurs : ${a}`, en: `must be one of: ${a}` }),
  min: (a) => ({ fr: `doit être au moins ${a}`, en: `must be at least ${a}` }),
  max: (a) => ({ fr: `doit être au plus ${a}`, en: `must be at most ${a}` }),
  minLength: (a) => ({ fr: `doit compter au moins ${a} caractères`, en: `must be at least ${a} characters long` }),
  maxLength: (a) => ({ fr: `doit compter au plus ${a} caractères`, en: `must be at most ${a} characters long` }),
  isArray: () => ({ fr: 'doit être une liste', en: 'must be a list' }),
  arrayMinSize: (a) => ({ fr: `doit contenir au moins ${a} élément(s)`, en: `must contain at least ${a} item(s)` }),
  arrayMaxSize: (a) => ({ fr: `doit contenir au plus ${a} élément(s)`, en: `must contain at most ${a} item(s)` }),
  matches: () => ({ fr: "n'a pas le format attendu", en: 'does not have the expected format' }),
  isISO4217CurrencyCode: () => ({ fr: 'doit être un code de devise ISO 4217', en: 'must be an ISO 4217 currency code' }),
  isISO31661Alpha2: () => ({ fr: 'doit être un code pays ISO 3166-1', en: 'must be an ISO 3166-1 country code' }),
  whitelistValidation: () => ({ fr: "ce champ n'est pas accepté", en: 'this field is not accepted' }),
  nestedValidation: () => ({ fr: 'doit être un objet valide', en: 'must be a valid object' }),
};

const FALLBACK: Bilingual = { fr: 'valeur invalide', en: 'invalid value' };

function constraintArgument(message: string): string {
  const match = /: (.+)$/.exec(message) ?? /(?:least|most|than) (\S+)/.exec(message);
  return match ? match[1] : '';
}

/** Flattens nested class-validator errors into field paths such as `budgetLines[0].amount`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const path = parent ? (isIndex ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field: path,
      message: (CONSTRAINT_MESSAGES[name] ?? (() => FALLBACK))(constraintArgument(message)),
    }));
    return [...own, ...toFieldProblems(error.children ?? [], path)];
  });
}

/** The one validation pipe: unknown fields are refused, and every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ProblemException(CommonProblems.validation(toFieldProblems(errors))),
  });
}
