import { Static, Type } from '@sinclair/typebox';
import { BilingualText, Id, StringEnum, Version } from '@tributary/platform';

export const Money = Type.Object(
  { amount: Type.Integer({ description: 'integer minor units of the currency' }), currency: Type.String({ examples: ['XOF'] }) },
  { title: 'Money' },
);

export const Period = Type.Object({ start: Type.String({ format: 'date' }), end: Type.String({ format: 'date' }) }, { title: 'Period' });

export const ProjectResponse = Type.Object(
  {
    id: Id,
    version: Version,
    code: Type.String(),
    title: BilingualText,
    leadPartnerId: Type.String(),
    donors: Type.Array(Type.Object({ organisationId: Type.String(), amount: Money })),
    period: Period,
    budget: Money,
    regions: Type.Array(Type.String()),
    status: StringEnum(['active', 'closed']),
  },
  { title: 'Project' },
);
export type ProjectResponse = Static<typeof ProjectResponse>;

export const ProjectFinancialSummary = Type.Object(
  {
    projectId: Type.String(),
    code: Type.String(),
    budget: Money,
    unawarded: Money,
    byCurrency: Type.Array(
      Type.Object({ currency: Type.String(), subGrants: Type.Integer({ minimum: 0 }), awarded: Money, planned: Money, disbursed: Money, spent: Money, balance: Money }),
    ),
  },
  { title: 'ProjectFinancialSummary' },
);
export type ProjectFinancialSummary = Static<typeof ProjectFinancialSummary>;
