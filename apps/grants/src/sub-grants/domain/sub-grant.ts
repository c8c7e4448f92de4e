import { randomUUID } from 'node:crypto';
import {
  AmendmentApproved,
  AmendmentProposed,
  DisbursementRecorded,
  ExpenditureReported,
  ReportingObligationSet,
  ReportingObligationUpdated,
  EventDefinition,
  SubGrantActivated,
  SubGrantApproved,
  SubGrantClosed,
  SubGrantDrafted,
  SubGrantReactivated,
  SubGrantSubmitted,
  SubGrantSuspended,
  SubGrantTerminated,
  TranchePlanned,
} from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { checkPeriod, Period, ProjectState } from '../../projects/domain/project';
import { checkMoney, convert, Money, sameCurrency, sum } from '@tributary/kernel';

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
  exchangeRate?: string;
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

export interface SubGrantChange {
  state: SubGrantState;
  event: { definition: EventDefinition; data: never };
}

const change = (state: SubGrantState, definition: EventDefinition, data: object): SubGrantChange => ({
  state,
  event: { definition, data: data as never },
});

export type Transition = 'submit' | 'approve' | 'activate' | 'suspend' | 'reactivate' | 'close' | 'terminate';

/** The lifecycle: which transition leads from which statuses to which, and what it emits. */
const TRANSITIONS: Record<Transition, { from: SubGrantStatus[]; to: SubGrantStatus; event: EventDefinition; reasonRequired: boolean }> = {
  submit: { from: ['draft'], to: 'submitted', event: SubGrantSubmitted, reasonRequired: false },
  approve: { from: ['submitted'], to: 'approved', event: SubGrantApproved, reasonRequired: false },
  activate: { from: ['approved'], to: 'active', event: SubGrantActivated, reasonRequired: false },
  suspend: { from: ['active'], to: 'suspended', event: SubGrantSuspended, reasonRequired: true },
  reactivate: { from: ['suspended'], to: 'active', event: SubGrantReactivated, reasonRequired: false },
  close: { from: ['active', 'suspended'], to: 'closed', event: SubGrantClosed, reasonRequired: false },
  terminate: { from: ['approved', 'active', 'suspended'], to: 'terminated', event: SubGrantTerminated, reasonRequired: true },
};

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

const statusError = (status: SubGrantStatus, what: { fr: string; en: string }) =>
  new DomainError('conflict', 'wrong-status', {
    fr: `Impossible : ${what.fr} (statut actuel : ${status})`,
    en: `Not possible: ${what.en} (current status: ${status})`,
  });

