import { DomainError } from '@tributary/kernel';
import { indicatorMessages as messages } from '../indicators.messages';

/** DHIS2 period identifiers: 202401 (month), 2024Q1 (quarter), 2024S1 (half-year), 2024 (year). */
export type PeriodType = 'monthly' | 'quarterly' | 'six-monthly' | 'yearly';

const PATTERNS: [PeriodType, RegExp][] = [
  ['monthly', /^(\d{4})(0[1-9]|1[0-2])$/],
  ['quarterly', /^(\d{4})Q([1-4])$/],
  ['six-monthly', /^(\d{4})S([12])$/],
  ['yearly', /^(\d{4})$/],
];

export function periodType(id: string): PeriodType {
  const match = PATTERNS.find(([, pattern]) => pattern.test(id));
  if (!match) throw new DomainError('invalid', 'bad-period', messages('badPeriod', { period: id }), 'period');
  return match[0];
}

/** Every period a date falls in, one per type. */
export function periodsOf(date: string): Record<PeriodType, string> {
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return {
    monthly: `${year}${String(month).padStart(2, '0')}`,
    quarterly: `${year}Q${Math.ceil(month / 3)}`,
    'six-monthly': `${year}S${month <= 6 ? 1 : 2}`,
    yearly: year,
  };
}

/** First and last day of a period, for range filters. */
export function periodBounds(id: string): { start: string; end: string } {
  const type = periodType(id);
  const year = Number(id.slice(0, 4));
  const [first, last] =
    type === 'monthly' ? [Number(id.slice(4)), Number(id.slice(4))]
      : type === 'quarterly' ? [Number(id[5]) * 3 - 2, Number(id[5]) * 3]
        : type === 'six-monthly' ? [id[5] === '1' ? 1 : 7, id[5] === '1' ? 6 : 12]
          : [1, 12];
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { start: `${year}-${String(first).padStart(2, '0')}-01`, end: `${year}-${String(last).padStart(2, '0')}-${lastDay}` };
}

/** The periods of a type that overlap the dates from start to end, in order. */
export function periodsOverlapping(type: PeriodType, start: string, end: string): string[] {
  const periods: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const period = periodsOf(`${year}-${String(month).padStart(2, '0')}-01`)[type];
      const bounds = periodBounds(period);
      if (periods[periods.length - 1] !== period && bounds.end >= start && bounds.start <= end) periods.push(period);
    }
  }
  return periods;
}
