import { IndicatorState } from '../../indicators/domain/indicator';
import { periodType } from '../../indicators/domain/period';
import { breakdownOf } from '../../indicators/domain/rule';

/** What the reports so far add up to for one indicator: amounts by disaggregation key, distinct keys with their counts. */
export interface Tally {
  amounts: Record<string, number>;
  distinct: Record<string, number>;
}

/** A change one event makes to one indicator's tally: signed amounts to add, or a value that replaces the tally (manual values). */
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

/** Where a sheet belongs: enough to create it when it is not stored yet. */
export interface SheetRef {
  id: string;
  projectId: string;
  scope: string;
  period: string;
}

/**
 * What some events of a batch do to the same sheets: the sums of a sub-grant's reports of one
 * month count alike in its twelve sheets (three scopes, four period types), so a batch is
 * journalled as such parts, in the order the events came, rather than sheet by sheet (a quarter
 * of the size for reports spread over 40 sub-grants).
 */
export interface BatchPart {
  sheets: SheetRef[];
  changes: Map<string, SheetChange>;
}

/**
 * What a batch of events does to the sheets it counts in, combined per sheet and indicator in the
 * order the events came: amounts to add, or a tally that replaced the indicator's (an approved
 * manual value, plus whatever later events of the batch added to it). Built from the batch's parts
 * when it is written, so a batch needs no sheet in memory to be counted.
 */
export class BatchChanges {
  static of(parts: BatchPart[]): BatchChanges {
    const combined = new BatchChanges();
    for (const { sheets, changes } of parts) {
      for (const sheet of sheets) {
        for (const [indicatorId, change] of changes) {
          if ('add' in change) combined.add(sheet, indicatorId, change.add);
          else combined.replace(sheet, indicatorId, change.replace);
        }
      }
    }
    return combined;
  }

  private readonly bySheet = new Map<string, { sheet: SheetRef; changes: Map<string, SheetChange> }>();

  add(sheet: SheetRef, indicatorId: string, change: Tally): void {
    const changes = this.of(sheet);
    const before = changes.get(indicatorId);
    if (!before) changes.set(indicatorId, { add: copyOf(change) });
    else addInto('add' in before ? before.add : before.replace, change);
  }

  set(sheet: SheetRef, indicatorId: string, value: number): void {
    this.replace(sheet, indicatorId, { amounts: { total: value }, distinct: {} });
  }

  replace(sheet: SheetRef, indicatorId: string, tally: Tally): void {
    this.of(sheet).set(indicatorId, { replace: copyOf(tally) });
  }

  sheets(): { sheet: SheetRef; changes: Map<string, SheetChange> }[] {
    return [...this.bySheet.values()];
  }

  private of(sheet: SheetRef): Map<string, SheetChange> {
    let entry = this.bySheet.get(sheet.id);
    if (!entry) this.bySheet.set(sheet.id, (entry = { sheet, changes: new Map() }));
    return entry.changes;
  }
}

/**
 * The values of every indicator of one project for one scope (a sub-grant, the project, the lead
 * partner's portfolio) and one DHIS2 period: what a feed page reads in one go, and what one write
 * stores. It names the journalled batches written into it that the journal may not yet know are
 * applied, so that redoing a batch never counts it twice.
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
    /** Of the stored copy: a write expects it, so two writers never overwrite each other. */
    public version = 0,
    public appliedBatches: string[] = [],
  ) {
    this.periodType = periodType(period);
  }

  static idOf(projectId: string, scope: string, period: string): string {
    return `${projectId}|${scope}|${period}`;
  }

  static of(ref: SheetRef): ValueSheet {
    return new ValueSheet(ref.id, ref.projectId, ref.scope, ref.period);
  }

  /** Applies what a batch did to this sheet, unless the sheet has it already; says whether it did. */
  redo(batchId: string, changes: Map<string, SheetChange>): boolean {
    if (this.appliedBatches.includes(batchId)) return false;
    for (const [indicatorId, change] of changes) {
      if ('replace' in change) this.tallies.set(indicatorId, copyOf(change.replace));
      else {
        let tally = this.tallies.get(indicatorId);
        if (!tally) this.tallies.set(indicatorId, (tally = emptyTally()));
        addInto(tally, change.add);
      }
    }
    this.appliedBatches.push(batchId);
    return true;
  }

  /** Forgets batches the journal has marked applied: they will never be redone. */
  settle(batchIds: Set<string>): void {
    this.appliedBatches = this.appliedBatches.filter((id) => !batchIds.has(id));
  }
}

/**
 * The value of a tally: a sum, a count of distinct keys, or a percentage of two rules. A distinct
 * count breaks down by the keys counted behind each breakdown key (rule.ts).
 */
export function valueOf(indicator: IndicatorState, tally: Tally): { value: number | null; disaggregation: Record<string, number> } {
  const distinctCounts = (prefix: string) => {
    const counts: Record<string, number> = { total: 0 };
    for (const [key, n] of Object.entries(tally.distinct)) {
      if (n <= 0 || !key.startsWith(prefix)) continue;
      const breakdown = breakdownOf(key.slice(prefix.length)) ?? 'total';
      counts[breakdown] = (counts[breakdown] ?? 0) + 1;
    }
    return counts;
  };
  const isDistinct = (rule: { measure: string } | undefined) => Boolean(rule?.measure.startsWith('distinct'));
  const measureOf = (prefix: string, rule: { measure: string } | undefined) => (isDistinct(rule) ? distinctCounts(prefix).total : tally.amounts[`${prefix}total`] ?? 0);
  if (indicator.measure === 'percent') {
    const denominator = measureOf('den:', indicator.denominator);
    return { value: denominator === 0 ? null : Math.round((measureOf('num:', indicator.numerator) / denominator) * 10000) / 100, disaggregation: {} };
  }
  const { total, ...breakdowns } = isDistinct(indicator.rule) ? distinctCounts('') : tally.amounts;
  return { value: total ?? 0, disaggregation: Object.fromEntries(Object.entries(breakdowns).filter(([, n]) => n !== 0)) };
}

/** The indicators, of either sheet, whose tally in a rebuilt sheet is not the one the replaced sheet has. */
export function differing(sheet: ValueSheet, replaced: ValueSheet | undefined): Set<string> {
  const ids = new Set([...sheet.tallies.keys(), ...(replaced?.tallies.keys() ?? [])]);
  const same = (a: Tally, b: Tally) => sameCounts(a.amounts, b.amounts) && sameCounts(a.distinct, b.distinct);
  return new Set([...ids].filter((id) => !same(sheet.tallies.get(id) ?? emptyTally(), replaced?.tallies.get(id) ?? emptyTally())));
}

/** Counts at zero are as good as absent (a report taken back leaves them). */
function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const nonZero = (r: Record<string, number>) => Object.entries(r).filter(([, n]) => n !== 0);
  const left = nonZero(a);
  return left.length === nonZero(b).length && left.every(([key, n]) => b[key] === n);
}
