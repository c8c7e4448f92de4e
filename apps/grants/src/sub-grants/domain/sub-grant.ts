import { randomUUID } from 'node:crypto';
import {
  DisbursementRecorded,
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
import { DomainError } from '@tributary/platform';
import { checkPeriod, Period, ProjectState } from '../../projects/domain/project';
import { checkMoney, convert, Money, sameCurrency, sum } from './money';

export type SubGrantStatus = 'draft' | 'submitted' | 'approved' | 'active' | 'suspended' | 'closed' | 'terminated';

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

  financialSummary(state: SubGrantState) {
    const currency = state.award.currency;
    const planned = sum(state.tranches.map((t) => t.amount), currency);
    const disbursed = sum(state.disbursements.map((d) => d.amountInAwardCurrency), currency);
    return {
      awarded: state.award,
      planned,
      disbursed,
      balance: { amount: state.award.amount - disbursed.amount, currency },
      disbursedShare: state.award.amount === 0 ? 0 : Math.round((disbursed.amount / state.award.amount) * 1000) / 1000,
    };
  },
};
