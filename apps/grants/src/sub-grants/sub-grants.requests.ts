import { Static, Type } from '@sinclair/typebox';
import { IATI_IDENTIFIER_PART } from '@tributary/contracts';
import { BasedOnVersion, CalendarDate, Id, OneOf, PCode, RequestObject, StringEnum } from '@tributary/platform';
import { MoneyInput, PeriodInput } from '../projects/projects.requests';
import { SUB_GRANT_STATUSES, TRANSITION_NAMES } from './domain/sub-grant';

const BudgetLineInput = RequestObject(
  { category: Type.String({ minLength: 1, maxLength: 100, examples: ['collecte de données'] }), amount: MoneyInput },
  { title: 'BudgetLineInput' },
);
const BudgetLines = Type.Array(BudgetLineInput, { maxItems: 50 });

export const DraftSubGrantRequest = RequestObject(
  {
    reference: Type.String({ minLength: 1, maxLength: 60, pattern: IATI_IDENTIFIER_PART, description: 'letters, digits, dots, underscores and hyphens: it is part of the CSO’s IATI activity identifier', examples: ['SG-AMSS-01'] }),
    recipientId: Type.String({ minLength: 1, description: 'a CSO whose due diligence is verified', examples: ['org-amss'] }),
    purpose: Type.String({ minLength: 1, maxLength: 2000 }),
    award: MoneyInput,
    period: PeriodInput,
    budgetLines: BudgetLines,
  },
  { title: 'DraftSubGrantRequest' },
);
export type DraftSubGrantRequest = Static<typeof DraftSubGrantRequest>;

export const VersionedRequest = RequestObject({ version: BasedOnVersion }, { title: 'VersionedRequest' });
export type VersionedRequest = Static<typeof VersionedRequest>;

export const TransitionRequest = RequestObject(
  { version: BasedOnVersion, reason: Type.Optional(Type.String({ maxLength: 2000, description: 'required to suspend or terminate' })) },
  { title: 'TransitionRequest' },
);
export type TransitionRequest = Static<typeof TransitionRequest>;

export const TransitionName = StringEnum(TRANSITION_NAMES);

export const AmendmentNumber = Type.Integer({ minimum: 1 });

export const PlanTrancheRequest = RequestObject(
  {
    version: BasedOnVersion,
    plannedDate: CalendarDate,
    amount: MoneyInput,
    condition: Type.Optional(Type.String({ maxLength: 300, examples: ['rapport initial accepté'] })),
  },
  { title: 'PlanTrancheRequest' },
);
export type PlanTrancheRequest = Static<typeof PlanTrancheRequest>;

export const RecordDisbursementRequest = RequestObject(
  {
    version: BasedOnVersion,
    trancheId: Id,
    date: CalendarDate,
    amount: MoneyInput,
    exchangeRate: Type.Optional(
      Type.String({
        pattern: '^[0-9]+(\\.[0-9]+)?$',
        description: 'award-currency units per unit paid; required when the currencies differ, unless creditedAmount is given',
        examples: ['655.957'],
      }),
    ),
    creditedAmount: Type.Optional(MoneyInput),
  },
  {
    title: 'RecordDisbursementRequest',
    description:
      "A payment in another currency than the award's gives exchangeRate, or creditedAmount: the amount the bank credited in the award's currency (above zero), which then counts against the tranche, the rate being derived from the two amounts (6 significant digits, half up). Not both.",
  },
);
export type RecordDisbursementRequest = Static<typeof RecordDisbursementRequest>;

export const ListSubGrantsQuery = RequestObject({
  projectId: Type.Optional(Id),
  region: Type.Optional(Type.String({ pattern: PCode.pattern, description: 'region (P-code) of the project', examples: ['ML06'] })),
  status: Type.Optional(StringEnum(SUB_GRANT_STATUSES)),
  recipientId: Type.Optional(Id),
  cursor: Type.Optional(Type.String({ minLength: 1, description: 'the nextCursor of the previous page' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
export type ListSubGrantsQuery = Static<typeof ListSubGrantsQuery>;

export const ReportExpenditureRequest = RequestObject(
  { version: BasedOnVersion, period: PeriodInput, lines: BudgetLines },
  { title: 'ReportExpenditureRequest', description: 'spending over a period by budget line of the sub-grant' },
);
export type ReportExpenditureRequest = Static<typeof ReportExpenditureRequest>;

const Justification = Type.String({ minLength: 3, maxLength: 2000 });

export const ProposeAmendmentRequest = OneOf(
  'kind',
  [
    RequestObject(
      { kind: Type.Literal('no-cost-extension'), version: BasedOnVersion, justification: Justification, newEnd: Type.String({ format: 'date', description: 'the new end date' }) },
      { title: 'NoCostExtensionRequest' },
    ),
    RequestObject(
      { kind: Type.Literal('budget-realignment'), version: BasedOnVersion, justification: Justification, budgetLines: BudgetLines },
      { title: 'BudgetRealignmentRequest' },
    ),
    RequestObject(
      { kind: Type.Literal('top-up'), version: BasedOnVersion, justification: Justification, topUp: MoneyInput },
      { title: 'TopUpRequest' },
    ),
  ],
  { title: 'ProposeAmendmentRequest' },
);
export type ProposeAmendmentRequest = Static<typeof ProposeAmendmentRequest>;

export const SetObligationRequest = RequestObject(
  {
    version: BasedOnVersion,
    kind: StringEnum(['narrative', 'financial']),
    title: Type.String({ minLength: 2, maxLength: 200, examples: ['Rapport narratif du premier trimestre'] }),
    dueDate: CalendarDate,
  },
  { title: 'SetObligationRequest' },
);
export type SetObligationRequest = Static<typeof SetObligationRequest>;

export const IatiTransactionsQuery = RequestObject({ projectId: Id });
export type IatiTransactionsQuery = Static<typeof IatiTransactionsQuery>;
