import i18n from './i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'fr-FR');

/** A date as people read it in the chosen language (22 novembre 2026 / 22 November 2026). */
export const formatDate = (iso: string | undefined | null) =>
  iso ? new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)) : '—';

export const formatNumber = (n: number | null | undefined) => (n == null ? '—' : new Intl.NumberFormat(locale()).format(n));

/** Money is integer minor units; XOF has none, so the currency's own digits say how to place the decimal point. */
export function formatMoney(money: { amount: number; currency: string } | undefined): string {
  return money ? formatUnits(moneyValue(money), money.currency) : '—';
}

export const formatUnits = (units: number, currency: string) => new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(units);

/** The amount in currency units (12 000 000 XOF, 1 250.50 USD) from its integer minor units. */
export function moneyValue(money: { amount: number; currency: string }): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 0;
  return money.amount / 10 ** digits;
}

/** Currency units typed by a person (1 250,50) as integer minor units, the way the API takes money. */
export function minorUnits(typed: string, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 0;
  return Math.round(Number(typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) * 10 ** digits);
}

/** Short axis labels (12 M, 6 k) in the chosen language. */
export const formatCompact = (n: number) => new Intl.NumberFormat(locale(), { notation: 'compact' }).format(n);

export const formatPercent = (share: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A DHIS2 period as people say it: 2024Q1 → « T1 2024 » / "Q1 2024", 202403 → « mars 2024 », 2024S1 → « S1 2024 ». */
export function formatPeriod(period: string): string {
  const [, year, rest] = /^(\d{4})(.*)$/.exec(period) ?? [, period, ''];
  if (/^Q[1-4]$/.test(rest)) return `${i18n.language === 'en' ? 'Q' : 'T'}${rest[1]} ${year}`;
  if (/^S[12]$/.test(rest)) return `${i18n.language === 'en' ? 'H' : 'S'}${rest[1]} ${year}`;
  if (/^\d{2}$/.test(rest)) return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${year}-${rest}-01`));
  return period;
}
