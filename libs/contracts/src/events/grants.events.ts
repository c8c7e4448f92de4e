import { TObject, Type } from '@sinclair/typebox';
import { defineEvent } from '../envelope/event-envelope';
import { Topics } from '../topics';

/** Money is integer minor units plus an ISO 4217 code (XOF has no minor unit); never a float. */
export const MoneySchema = Type.Object(
  { amount: Type.Integer({ minimum: 0 }), currency: Type.String({ pattern: '^[A-Z]{3}$' }) },
  { additionalProperties: false },
);
const Period = Type.Object({ start: Type.String({ format: 'date' }), end: Type.String({ format: 'date' }) }, { additionalProperties: false });
const Bilingual = Type.Object({ fr: Type.String(), en: Type.String() }, { additionalProperties: false });
const PCode = Type.String({ pattern: '^[A-Z]{2}[0-9]{0,8}$' });

export const ProjectCreated = defineEvent({
  type: 'grants.project.created',
  version: 1,
  topic: Topics.grantsProject,
  summary: 'A programme was set up by its lead partner, with its donors and budget.',
  schema: Type.Object(
    {
      code: Type.String(),
      title: Bilingual,
      leadPartnerId: Type.String(),
      donors: Type.Array(Type.Object({ organisationId: Type.String(), amount: MoneySchema }, { additionalProperties: false })),
      period: Period,
      budget: MoneySchema,
      regions: Type.Array(PCode),
    },
    { additionalProperties: false },
  ),
});

export const SubGrantDrafted = defineEvent({
  type: 'grants.subgrant.drafted',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'A sub-grant to a verified CSO was drafted under a project.',
  schema: Type.Object(
    {
      projectId: Type.String(),
      leadPartnerId: Type.String(),
      reference: Type.String(),
      recipientId: Type.String(),
      purpose: Type.String(),
      award: MoneySchema,
      period: Period,
      budgetLines: Type.Array(Type.Object({ category: Type.String(), amount: MoneySchema }, { additionalProperties: false })),
    },
    { additionalProperties: false },
  ),
});

const transition = (name: string, summary: string, extra: Record<string, ReturnType<typeof Type.String>> = {}) =>
  defineEvent({
    type: `grants.subgrant.${name}`,
    version: 1,
    topic: Topics.grantsSubGrant,
    summary,
    schema: Type.Object(
      {
        projectId: Type.String(),
        recipientId: Type.String(),
        status: Type.String(),
        reason: Type.Optional(Type.String()),
        ...extra,
      },
      { additionalProperties: false },
    ) as TObject,
  });

export const SubGrantSubmitted = transition('submitted', 'The draft was submitted for approval.');
export const SubGrantApproved = transition('approved', 'The sub-grant was approved.');
export const SubGrantActivated = transition('activated', 'The sub-grant became active: activities may be reported and money disbursed.');
export const SubGrantSuspended = transition('suspended', 'The sub-grant was suspended, with a reason.');
export const SubGrantReactivated = transition('reactivated', 'A suspended sub-grant became active again.');
export const SubGrantClosed = transition('closed', 'The sub-grant was closed out.');
export const SubGrantTerminated = transition('terminated', 'The sub-grant was terminated early, with a reason.');

export const TranchePlanned = defineEvent({
  type: 'grants.subgrant.tranche-planned',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'A tranche of the award was planned; tranches never sum above the award.',
  schema: Type.Object(
    { trancheId: Type.String(), plannedDate: Type.String({ format: 'date' }), amount: MoneySchema, condition: Type.Optional(Type.String()) },
    { additionalProperties: false },
  ),
});

export const DisbursementRecorded = defineEvent({
  type: 'grants.subgrant.disbursement-recorded',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'Money was disbursed against a tranche of an active sub-grant; a foreign currency keeps its rate.',
  schema: Type.Object(
    {
      disbursementId: Type.String(),
      trancheId: Type.String(),
      date: Type.String({ format: 'date' }),
      amount: MoneySchema,
      exchangeRate: Type.Optional(Type.String({ pattern: '^[0-9]+(\\.[0-9]+)?$', description: 'award-currency units per unit paid' })),
      amountInAwardCurrency: MoneySchema,
    },
    { additionalProperties: false },
  ),
});

export const GrantsEvents = [
  ProjectCreated,
  SubGrantDrafted,
  SubGrantSubmitted,
  SubGrantApproved,
  SubGrantActivated,
  SubGrantSuspended,
  SubGrantReactivated,
  SubGrantClosed,
  SubGrantTerminated,
  TranchePlanned,
  DisbursementRecorded,
] as const;

const BudgetLines = Type.Array(Type.Object({ category: Type.String(), amount: MoneySchema }, { additionalProperties: false }));

export const ExpenditureReported = defineEvent({
  type: 'grants.subgrant.expenditure-reported',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'The CSO spent money over a period, reported by budget line.',
  schema: Type.Object(
    { reportId: Type.String(), period: Period, lines: BudgetLines, total: MoneySchema },
    { additionalProperties: false },
  ),
});

const AmendmentKind = Type.Union([Type.Literal('no-cost-extension'), Type.Literal('budget-realignment'), Type.Literal('top-up')]);

export const AmendmentProposed = defineEvent({
  type: 'grants.subgrant.amendment-proposed',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'An amendment (no-cost extension, budget realignment or top-up) awaits approval.',
  schema: Type.Object(
    {
      number: Type.Integer({ minimum: 1 }),
      kind: AmendmentKind,
      justification: Type.String(),
      newEnd: Type.Optional(Type.String({ format: 'date' })),
      budgetLines: Type.Optional(BudgetLines),
      topUp: Type.Optional(MoneySchema),
    },
    { additionalProperties: false },
  ),
});

export const AmendmentApproved = defineEvent({
  type: 'grants.subgrant.amendment-approved',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'An amendment was approved; carries the award, period and budget lines that now apply.',
  schema: Type.Object(
    { number: Type.Integer({ minimum: 1 }), award: MoneySchema, period: Period, budgetLines: BudgetLines },
    { additionalProperties: false },
  ),
});

const ReportKind = Type.Union([Type.Literal('narrative'), Type.Literal('financial')]);

export const ReportingObligationSet = defineEvent({
  type: 'grants.subgrant.reporting-obligation-set',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'A narrative or financial report is due on a date.',
  schema: Type.Object(
    { obligationId: Type.String(), kind: ReportKind, dueDate: Type.String({ format: 'date' }), title: Type.String() },
    { additionalProperties: false },
  ),
});

export const ReportingObligationUpdated = defineEvent({
  type: 'grants.subgrant.reporting-obligation-updated',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'A due report was submitted or accepted.',
  schema: Type.Object(
    { obligationId: Type.String(), status: Type.Union([Type.Literal('submitted'), Type.Literal('accepted')]) },
    { additionalProperties: false },
  ),
});

export const GrantsFollowUpEvents = [
  ExpenditureReported,
  AmendmentProposed,
  AmendmentApproved,
  ReportingObligationSet,
  ReportingObligationUpdated,
] as const;
