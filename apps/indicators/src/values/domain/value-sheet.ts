import { IndicatorState } from '../../indicators/domain/indicator';
import { periodType } from '../../indicators/domain/period';

/** What the reports so far add up to for one indicator: amounts by disaggregation key, distinct keys with their counts. */
export interface Tally {
  amounts: Record<string, number>;
  distinct: Record<string, number>;
}

/** A change to one indicator's tally: signed amounts to add, or a value that replaces the tally (manual values). */
export type TallyChange = { add: Tally } | { set: number };

/** Where an event sits in its stream (a topic partition): applied positions make repeats harmless. */
export interface StreamPosition {
  stream: string;
  position: bigint;
}

export const emptyTally = (): Tally => ({ amounts: {}, distinct: {} });

export function addInto(into: Tally, change: Tally, sign = 1): void {
  for (const key in change.amounts) {
    const sum = (into.amounts[key] ?? 0) + sign * change.amounts[key];
    if (sum === 0) delete into.amounts[key];
    else into.amounts[key] = sum;
  }
  for (const key in change.distinct) {
    const count = (into.distinct[key] ?? 0) + sign * change.distinct[key];
    if (count === 0) delete into.distinct[key];
    else into.distinct[key] = count;
  }
}

/**
 * The values of every indicator of one project for one scope (a sub-grant, the project, the lead
 * partner's portfolio) and one DHIS2 period: what a feed page reads in one go, and what one write
 * stores. The last position applied from each stream is kept with the values, so that an event
 * delivered again is recognised and not counted twice.
 */
export class ValueSheet {
  readonly periodType: string;

  constructor(
    readonly id: string,
    readonly projectId: string,
    readonly scope: string,
    readonly period: string,
    public changeSequence = 0,
    readonly tallies = new Map<string, Tally>(),
    readonly positions = new Map<string, bigint>(),
  ) {
    this.periodType = periodType(period);
  }

  static idOf(projectId: string, scope: string, period: string): string {
    return `${projectId}|${scope}|${period}`;
  }

  hasApplied(at: StreamPosition): boolean {
    const applied = this.positions.get(at.stream);
    return applied !== undefined && at.position <= applied;
  }

  /** Applies the changes an event makes here; false (and nothing changed) if the event was applied already. */
  apply(at: StreamPosition, changes: Map<string, TallyChange>): boolean {
    if (this.hasApplied(at)) return false;
    for (const [indicatorId, change] of changes) {
      if ('set' in change) {
        this.tallies.set(indicatorId, { amounts: { total: change.set }, distinct: {} });
      } else {
        let tally = this.tallies.get(indicatorId);
        if (!tally) this.tallies.set(indicatorId, (tally = emptyTally()));
        addInto(tally, change.add);
      }
    }
    this.positions.set(at.stream, at.position);
    return true;
  }

  /** Adds changes gathered from several events, all new here, up to the given positions. */
  merge(changes: Map<string, Tally>, upTo: Map<string, bigint>): void {
    for (const [indicatorId, change] of changes) {
      let tally = this.tallies.get(indicatorId);
      if (!tally) this.tallies.set(indicatorId, (tally = emptyTally()));
      addInto(tally, change);
    }
    for (const [stream, position] of upTo) this.positions.set(stream, position);
  }
}

/** The value of a tally: a sum, a count of distinct keys, or a percentage of two rules. */
export function valueOf(indicator: IndicatorState, tally: Tally): { value: number | null; disaggregation: Record<string, number> } {
  const distinctCount = (prefix: string) => Object.entries(tally.distinct).filter(([k, n]) => k.startsWith(prefix) && n > 0).length;
  const measureOf = (prefix: string, rule: { measure: string } | undefined) =>
    rule?.measure.startsWith('distinct') ? distinctCount(prefix) : tally.amounts[`${prefix}total`] ?? 0;
  if (indicator.measure === 'percent') {
    const denominator = measureOf('den:', indicator.denominator);
    return { value: denominator === 0 ? null : Math.round((measureOf('num:', indicator.numerator) / denominator) * 10000) / 100, disaggregation: {} };
  }
  const disaggregation = Object.fromEntries(Object.entries(tally.amounts).filter(([k, n]) => k !== 'total' && n !== 0));
  return { value: measureOf('', indicator.rule), disaggregation };
}