export const SubGrant = {
  draft(
    id: string,
    project: ProjectState,
    recipient: { id: string; kind?: string; dueDiligence?: string } | undefined,
    input: { reference: string; purpose: string; award: Money; period: Period; budgetLines: { category: string; amount: Money }[] },
    by: string,
    at: Date,
  ): SubGrantChange {
    checkMoney(input.award, 'award');
    checkPeriod(input.period, 'period');
    if (!recipient || recipient.kind !== 'cso' || recipient.dueDiligence !== 'verified') {
      throw new DomainError('invalid', 'recipient-not-verified-cso', {
        fr: "Le bénéficiaire doit être une OSC dont la diligence raisonnable est vérifiée",
        en: 'The recipient must be a CSO with verified due diligence',
      }, 'recipientId');
    }
    if (input.period.start < project.period.start || input.period.end > project.period.end) {
      throw new DomainError('invalid', 'period-outside-project', {
        fr: `La période doit rester dans celle du projet (${project.period.start} – ${project.period.end})`,
        en: `The period must lie within the project's (${project.period.start} – ${project.period.end})`,
      }, 'period');
    }
    input.budgetLines.forEach((line, i) => {
      checkMoney(line.amount, `budgetLines[${i}].amount`);
      sameCurrency(line.amount, input.award, `budgetLines[${i}].amount`);
    });
    if (sum(input.budgetLines.map((l) => l.amount), input.award.currency).amount > input.award.amount) {
      throw new DomainError('invalid', 'budget-above-award', { fr: 'Les lignes budgétaires dépassent le montant accordé', en: 'The budget lines exceed the award' }, 'budgetLines');
    }
    const state: SubGrantState = {
      id,
      version: 1,
      projectId: project.id,
      leadPartnerId: project.leadPartnerId,
      recipientId: recipient.id,
      ...input,
      status: 'draft',
      tranches: [],
      disbursements: [],
      history: [{ status: 'draft', at: at.toISOString(), by }],
      expenditures: [],
      amendments: [],
      obligations: [],
    };
    return change(state, SubGrantDrafted, {
      projectId: project.id,
      leadPartnerId: project.leadPartnerId,
      recipientId: recipient.id,
      ...input,
    });
  },

  transition(current: SubGrantState, transition: Transition, by: string, at: Date, reason?: string): SubGrantChange {
    const rule = TRANSITIONS[transition];
    if (!rule.from.includes(current.status)) {
      throw statusError(current.status, { fr: `${transition} depuis ${rule.from.join(' ou ')} seulement`, en: `${transition} only from ${rule.from.join(' or ')}` });
    }
    if (rule.reasonRequired && !reason?.trim()) {
      throw new DomainError('invalid', 'reason-required', { fr: 'Un motif est requis', en: 'A reason is required' }, 'reason');
    }
    const state: SubGrantState = {
      ...current,
      status: rule.to,
      version: current.version + 1,
      history: [...current.history, { status: rule.to, at: at.toISOString(), by, ...(reason ? { reason } : {}) }],
    };
    return change(state, rule.event, { projectId: current.projectId, recipientId: current.recipientId, status: rule.to, ...(reason ? { reason } : {}) });
  },

  planTranche(current: SubGrantState, input: { plannedDate: string; amount: Money; condition?: string }, id: string = randomUUID()): SubGrantChange {
    if (['closed', 'terminated'].includes(current.status)) throw statusError(current.status, { fr: 'planifier une tranche', en: 'plan a tranche' });
    checkMoney(input.amount, 'amount');
    sameCurrency(input.amount, current.award, 'amount');
    const planned = sum(current.tranches.map((t) => t.amount), current.award.currency).amount;
    if (planned + input.amount.amount > current.award.amount) {
      throw new DomainError('invalid', 'tranches-above-award', {
        fr: `Les tranches dépasseraient le montant accordé (${planned} déjà planifié sur ${current.award.amount} ${current.award.currency})`,
        en: `Tranches would exceed the award (${planned} already planned of ${current.award.amount} ${current.award.currency})`,
      }, 'amount.amount');
    }
    const tranche: Tranche = { id, plannedDate: input.plannedDate, amount: input.amount, ...(input.condition ? { condition: input.condition } : {}) };
    return change({ ...current, tranches: [...current.tranches, tranche], version: current.version + 1 }, TranchePlanned, {
      trancheId: id,
      plannedDate: input.plannedDate,
      amount: input.amount,
      ...(input.condition ? { condition: input.condition } : {}),
    });
  },

  recordDisbursement(
    current: SubGrantState,
    input: { trancheId: string; date: string; amount: Money; exchangeRate?: string },
    by: string,
    id: string = randomUUID(),
  ): SubGrantChange {
    if (current.status !== 'active') throw statusError(current.status, { fr: 'décaisser sur une sous-subvention non active', en: 'disburse to a sub-grant that is not active' });
    checkMoney(input.amount, 'amount');
    const tranche = current.tranches.find((t) => t.id === input.trancheId);
    if (!tranche) throw new DomainError('invalid', 'unknown-tranche', { fr: 'Tranche inconnue', en: 'Unknown tranche' }, 'trancheId');
    let inAward: Money = input.amount;
    if (input.amount.currency !== current.award.currency) {
      if (!input.exchangeRate) {
        throw new DomainError('invalid', 'exchange-rate-required', {
          fr: `Un taux de change vers ${current.award.currency} est requis pour un paiement en ${input.amount.currency}`,
          en: `An exchange rate to ${current.award.currency} is required for a payment in ${input.amount.currency}`,
        }, 'exchangeRate');
      }
      inAward = convert(input.amount, input.exchangeRate, current.award.currency);
    }
    const already = sum(current.disbursements.filter((d) => d.trancheId === tranche.id).map((d) => d.amountInAwardCurrency), current.award.currency).amount;
    if (already + inAward.amount > tranche.amount.amount) {
      throw new DomainError('invalid', 'disbursement-above-tranche', {
        fr: `Le décaissement dépasserait la tranche (${already} déjà versé sur ${tranche.amount.amount} ${tranche.amount.currency})`,
        en: `The disbursement would exceed the tranche (${already} already paid of ${tranche.amount.amount} ${tranche.amount.currency})`,
      }, 'amount.amount');
    }
    const disbursement: Disbursement = {
      id,
      trancheId: tranche.id,
      date: input.date,
      amount: input.amount,
      ...(input.exchangeRate && input.amount.currency !== current.award.currency ? { exchangeRate: input.exchangeRate } : {}),
      amountInAwardCurrency: inAward,
      recordedBy: by,
    };
    const { recordedBy: _r, id: _id, ...data } = disbursement;
    return change({ ...current, disbursements: [...current.disbursements, disbursement], version: current.version + 1 }, DisbursementRecorded, {
      disbursementId: id,
      ...data,
    });
  },

  reportExpenditure(current: SubGrantState, input: { period: Period; lines: BudgetLine[] }, by: string, at: Date, id: string = randomUUID()): SubGrantChange {
    if (!['active', 'suspended', 'closed'].includes(current.status)) throw statusError(current.status, { fr: 'déclarer des dépenses', en: 'report expenditure' });
    checkPeriod(input.period, 'period');
    const categories = new Set(current.budgetLines.map((l) => l.category));
    input.lines.forEach((line, i) => {
      checkMoney(line.amount, `lines[${i}].amount`);
      sameCurrency(line.amount, current.award, `lines[${i}].amount`);
      if (!categories.has(line.category)) {
        throw new DomainError('invalid', 'unknown-budget-line', {
          fr: `Ligne budgétaire inconnue : ${line.category}`,
          en: `Unknown budget line: ${line.category}`,
        }, `lines[${i}].category`);
      }
    });
    const total = sum(input.lines.map((l) => l.amount), current.award.currency);
    const report: ExpenditureReport = { id, period: input.period, lines: input.lines, total, reportedBy: by, reportedAt: at.toISOString() };
    return change({ ...current, expenditures: [...(current.expenditures ?? []), report], version: current.version + 1 }, ExpenditureReported, {
      reportId: id, period: input.period, lines: input.lines, total,
    });
  },

  proposeAmendment(
    current: SubGrantState,
    input: { kind: AmendmentKind; justification: string; newEnd?: string; budgetLines?: BudgetLine[]; topUp?: Money },
    by: string,
    at: Date,
  ): SubGrantChange {
    if (['draft', 'closed', 'terminated'].includes(current.status)) throw statusError(current.status, { fr: 'amender', en: 'amend' });
    const amendments = current.amendments ?? [];
    if (amendments.some((a) => a.status === 'proposed')) {
      throw new DomainError('conflict', 'amendment-pending', { fr: 'Un avenant attend déjà son approbation', en: 'An amendment is already awaiting approval' });
    }
    const required = { 'no-cost-extension': 'newEnd', 'budget-realignment': 'budgetLines', 'top-up': 'topUp' } as const;
    const field = required[input.kind];
    if (input[field] === undefined) {
      throw new DomainError('invalid', 'amendment-incomplete', { fr: `Champ requis pour ce type d'avenant`, en: 'Required for this kind of amendment' }, field);
    }
    if (input.kind === 'no-cost-extension' && !(input.newEnd! > current.period.end)) {
      throw new DomainError('invalid', 'extension-not-later', { fr: 'La nouvelle fin doit suivre la fin actuelle', en: 'The new end must come after the current end' }, 'newEnd');
    }
    if (input.topUp) {
      checkMoney(input.topUp, 'topUp');
      sameCurrency(input.topUp, current.award, 'topUp');
    }
    input.budgetLines?.forEach((line, i) => {
      checkMoney(line.amount, `budgetLines[${i}].amount`);
      sameCurrency(line.amount, current.award, `budgetLines[${i}].amount`);
    });
    if (input.budgetLines && sum(input.budgetLines.map((l) => l.amount), current.award.currency).amount > current.award.amount) {
      throw new DomainError('invalid', 'budget-above-award', { fr: 'Les lignes budgétaires dépassent le montant accordé', en: 'The budget lines exceed the award' }, 'budgetLines');
    }
    const number = amendments.length + 1;
    const amendment: Amendment = {
      number,
      kind: input.kind,
      justification: input.justification,
      ...(input.kind === 'no-cost-extension' ? { newEnd: input.newEnd } : {}),
      ...(input.kind === 'budget-realignment' ? { budgetLines: input.budgetLines } : {}),
      ...(input.kind === 'top-up' ? { topUp: input.topUp } : {}),
      status: 'proposed',
      proposedBy: by,
      proposedAt: at.toISOString(),
    };
    const { status: _s, proposedBy: _p, proposedAt: _a, ...data } = amendment;
    return change({ ...current, amendments: [...amendments, amendment], version: current.version + 1 }, AmendmentProposed, data);
  },

  approveAmendment(current: SubGrantState, number: number, project: { period: Period }, by: string, at: Date): SubGrantChange {
    const amendments = current.amendments ?? [];
    const amendment = amendments.find((a) => a.number === number);
    if (!amendment || amendment.status !== 'proposed') {
      throw new DomainError('conflict', 'no-such-proposed-amendment', { fr: `Aucun avenant n° ${number} en attente`, en: `No amendment ${number} awaiting approval` });
    }
    const period = amendment.newEnd ? { ...current.period, end: amendment.newEnd } : current.period;
    if (period.end > project.period.end) {
      throw new DomainError('invalid', 'period-outside-project', {
        fr: `La prolongation dépasse la fin du projet (${project.period.end})`,
        en: `The extension goes past the project's end (${project.period.end})`,
      }, 'newEnd');
    }
    const award = amendment.topUp ? { ...current.award, amount: current.award.amount + amendment.topUp.amount } : current.award;
    const budgetLines = amendment.budgetLines ?? current.budgetLines;
    const approved: Amendment = {
      ...amendment,
      status: 'approved',
      approvedBy: by,
      approvedAt: at.toISOString(),
      before: { award: current.award, period: current.period, budgetLines: current.budgetLines },
    };
    return change(
      { ...current, award, period, budgetLines, amendments: amendments.map((a) => (a.number === number ? approved : a)), version: current.version + 1 },
      AmendmentApproved,
      { number, award, period, budgetLines },
    );
  },

  setObligation(current: SubGrantState, input: { kind: 'narrative' | 'financial'; title: string; dueDate: string }, id: string = randomUUID()): SubGrantChange {
    if (['closed', 'terminated'].includes(current.status)) throw statusError(current.status, { fr: 'fixer une échéance', en: 'set a reporting obligation' });
    const obligation: ReportingObligation = { id, ...input, status: 'pending' };
    return change({ ...current, obligations: [...(current.obligations ?? []), obligation], version: current.version + 1 }, ReportingObligationSet, {
      obligationId: id, ...input,
    });
  },

  updateObligation(current: SubGrantState, obligationId: string, status: 'submitted' | 'accepted', at: Date): SubGrantChange {
    const obligations = current.obligations ?? [];
    const obligation = obligations.find((o) => o.id === obligationId);
    if (!obligation) throw new DomainError('not-found', 'obligation-not-found', { fr: 'Échéance introuvable', en: 'Reporting obligation not found' });
    const allowedFrom: Record<typeof status, ObligationStatus> = { submitted: 'pending', accepted: 'submitted' };
    if (obligation.status !== allowedFrom[status]) {
      throw new DomainError('conflict', 'wrong-obligation-status', {
        fr: `Impossible depuis le statut ${obligation.status}`,
        en: `Not possible from status ${obligation.status}`,
      });
    }
    const updated: ReportingObligation = {
      ...obligation,
      status,
      ...(status === 'submitted' ? { submittedAt: at.toISOString() } : { acceptedAt: at.toISOString() }),
    };
    return change({ ...current, obligations: obligations.map((o) => (o.id === obligationId ? updated : o)), version: current.version + 1 }, ReportingObligationUpdated, {
      obligationId, status,
    });
  },

  /** Pending past its due date is overdue: derived when read, so it never goes stale. */
  obligationsAsOf(state: SubGrantState, today: string): (Omit<ReportingObligation, 'status'> & { status: ObligationStatus | 'overdue' })[] {
    return (state.obligations ?? []).map((o) => ({ ...o, status: o.status === 'pending' && o.dueDate < today ? 'overdue' : o.status }));
  },

  financialSummary(state: SubGrantState, periodStart?: string, today: string = new Date().toISOString().slice(0, 10)) {
    const currency = state.award.currency;
    const planned = sum(state.tranches.map((t) => t.amount), currency);
    const disbursed = sum(state.disbursements.map((d) => d.amountInAwardCurrency), currency);
    const spent = sum((state.expenditures ?? []).map((e) => e.total), currency);
    // Burn rate: spending per elapsed month of the sub-grant period.
    const start = new Date(periodStart ?? state.period.start);
    const months = Math.max(1, (new Date(today).getTime() - start.getTime()) / (30.4375 * 86400000));
    return {
      awarded: state.award,
      planned,
      disbursed,
      spent,
      balance: { amount: state.award.amount - disbursed.amount, currency },
      unspentDisbursed: { amount: disbursed.amount - spent.amount, currency },
      disbursedShare: state.award.amount === 0 ? 0 : Math.round((disbursed.amount / state.award.amount) * 1000) / 1000,
      burnRatePerMonth: { amount: Math.round(spent.amount / months), currency },
    };
  },
};
