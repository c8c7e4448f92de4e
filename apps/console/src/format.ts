import i18n from './i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'fr-FR');

/** A date as people read it in the chosen language (22 novembre 2026 / 22 November 2026). */
export const formatDate = (iso: string | undefined | null) =>
  iso ? new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)) : '—';

export const formatNumber = (n: number | null | undefined) => (n == null ? '—' : new Intl.NumberFormat(locale()).format(n));

/** Money is integer minor units; XOF has none, so the currency's own digits say how to place the decimal point. */
export function formatMoney(money: { amount: number; currency: string } | undefined): string {
  if (!money) return '—';
  const format = new Intl.NumberFormat(locale(), { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 0;
  return format.format(money.amount / 10 ** digits);
}

export const formatPercent = (share: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
