import {
  EventDefinition,
  SubGrantActivated,
  SubGrantApproved,
  SubGrantClosed,
  SubGrantDrafted,
  SubGrantReactivated,
  SubGrantSubmitted,
  SubGrantSuspended,
  SubGrantTerminated,
} from '@tributary/contracts';
import { alternatives, checkMoney, DomainError, Money } from '@tributary/kernel';
import { checkPeriod, Period, ProjectState } from '../../projects/domain/project';
import { subGrantMessages as text } from '../sub-grants.messages';
import { change, checkBudget, statusError, SubGrantChange, SubGrantState, SubGrantStatus } from './sub-grant-state';

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

/** A sub-grant from its draft through approval to its close: checks on the award and the statuses it passes. */
export const Lifecycle = {
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
      throw new DomainError('invalid', 'recipient-not-verified-cso', text('recipientNotVerifiedCso'), 'recipientId');
    }
    if (input.period.start < project.period.start || input.period.end > project.period.end) {
      throw new DomainError('invalid', 'period-outside-project', text('periodOutsideProject', project.period), 'period');
    }
    checkBudget(input.budgetLines, input.award, 'budgetLines');
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
      throw statusError(current.status, text('transitionOnlyFrom', { transition, from: alternatives(rule.from) }));
    }
    if (rule.reasonRequired && !reason?.trim()) {
      throw new DomainError('invalid', 'reason-required', text('reasonRequired'), 'reason');
    }
    const state: SubGrantState = {
      ...current,
      status: rule.to,
      version: current.version + 1,
      history: [...current.history, { status: rule.to, at: at.toISOString(), by, ...(reason ? { reason } : {}) }],
    };
    return change(state, rule.event, { projectId: current.projectId, recipientId: current.recipientId, status: rule.to, ...(reason ? { reason } : {}) });
  },
};
