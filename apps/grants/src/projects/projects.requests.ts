import { Static, Type } from '@sinclair/typebox';
import { IATI_IDENTIFIER_PART } from '@tributary/contracts';
import { MINOR_UNITS } from '@tributary/kernel';
import { BilingualInput, CalendarDate, Id, PCode, RequestObject, StringEnum } from '@tributary/platform';

export const MoneyInput = RequestObject(
  {
    amount: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'integer minor units (XOF has none: francs; USD/EUR/CAD: cents)', examples: [12000000] }),
    currency: StringEnum(Object.keys(MINOR_UNITS), { description: 'ISO 4217 code of a currency in use', examples: ['XOF'] }),
  },
  { title: 'MoneyInput' },
);

export const PeriodInput = RequestObject(
  { start: CalendarDate, end: Type.String({ format: 'date', description: 'after the start', examples: ['2025-12-31'] }) },
  { title: 'PeriodInput' },
);

export const CreateProjectRequest = RequestObject(
  {
    code: Type.String({ minLength: 2, maxLength: 40, pattern: IATI_IDENTIFIER_PART, description: 'letters, digits, dots, underscores and hyphens: it is part of the project’s IATI activity identifier', examples: ['COVE-TBK'] }),
    title: BilingualInput(300),
    leadPartnerId: Id,
    donors: Type.Array(RequestObject({ organisationId: Id, amount: MoneyInput }), { maxItems: 20 }),
    period: PeriodInput,
    budget: MoneyInput,
    regions: Type.Array(PCode),
  },
  { title: 'CreateProjectRequest' },
);
export type CreateProjectRequest = Static<typeof CreateProjectRequest>;
