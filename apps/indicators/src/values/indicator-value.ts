import { IndicatorState } from '../indicators/domain/indicator';

/** One indicator's running value for one scope and DHIS2 period, kept up to date by events. */
export interface ValueBucket {
  _id: string;
  indicatorId: string;
  projectId: string;
  scope: string;
  period: string;
  periodType: string;
  amounts: Record<string, number>;
  distinct: Record<string, number>;
  changeSequence: number;
  updatedAt: string;
}

/** The value of a bucket: a sum, a count of distinct keys, or a percentage of two rules. */
export function valueOf(indicator: IndicatorState, bucket: Pick<ValueBucket, 'amounts' | 'distinct'>): { value: number | null; disaggregation: Record<string, number> } {
  const amounts = bucket.amounts ?? {};
  const distinctCount = (prefix: string) => Object.entries(bucket.distinct ?? {}).filter(([k, n]) => k.startsWith(prefix) && n > 0).length;
  const measureOf = (prefix: string, rule: { measure: string } | undefined) =>
    rule?.measure.startsWith('distinct') ? distinctCount(prefix) : amounts[`${prefix}total`] ?? 0;
  if (indicator.measure === 'percent') {
    const denominator = measureOf('den:', indicator.denominator);
    return { value: denominator === 0 ? null : Math.round((measureOf('num:', indicator.numerator) / denominator) * 10000) / 100, disaggregation: {} };
  }
  const disaggregation = Object.fromEntries(Object.entries(amounts).filter(([k, n]) => k !== 'total' && n !== 0));
  return { value: measureOf('', indicator.rule), disaggregation };
}
