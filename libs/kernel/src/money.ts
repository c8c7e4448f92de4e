import { DomainError } from './domain-error';
import { kernelMessages as text } from './kernel.messages';

export interface Money {
  /** Integer minor units: cents for USD/EUR/CAD, francs for XOF (which has no minor unit). */
  amount: number;
  currency: string;
}

/** ISO 4217 minor-unit exponents of the currencies in use; anything else is refused, not guessed. */
export const MINOR_UNITS: Record<string, number> = { XOF: 0, XAF: 0, USD: 2, EUR: 2, CAD: 2, GBP: 2, CHF: 2, DKK: 2, SEK: 2, NOK: 2 };

export function checkMoney(money: Money, field: string): Money {
  if (MINOR_UNITS[money.currency] === undefined) {
    throw new DomainError('invalid', 'unknown-currency', text('unknownCurrency', { currency: money.currency }), `${field}.currency`);
  }
  if (!Number.isSafeInteger(money.amount) || money.amount < 0) {
    throw new DomainError('invalid', 'amount-not-minor-units', text('amountNotMinorUnits'), `${field}.amount`);
  }
  return money;
}

export function sameCurrency(a: Money, b: Money, field: string): void {
  if (a.currency !== b.currency) {
    throw new DomainError('invalid', 'currency-mismatch', text('currencyMismatch', { currency: b.currency }), `${field}.currency`);
  }
}

export const sum = (items: Money[], currency: string): Money => ({ amount: items.reduce((total, m) => total + m.amount, 0), currency });

/**
 * Converts with a decimal rate given as text (award-currency units per unit paid), in integer
 * arithmetic, rounding half up to the award currency's minor unit.
 */
export function convert(money: Money, rate: string, to: string): Money {
  const match = /^([0-9]+)(?:\.([0-9]+))?$/.exec(rate);
  if (!match || /^0*(\.0*)?$/.test(rate)) {
    throw new DomainError('invalid', 'bad-exchange-rate', text('badExchangeRate'), 'exchangeRate');
  }
  const decimals = match[2]?.length ?? 0;
  const rateScaled = BigInt(match[1] + (match[2] ?? ''));
  const fromExp = BigInt(MINOR_UNITS[money.currency]);
  const toExp = BigInt(MINOR_UNITS[to]);
  const numerator = BigInt(money.amount) * rateScaled * 10n ** toExp;
  const denominator = 10n ** (BigInt(decimals) + fromExp);
  const rounded = (numerator * 2n + denominator) / (denominator * 2n);
  return { amount: Number(rounded), currency: to };
}
