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

/** Short axis labels (12 M, 6 k) in the chosen language. */
export const formatCompact = (n: number) => new Intl.NumberFormat(locale(), { notation: 'compact' }).format(n);

export const formatPercent = (share: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
