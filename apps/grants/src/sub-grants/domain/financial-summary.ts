import { sum } from '@tributary/kernel';
import { SubGrantState } from './sub-grant-state';

/**
 * The read side of a sub-grant's money, computed from its state when asked: what was awarded,
 * planned, disbursed and spent, the balances, and the burn rate per elapsed month.
 */
export function financialSummary(state: SubGrantState, periodStart?: string, today: string = new Date().toISOString().slice(0, 10)) {
  const currency = state.award.currency;
  const planned = sum(state.tranches.map((t) => t.amount), currency);
  const disbursed = sum(state.disbursements.map((d) => d.amountInAwardCurrency), currency);
  const spent = sum((state.expenditures ?? []).map((e) => e.total), currency);
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
}
