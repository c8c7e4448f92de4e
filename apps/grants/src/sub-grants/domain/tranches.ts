import { DisbursementRecorded, TranchePlanned } from '@tributary/contracts';
import { checkMoney, convert, deriveRate, DomainError, Money, newId, sameCurrency, sum } from '@tributary/kernel';
import { subGrantMessages as text } from '../sub-grants.messages';
import { change, Disbursement, statusError, SubGrantChange, SubGrantState, Tranche } from './sub-grant-state';

/**
 * The award paid out: tranches planned within it, and disbursements against a tranche, converted
 * into the award's currency when paid in another.
 */
export const Tranches = {
  planTranche(current: SubGrantState, input: { plannedDate: string; amount: Money; condition?: string }, id: string = newId()): SubGrantChange {
    if (['closed', 'terminated'].includes(current.status)) throw statusError(current.status, text('planTranche'));
    checkMoney(input.amount, 'amount');
    sameCurrency(input.amount, current.award, 'amount');
    const planned = sum(current.tranches.map((t) => t.amount), current.award.currency).amount;
    if (planned + input.amount.amount > current.award.amount) {
      throw new DomainError('invalid', 'tranches-above-award', text('tranchesAboveAward', { planned, award: current.award.amount, currency: current.award.currency }), 'amount.amount');
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
    input: { trancheId: string; date: string; amount: Money; exchangeRate?: string; creditedAmount?: Money },
    by: string,
    id: string = newId(),
  ): SubGrantChange {
    if (current.status !== 'active') throw statusError(current.status, text('disburseWhenNotActive'));
    checkMoney(input.amount, 'amount');
    const tranche = current.tranches.find((t) => t.id === input.trancheId);
    if (!tranche) throw new DomainError('invalid', 'unknown-tranche', text('unknownTranche'), 'trancheId');
    const { inAward, exchangeRate } = inAwardCurrency(current.award, input);
    const already = sum(current.disbursements.filter((d) => d.trancheId === tranche.id).map((d) => d.amountInAwardCurrency), current.award.currency).amount;
    if (already + inAward.amount > tranche.amount.amount) {
      throw new DomainError(
        'invalid',
        'disbursement-above-tranche',
        text('disbursementAboveTranche', { already, tranche: tranche.amount.amount, currency: tranche.amount.currency }),
        input.creditedAmount ? 'creditedAmount.amount' : 'amount.amount',
      );
    }
    const disbursement: Disbursement = {
      id,
      trancheId: tranche.id,
      date: input.date,
      amount: input.amount,
      ...(exchangeRate ? { exchangeRate } : {}),
      ...(input.creditedAmount ? { creditedAmount: input.creditedAmount } : {}),
      amountInAwardCurrency: inAward,
      recordedBy: by,
    };
    const { recordedBy: _r, id: _id, ...data } = disbursement;
    return change({ ...current, disbursements: [...current.disbursements, disbursement], version: current.version + 1 }, DisbursementRecorded, {
      disbursementId: id,
      ...data,
    });
  },
};

/**
 * What a payment counts for in the award's currency: itself when paid in it; otherwise the amount
 * the bank credited when known (the rate is then derived from the two amounts), else the payment
 * converted at the given rate.
 */
function inAwardCurrency(award: Money, input: { amount: Money; exchangeRate?: string; creditedAmount?: Money }): { inAward: Money; exchangeRate?: string } {
  const { amount, exchangeRate, creditedAmount } = input;
  if (amount.currency === award.currency) {
    if (creditedAmount) throw new DomainError('invalid', 'credited-amount-same-currency', text('creditedAmountSameCurrency', { award: award.currency }), 'creditedAmount');
    return { inAward: amount };
  }
  if (creditedAmount) {
    if (exchangeRate) throw new DomainError('invalid', 'rate-and-credited-amount', text('rateAndCreditedAmount'), 'exchangeRate');
    checkMoney(creditedAmount, 'creditedAmount');
    sameCurrency(creditedAmount, award, 'creditedAmount');
    if (creditedAmount.amount === 0) throw new DomainError('invalid', 'credited-amount-not-positive', text('creditedAmountNotPositive'), 'creditedAmount.amount');
    if (amount.amount === 0) throw new DomainError('invalid', 'credited-amount-of-nothing', text('creditedAmountOfNothing'), 'amount.amount');
    return { inAward: creditedAmount, exchangeRate: deriveRate(amount, creditedAmount) };
  }
  if (!exchangeRate) throw new DomainError('invalid', 'exchange-rate-required', text('exchangeRateRequired', { award: award.currency, paid: amount.currency }), 'exchangeRate');
  return { inAward: convert(amount, exchangeRate, award.currency), exchangeRate };
}
