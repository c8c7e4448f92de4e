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

/** Minor units as a decimal in major units, by the currency's ISO 4217 exponent (IATI values: 9800.00 USD, 5912340 XOF). */
export function inMajorUnits(money: Money): string {
  const exponent = MINOR_UNITS[money.currency] ?? 2;
  if (exponent === 0) return String(money.amount);
  const digits = String(money.amount).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
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

/** Significant digits a derived rate keeps: what banks quote (655.957 XOF per EUR, 0.00152449 EUR per XOF). */
export const DERIVED_RATE_DIGITS = 6;

/**
 * The rate a payment was actually converted at, from the amount paid and the amount credited in
 * the other currency (the bank's figure): credited units per unit paid, in integer arithmetic,
 * rounded half up to DERIVED_RATE_DIGITS significant digits, as a decimal text without trailing
 * zeros. Both amounts must be above zero.
 */
export function deriveRate(paid: Money, credited: Money): string {
  // rate = (credited / 10^creditedExp) / (paid / 10^paidExp) = numerator / denominator
  const numerator = BigInt(credited.amount) * 10n ** BigInt(MINOR_UNITS[paid.currency]);
  const denominator = BigInt(paid.amount) * 10n ** BigInt(MINOR_UNITS[credited.currency]);
  const lowest = 10n ** BigInt(DERIVED_RATE_DIGITS - 1);
  const highest = lowest * 10n;
  // Shift the decimal point by `shift` places so that the rate has DERIVED_RATE_DIGITS digits before it.
  const scaled = (shift: number) => (shift >= 0 ? [numerator * 10n ** BigInt(shift), denominator] : [numerator, denominator * 10n ** BigInt(-shift)]);
  let shift = 0;
  const quotient = (s: number) => { const [n, d] = scaled(s); return n / d; };
  while (quotient(shift) >= highest) shift--;
  while (quotient(shift) < lowest) shift++;
  const [n, d] = scaled(shift);
  let digits = (n * 2n + d) / (d * 2n);
  if (digits === highest) {
    // 999999.5 rounds up to a seventh digit: one place fewer keeps six.
    digits = lowest;
    shift--;
  }
  return decimalText(digits, shift);
}

/** `digits` × 10^-`shift` as decimal text without trailing zeros: (655957, 3) → "655.957". */
function decimalText(digits: bigint, shift: number): string {
  if (shift <= 0) return (digits * 10n ** BigInt(-shift)).toString();
  const text = digits.toString().padStart(shift + 1, '0');
  const whole = text.slice(0, -shift);
  const fraction = text.slice(-shift).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}
