import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';
import { optionalArray, partSchema } from '@tributary/platform';
import { BudgetLineSchema, MoneySchema, PeriodSchema } from './money.schema';

const TrancheSchema = partSchema({ id: String, plannedDate: String, amount: MoneySchema, condition: String });

const DisbursementSchema = partSchema({
  id: String,
  trancheId: String,
  date: String,
  amount: MoneySchema,
  exchangeRate: String,
  creditedAmount: MoneySchema,
  amountInAwardCurrency: MoneySchema,
  recordedBy: String,
});

const ExpenditureReportSchema = partSchema({
  id: String,
  period: PeriodSchema,
  lines: [BudgetLineSchema],
  total: MoneySchema,
  reportedBy: String,
  reportedAt: String,
});

const AmendmentSchema = partSchema({
  number: Number,
  kind: String,
  justification: String,
  newEnd: String,
  budgetLines: optionalArray(BudgetLineSchema),
  topUp: MoneySchema,
  status: String,
  proposedBy: String,
  proposedAt: String,
  approvedBy: String,
  approvedAt: String,
  before: partSchema({ award: MoneySchema, period: PeriodSchema, budgetLines: [BudgetLineSchema] }),
});

const ObligationSchema = partSchema({
  id: String,
  kind: String,
  title: String,
  dueDate: String,
  status: String,
  submittedAt: String,
  acceptedAt: String,
});

/** Sub-grants, listed by project, by recipient CSO and by lead partner (the portfolio's scopes). */
export const SubGrantModel: ModelDefinition = {
  name: 'SubGrant',
  collection: 'sub_grants',
  schema: aggregateSchema({
    projectId: String,
    leadPartnerId: String,
    reference: String,
    recipientId: String,
    purpose: String,
    award: MoneySchema,
    period: PeriodSchema,
    budgetLines: [BudgetLineSchema],
    status: String,
    tranches: [TrancheSchema],
    disbursements: [DisbursementSchema],
    history: [partSchema({ status: String, at: String, by: String, reason: String })],
    expenditures: optionalArray(ExpenditureReportSchema),
    amendments: optionalArray(AmendmentSchema),
    obligations: optionalArray(ObligationSchema),
  })
    .index({ projectId: 1 })
    .index({ recipientId: 1 })
    .index({ leadPartnerId: 1 }),
};
