import { ReportingObligationSet, ReportingObligationUpdated } from '@tributary/contracts';
import { DomainError, newId } from '@tributary/kernel';
import { subGrantMessages as text } from '../sub-grants.messages';
import { change, ObligationStatus, ReportingObligation, statusError, SubGrantChange, SubGrantState } from './sub-grant-state';

/** The reports the recipient owes, by a due date: pending, then submitted, then accepted. */
export const Obligations = {
  setObligation(current: SubGrantState, input: { kind: 'narrative' | 'financial'; title: string; dueDate: string }, id: string = newId()): SubGrantChange {
    if (['closed', 'terminated'].includes(current.status)) throw statusError(current.status, text('setObligation'));
    const obligation: ReportingObligation = { id, ...input, status: 'pending' };
    return change({ ...current, obligations: [...(current.obligations ?? []), obligation], version: current.version + 1 }, ReportingObligationSet, {
      obligationId: id, ...input,
    });
  },

  updateObligation(current: SubGrantState, obligationId: string, status: 'submitted' | 'accepted', at: Date): SubGrantChange {
    const obligations = current.obligations ?? [];
    const obligation = obligations.find((o) => o.id === obligationId);
    if (!obligation) throw new DomainError('not-found', 'obligation-not-found', text('obligationNotFound'));
    const allowedFrom: Record<typeof status, ObligationStatus> = { submitted: 'pending', accepted: 'submitted' };
    if (obligation.status !== allowedFrom[status]) {
      throw new DomainError('conflict', 'wrong-obligation-status', text('wrongObligationStatus', { status: obligation.status }));
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
};
