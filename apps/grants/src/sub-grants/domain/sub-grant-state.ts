import { EventDefinition } from '@tributary/contracts';
import { Bilingual, checkMoney, DomainError, Money, sameCurrency, sum } from '@tributary/kernel';
import { Period } from '../../projects/domain/project';
import { subGrantMessages as text } from '../sub-grants.messages';

export const SUB_GRANT_STATUSES = ['draft', 'submitted', 'approved', 'active', 'suspended', 'closed', 'terminated'] as const;
export type SubGrantStatus = (typeof SUB_GRANT_STATUSES)[number];

export interface Tranche {
  id: string;
  plannedDate: string;
  amount: Money;
  condition?: string;
}

export interface Disbursement {
  id: string;
  trancheId: string;
  date: string;
  amount: Money;
  /** Given, or derived from creditedAmount (6 significant digits). */
  exchangeRate?: string;
  /** What the bank credited in the award's currency, when known: then it is amountInAwardCurrency. */
  creditedAmount?: Money;
  amountInAwardCurrency: Money;
  recordedBy: string;
}

export type AmendmentKind = 'no-cost-extension' | 'budget-realignment' | 'top-up';

export interface Amendment {
  number: number;
  kind: AmendmentKind;
  justification: string;
  newEnd?: string;
  budgetLines?: BudgetLine[];
  topUp?: Money;
  status: 'proposed' | 'approved';
  proposedBy: string;
  proposedAt: string;
  approvedBy?: string;
  approvedAt?: string;
  /** What applied before the approval, so the history can be read back. */
  before?: { award: Money; period: Period; budgetLines: BudgetLine[] };
}

export interface ExpenditureReport {
  id: string;
  period: Period;
  lines: BudgetLine[];
  total: Money;
  reportedBy: string;
  reportedAt: string;
}

export type ObligationStatus = 'pending' | 'submitted' | 'accepted';

export interface ReportingObligation {
  id: string;
  kind: 'narrative' | 'financial';
  title: string;
  dueDate: string;
  status: ObligationStatus;
  submittedAt?: string;
  acceptedAt?: string;
}

export interface BudgetLine {
  category: string;
  amount: Money;
}

export interface SubGrantState {
  id: string;
  version: number;
  projectId: string;
  leadPartnerId: string;
  reference: string;
  recipientId: string;
  purpose: string;
  award: Money;
  period: Period;
  budgetLines: { category: string; amount: Money }[];
  status: SubGrantStatus;
  tranches: Tranche[];
  disbursements: Disbursement[];
  history: { status: SubGrantStatus; at: string; by: string; reason?: string }[];
  expenditures?: ExpenditureReport[];
  amendments?: Amendment[];
  obligations?: ReportingObligation[];
}

/** A decision on a sub-grant: its state after the change and the event that records it. */
export interface SubGrantChange {
  state: SubGrantState;
  event: { definition: EventDefinition; data: never };
}

export const change = (state: SubGrantState, definition: EventDefinition, data: object): SubGrantChange => ({
  state,
  event: { definition, data: data as never },
});

/** A step refused because of the sub-grant's status; `what` says which step. */
export const statusError = (status: SubGrantStatus, what: Bilingual) => new DomainError('conflict', 'wrong-status', text('wrongStatus', { what, status }));

/** Budget lines in the award's currency that together stay within the award. */
export function checkBudget(lines: BudgetLine[], award: Money, field: string): void {
  lines.forEach((line, i) => {
    checkMoney(line.amount, `${field}[${i}].amount`);
    sameCurrency(line.amount, award, `${field}[${i}].amount`);
  });
  if (sum(lines.map((l) => l.amount), award.currency).amount > award.amount) {
    throw new DomainError('invalid', 'budget-above-award', text('budgetAboveAward'), field);
  }
}
