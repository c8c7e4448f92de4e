import { Static, Type } from '@sinclair/typebox';
import { BilingualText, CursorPageOf, Id, StringEnum, Timestamp, Version } from '@tributary/platform';
import { Money, Period } from '../projects/projects.responses';
import { SUB_GRANT_STATUSES } from './domain/sub-grant';

const BudgetLine = Type.Object({ category: Type.String(), amount: Money }, { title: 'BudgetLine' });

const SubGrantStatus = StringEnum(SUB_GRANT_STATUSES);
const ObligationKind = StringEnum(['narrative', 'financial']);

const ReportingObligation = Type.Object(
  {
    id: Type.String(),
    kind: ObligationKind,
    title: Type.String(),
    dueDate: Type.String({ format: 'date' }),
    status: StringEnum(['pending', 'submitted', 'accepted']),
    submittedAt: Type.Optional(Timestamp),
    acceptedAt: Type.Optional(Timestamp),
  },
  { title: 'ReportingObligation' },
);

export const SubGrantResponse = Type.Object(
  {
    id: Id,
    version: Version,
    projectId: Type.String(),
    leadPartnerId: Type.String(),
    reference: Type.String(),
    recipientId: Type.String(),
    purpose: Type.String(),
    award: Money,
    period: Period,
    budgetLines: Type.Array(BudgetLine),
    status: SubGrantStatus,
    tranches: Type.Array(
      Type.Object({ id: Type.String(), plannedDate: Type.String({ format: 'date' }), amount: Money, condition: Type.Optional(Type.String()) }, { title: 'Tranche' }),
    ),
    disbursements: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          trancheId: Type.String(),
          date: Type.String({ format: 'date' }),
          amount: Money,
          exchangeRate: Type.Optional(
            Type.String({ description: 'award-currency units per unit paid, when paid in another currency: as given, or derived from creditedAmount' }),
          ),
          creditedAmount: Type.Optional(Money),
          amountInAwardCurrency: Money,
          recordedBy: Type.String(),
        },
        { title: 'Disbursement', description: "creditedAmount: what the bank credited in the award's currency, when known; it is then amountInAwardCurrency" },
      ),
    ),
    history: Type.Array(Type.Object({ status: SubGrantStatus, at: Timestamp, by: Type.String(), reason: Type.Optional(Type.String()) })),
    expenditures: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Type.String(), period: Period, lines: Type.Array(BudgetLine), total: Money, reportedBy: Type.String(), reportedAt: Timestamp },
          { title: 'ExpenditureReport' },
        ),
      ),
    ),
    amendments: Type.Optional(
      Type.Array(
        Type.Object(
          {
            number: Type.Integer({ minimum: 1 }),
            kind: StringEnum(['no-cost-extension', 'budget-realignment', 'top-up']),
            justification: Type.String(),
            newEnd: Type.Optional(Type.String({ format: 'date' })),
            budgetLines: Type.Optional(Type.Array(BudgetLine)),
            topUp: Type.Optional(Money),
            status: StringEnum(['proposed', 'approved']),
            proposedBy: Type.String(),
            proposedAt: Timestamp,
            approvedBy: Type.Optional(Type.String()),
            approvedAt: Type.Optional(Timestamp),
            before: Type.Optional(
              Type.Object({ award: Money, period: Period, budgetLines: Type.Array(BudgetLine) }, { description: 'the terms the approval replaced' }),
            ),
          },
          { title: 'Amendment' },
        ),
      ),
    ),
    obligations: Type.Optional(Type.Array(ReportingObligation)),
  },
  { title: 'SubGrant' },
);
export type SubGrantResponse = Static<typeof SubGrantResponse>;

export const SubGrantPage = CursorPageOf(SubGrantResponse, 'SubGrantPage');
export type SubGrantPage = Static<typeof SubGrantPage>;

const ObligationAsOfToday = {
  id: Type.String(),
  kind: ObligationKind,
  title: Type.String(),
  dueDate: Type.String({ format: 'date' }),
  status: StringEnum(['pending', 'submitted', 'accepted', 'overdue'], { description: 'overdue: pending past its due date' }),
  submittedAt: Type.Optional(Timestamp),
  acceptedAt: Type.Optional(Timestamp),
};

export const ObligationsResponse = Type.Array(Type.Object(ObligationAsOfToday, { title: 'ObligationAsOfToday' }));
export type ObligationsResponse = Static<typeof ObligationsResponse>;

export const OverdueObligationsResponse = Type.Array(
  Type.Object({ subGrantId: Type.String(), reference: Type.String(), recipientId: Type.String(), ...ObligationAsOfToday }, { title: 'OverdueObligation' }),
);
export type OverdueObligationsResponse = Static<typeof OverdueObligationsResponse>;

export const SubGrantFinancialSummary = Type.Object(
  {
    subGrantId: Type.String(),
    reference: Type.String(),
    status: SubGrantStatus,
    awarded: Money,
    planned: Money,
    disbursed: Money,
    spent: Money,
    balance: Money,
    unspentDisbursed: Money,
    disbursedShare: Type.Number({ minimum: 0, description: 'disbursed over awarded, to three decimals' }),
    burnRatePerMonth: Money,
  },
  { title: 'SubGrantFinancialSummary' },
);
export type SubGrantFinancialSummary = Static<typeof SubGrantFinancialSummary>;

const IatiValue = Type.Object({ amount: Type.String({ description: 'decimal in major units' }), currency: Type.String() });

const IatiOrganisation = Type.Object({
  ref: Type.Optional(Type.String({ description: "the organisation's IATI identifier; left out when the directory has none for it", examples: ['US-GOV-1'] })),
  narrative: Type.String({ description: "the organisation's name" }),
});

export const IatiTransactionsResponse = Type.Object(
  {
    projectId: Type.String(),
    projectCode: Type.String(),
    transactions: Type.Array(
      Type.Object(
        {
          ref: Type.String(),
          transactionType: Type.Literal('3', { description: 'IATI transaction type 3: disbursement' }),
          transactionDate: Type.String({ format: 'date' }),
          value: Type.Object({ ...IatiValue.properties, valueDate: Type.String({ format: 'date' }) }),
          exchangeRate: Type.Optional(Type.String()),
          valueInAwardCurrency: Type.Optional({ ...IatiValue, description: "what the payment counts for in the award's currency: the amount credited when known" }),
          description: BilingualText,
          providerOrg: Type.Object({ ...IatiOrganisation.properties }, { description: 'the lead partner' }),
          receiverOrg: Type.Object(
            {
              ...IatiOrganisation.properties,
              receiverActivityId: Type.Optional(
                Type.String({ description: "<lead partner's IATI identifier>-<project code>-<sub-grant reference>; left out when the lead partner has no IATI identifier" }),
              ),
            },
            { description: 'the recipient CSO' },
          ),
        },
        { title: 'IatiTransaction' },
      ),
    ),
  },
  { title: 'IatiTransactions' },
);
export type IatiTransactionsResponse = Static<typeof IatiTransactionsResponse>;
