import { IndicatorState } from '../../indicators/domain/indicator';
import { periodType } from '../../indicators/domain/period';

/** What the reports so far add up to for one indicator: amounts by disaggregation key, distinct keys with their counts. */
export interface Tally {
  amounts: Record<string, number>;
  distinct: Record<string, number>;
}

/** A change to one indicator's tally: signed amounts to add, or a value that replaces the tally (manual values). */
export type TallyChange = { add: Tally } | { set: number };

/**
 * What a batch did to one indicator of a sheet, as the batch journal keeps it: amounts to add, or a
 * tally that replaced it (an approved manual value, and whatever the batch added after it).
 */
export type SheetChange = { add: Tally } | { replace: Tally };

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

const copyOf = (tally: Tally): Tally => ({ amounts: { ...tally.amounts }, distinct: { ...tally.distinct } });

/**
 * The values of every indicator of one project for one scope (a sub-grant, the project, the lead
 * partner's portfolio) and one DHIS2 period: what a feed page reads in one go, and what one write
 * stores. It remembers what was done to it since it was last stored, so that a batch can journal
 * its changes before writing any sheet.
 */
export class ValueSheet {
  readonly periodType: string;
  private readonly unsaved = new Map<string, SheetChange>();

  constructor(
    readonly id: string,
    readonly projectId: string,
    readonly scope: string,
    readonly period: string,
    public changeSequence = 0,
    readonly tallies = new Map<string, Tally>(),
  ) {
    this.periodType = periodType(period);
  }

  static idOf(projectId: string, scope: string, period: string): string {
    return `${projectId}|${scope}|${period}`;
  }

  /** Applies the changes one event makes here. */
  apply(changes: Map<string, TallyChange>): void {
    for (const [indicatorId, change] of changes) {
      if ('set' in change) this.replace(indicatorId, { amounts: { total: change.set }, distinct: {} });
      else this.add(indicatorId, change.add);
    }
  }

  /** Adds changes summed over several events. */
  merge(changes: Map<string, Tally>): void {
    for (const [indicatorId, change] of changes) this.add(indicatorId, change);
  }

  /** Applies what a journalled batch did to this sheet, as it was taken by `takeChanges`. */
  redo(changes: Map<string, SheetChange>): void {
    for (const [indicatorId, change] of changes) {
      if ('replace' in change) this.replace(indicatorId, change.replace);
      else this.add(indicatorId, change.add);
    }
  }

  /** What was done to the sheet since the last call, each indicator's changes combined into one. */
  takeChanges(): Map<string, SheetChange> {
    const changes = new Map(this.unsaved);
    this.unsaved.clear();
    return changes;
  }

  private add(indicatorId: string, change: Tally): void {
    let tally = this.tallies.get(indicatorId);
    if (!tally) this.tallies.set(indicatorId, (tally = emptyTally()));
    addInto(tally, change);
    const before = this.unsaved.get(indicatorId);
    if (!before) this.unsaved.set(indicatorId, { add: copyOf(change) });
    else addInto('add' in before ? before.add : before.replace, change);
  }

  private replace(indicatorId: string, tally: Tally): void {
    this.tallies.set(indicatorId, copyOf(tally));
    this.unsaved.set(indicatorId, { replace: copyOf(tally) });
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
