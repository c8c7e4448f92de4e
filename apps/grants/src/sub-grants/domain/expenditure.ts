import { ExpenditureReported } from '@tributary/contracts';
import { checkMoney, DomainError, newId, sameCurrency, sum } from '@tributary/kernel';
import { checkPeriod, Period } from '../../projects/domain/project';
import { subGrantMessages as text } from '../sub-grants.messages';
import { BudgetLine, change, ExpenditureReport, statusError, SubGrantChange, SubGrantState } from './sub-grant-state';

/** What the recipient spent, per budget line of the sub-grant, period by period. */
export const Expenditure = {
  reportExpenditure(current: SubGrantState, input: { period: Period; lines: BudgetLine[] }, by: string, at: Date, id: string = newId()): SubGrantChange {
    if (!['active', 'suspended', 'closed'].includes(current.status)) throw statusError(current.status, text('reportExpenditure'));
    checkPeriod(input.period, 'period');
    const categories = new Set(current.budgetLines.map((l) => l.category));
    input.lines.forEach((line, i) => {
      checkMoney(line.amount, `lines[${i}].amount`);
      sameCurrency(line.amount, current.award, `lines[${i}].amount`);
      if (!categories.has(line.category)) {
        throw new DomainError('invalid', 'unknown-budget-line', text('unknownBudgetLine', { category: line.category }), `lines[${i}].category`);
      }
    });
    const total = sum(input.lines.map((l) => l.amount), current.award.currency);
    const report: ExpenditureReport = { id, period: input.period, lines: input.lines, total, reportedBy: by, reportedAt: at.toISOString() };
    return change({ ...current, expenditures: [...(current.expenditures ?? []), report], version: current.version + 1 }, ExpenditureReported, {
      reportId: id, period: input.period, lines: input.lines, total,
    });
  },
};
