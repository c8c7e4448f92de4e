import { AmendmentApproved, AmendmentProposed } from '@tributary/contracts';
import { checkMoney, DomainError, Money, sameCurrency } from '@tributary/kernel';
import { Period } from '../../projects/domain/project';
import { subGrantMessages as text } from '../sub-grants.messages';
import { Amendment, AmendmentKind, BudgetLine, change, checkBudget, statusError, SubGrantChange, SubGrantState } from './sub-grant-state';

/** Changes to the agreement, one awaiting approval at a time: a later end, new budget lines, a top-up. */
export const Amendments = {
  proposeAmendment(
    current: SubGrantState,
    input: { kind: AmendmentKind; justification: string; newEnd?: string; budgetLines?: BudgetLine[]; topUp?: Money },
    by: string,
    at: Date,
  ): SubGrantChange {
    if (['draft', 'closed', 'terminated'].includes(current.status)) throw statusError(current.status, text('amend'));
    const amendments = current.amendments ?? [];
    if (amendments.some((a) => a.status === 'proposed')) {
      throw new DomainError('conflict', 'amendment-pending', text('amendmentPending'));
    }
    const required = { 'no-cost-extension': 'newEnd', 'budget-realignment': 'budgetLines', 'top-up': 'topUp' } as const;
    const field = required[input.kind];
    if (input[field] === undefined) {
      throw new DomainError('invalid', 'amendment-incomplete', text('amendmentIncomplete'), field);
    }
    if (input.kind === 'no-cost-extension' && !(input.newEnd! > current.period.end)) {
      throw new DomainError('invalid', 'extension-not-later', text('extensionNotLater'), 'newEnd');
    }
    if (input.topUp) {
      checkMoney(input.topUp, 'topUp');
      sameCurrency(input.topUp, current.award, 'topUp');
    }
    if (input.budgetLines) checkBudget(input.budgetLines, current.award, 'budgetLines');
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
      throw new DomainError('conflict', 'no-such-proposed-amendment', text('noSuchProposedAmendment', { number }));
    }
    const period = amendment.newEnd ? { ...current.period, end: amendment.newEnd } : current.period;
    if (period.end > project.period.end) {
      throw new DomainError('invalid', 'period-outside-project', text('extensionPastProject', { end: project.period.end }), 'newEnd');
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
};
