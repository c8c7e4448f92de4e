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

/** The examples follow FHI 360's USAID-funded project in Timbuktu and its sub-grant to AMSS. */
const XOF = (amount: number) => ({ amount, currency: 'XOF' });
const PROJECT = 'project-cove-tbk';
const SUB_GRANT = 'subgrant-amss-01';
const AMSS_BUDGET_LINES = [
  { category: 'collecte de données', amount: XOF(7_000_000) },
  { category: 'restitution', amount: XOF(5_000_000) },
];

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
  example: {
    subject: PROJECT,
    data: {
      code: 'COVE-TBK',
      title: { fr: 'Prévention à Tombouctou', en: 'Prevention in Timbuktu' },
      leadPartnerId: 'org-fhi360',
      donors: [{ organisationId: 'org-usaid', amount: XOF(60_000_000) }],
      period: { start: '2024-01-01', end: '2025-12-31' },
      budget: XOF(60_000_000),
      regions: ['ML06'],
    },
  },
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
  example: {
    subject: SUB_GRANT,
    data: {
      projectId: PROJECT,
      leadPartnerId: 'org-fhi360',
      reference: 'SG-AMSS-01',
      recipientId: 'org-amss',
      purpose: "Étude diagnostique des facteurs de l'extrémisme violent dans la région de Tombouctou",
      award: XOF(12_000_000),
      period: { start: '2024-02-01', end: '2024-09-30' },
      budgetLines: AMSS_BUDGET_LINES,
    },
  },
});

const transition = (name: string, summary: string, example: { status: string; sequence: number; reason?: string }) =>
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
      },
      { additionalProperties: false },
    ) as TObject,
    example: {
      subject: SUB_GRANT,
      sequence: example.sequence,
      data: { projectId: PROJECT, recipientId: 'org-amss', status: example.status, ...(example.reason ? { reason: example.reason } : {}) },
    },
  });

export const SubGrantSubmitted = transition('submitted', 'The draft was submitted for approval.', { status: 'submitted', sequence: 2 });
export const SubGrantApproved = transition('approved', 'The sub-grant was approved.', { status: 'approved', sequence: 3 });
export const SubGrantActivated = transition('activated', 'The sub-grant became active: activities may be reported and money disbursed.', { status: 'active', sequence: 4 });
export const SubGrantSuspended = transition('suspended', 'The sub-grant was suspended, with a reason.', {
  status: 'suspended',
  sequence: 9,
  reason: 'audit financier en cours',
});
export const SubGrantReactivated = transition('reactivated', 'A suspended sub-grant became active again.', { status: 'active', sequence: 10 });
export const SubGrantClosed = transition('closed', 'The sub-grant was closed out.', { status: 'closed', sequence: 18 });
export const SubGrantTerminated = transition('terminated', 'The sub-grant was terminated early, with a reason.', {
  status: 'terminated',
  sequence: 11,
  reason: "la zone d'intervention est devenue inaccessible",
});

export const TranchePlanned = defineEvent({
  type: 'grants.subgrant.tranche-planned',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary: 'A tranche of the award was planned; tranches never sum above the award.',
  schema: Type.Object(
    { trancheId: Type.String(), plannedDate: Type.String({ format: 'date' }), amount: MoneySchema, condition: Type.Optional(Type.String()) },
    { additionalProperties: false },
  ),
  example: { subject: SUB_GRANT, sequence: 5, data: { trancheId: 'tranche-amss-01-1', plannedDate: '2024-02-15', amount: XOF(6_000_000), condition: 'accord de sous-subvention signé' } },
});

export const DisbursementRecorded = defineEvent({
  type: 'grants.subgrant.disbursement-recorded',
  version: 1,
  topic: Topics.grantsSubGrant,
  summary:
    'Money was disbursed against a tranche of an active sub-grant; a foreign currency keeps its rate, given or derived from the amount the bank credited.',
  schema: Type.Object(
    {
      disbursementId: Type.String(),
      trancheId: Type.String(),
      date: Type.String({ format: 'date' }),
      amount: MoneySchema,
      exchangeRate: Type.Optional(
        Type.String({
          pattern: '^[0-9]+(\\.[0-9]+)?$',
          description: 'award-currency units per unit paid; derived from creditedAmount when that is given (6 significant digits, half up)',
        }),
      ),
      creditedAmount: Type.Optional({
        ...MoneySchema,
        description: "the amount the bank credited in the award's currency, when known; then it is amountInAwardCurrency and the rate is derived from it",
      }),
      amountInAwardCurrency: MoneySchema,
    },
    { additionalProperties: false },
  ),
  example: {
    subject: SUB_GRANT,
    sequence: 6,
    data: {
      disbursementId: 'disbursement-amss-01-1',
      trancheId: 'tranche-amss-01-1',
      date: '2024-02-20',
      amount: { amount: 914_700, currency: 'EUR' },
      exchangeRate: '655.957',
      creditedAmount: XOF(6_000_039),
      amountInAwardCurrency: XOF(6_000_039),
    },
  },
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
  example: {
    subject: SUB_GRANT,
    sequence: 7,
    actor: { userId: 'user-rapporteur-amss', organisationId: 'org-amss' },
    data: {
      reportId: 'expenditure-amss-01-1',
      period: { start: '2024-02-01', end: '2024-03-31' },
      lines: [{ category: 'collecte de données', amount: XOF(2_500_000) }],
      total: XOF(2_500_000),
    },
  },
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
  example: {
    subject: SUB_GRANT,
    sequence: 12,
    data: { number: 1, kind: 'no-cost-extension', justification: 'Accès difficile aux cercles pendant la saison des pluies', newEnd: '2024-11-30' },
  },
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
  example: { subject: SUB_GRANT, sequence: 13, data: { number: 1, award: XOF(12_000_000), period: { start: '2024-02-01', end: '2024-11-30' }, budgetLines: AMSS_BUDGET_LINES } },
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
  example: { subject: SUB_GRANT, sequence: 8, data: { obligationId: 'obligation-amss-01-1', kind: 'narrative', dueDate: '2024-04-15', title: 'Rapport narratif du premier trimestre' } },
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
  example: { subject: SUB_GRANT, sequence: 14, actor: { userId: 'user-rapporteur-amss', organisationId: 'org-amss' }, data: { obligationId: 'obligation-amss-01-1', status: 'submitted' } },
});

export const GrantsFollowUpEvents = [
  ExpenditureReported,
  AmendmentProposed,
  AmendmentApproved,
  ReportingObligationSet,
  ReportingObligationUpdated,
] as const;
