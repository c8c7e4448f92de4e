/**
 * How an indicator's value comes from activity reports: what to measure, which reports and which
 * participants count, and by which dimensions to break the value down.
 */
export type Measure = 'participants' | 'activities' | 'distinct-places' | 'distinct-organisations';

export interface RuleFilter {
  activityTypes?: string[];
  themes?: string[];
  categories?: string[];
  sexes?: string[];
  /** P-code prefixes: ML06 takes every place in the Timbuktu region. */
  places?: string[];
}

export interface Rule {
  measure: Measure;
  filter?: RuleFilter;
}

export interface ReportFacts {
  activityId: string;
  type: string;
  themes: string[];
  recipientId: string;
  place: { pcode: string; adm1: string; adm2?: string };
  participants: { total: number; cells: { sex: string; ageBand: string; category: string; count: number }[] };
}

/** A contribution: amounts by disaggregation key (`total` for the whole), or a set of distinct keys. */
export interface Contribution {
  amounts: Record<string, number>;
  distinct: string[];
}

const EMPTY: Contribution = { amounts: {}, distinct: [] };

function reportMatches(filter: RuleFilter, report: ReportFacts): boolean {
  if (filter.activityTypes?.length && !filter.activityTypes.includes(report.type)) return false;
  if (filter.themes?.length && !report.themes.some((t) => filter.themes!.includes(t))) return false;
  if (filter.places?.length && !filter.places.some((prefix) => report.place.pcode.startsWith(prefix))) return false;
  return true;
}

/** Disaggregation key of a cell: `sex=female|category=youth-associations`, in the indicator's dimension order. */
export function cellKey(cell: Record<string, string | number>, dimensions: string[]): string {
  return dimensions.map((d) => `${d}=${cell[d]}`).join('|');
}

/** What one report adds to the indicator (before any sign for corrections or returns). */
export function contributionOf(rule: Rule, dimensions: string[], report: ReportFacts): Contribution {
  const filter = rule.filter ?? {};
  if (!reportMatches(filter, report)) return EMPTY;
  const cells = report.participants.cells.filter(
    (c) => (!filter.categories?.length || filter.categories.includes(c.category)) && (!filter.sexes?.length || filter.sexes.includes(c.sex)),
  );
  const participantFilter = Boolean(filter.categories?.length || filter.sexes?.length);
  switch (rule.measure) {
    case 'participants': {
      const amounts: Record<string, number> = {};
      const total = participantFilter ? cells.reduce((s, c) => s + c.count, 0) : report.participants.total;
      if (total) amounts.total = total;
      const cellDimensions = dimensions.filter((d) => d === 'sex' || d === 'ageBand' || d === 'category');
      for (const dimension of cellDimensions) {
        for (const cell of cells) {
          const key = cellKey(cell, [dimension]);
          amounts[key] = (amounts[key] ?? 0) + cell.count;
        }
      }
      if (dimensions.includes('adm1') && total) amounts[`adm1=${report.place.adm1}`] = total;
      return { amounts, distinct: [] };
    }
    case 'activities':
      if (participantFilter && cells.every((c) => c.count === 0)) return EMPTY;
      return { amounts: { total: 1, ...(dimensions.includes('adm1') ? { [`adm1=${report.place.adm1}`]: 1 } : {}) }, distinct: [] };
    case 'distinct-places':
      return { amounts: {}, distinct: [report.place.adm2 ?? report.place.pcode] };
    case 'distinct-organisations':
      return { amounts: {}, distinct: [report.recipientId] };
  }
}

/** Difference between two contributions, as signed amounts and signed distinct-key counts. */
export function difference(next: Contribution, previous: Contribution): { amounts: Record<string, number>; distinct: Record<string, number> } {
  const amounts: Record<string, number> = {};
  for (const key of new Set([...Object.keys(next.amounts), ...Object.keys(previous.amounts)])) {
    const delta = (next.amounts[key] ?? 0) - (previous.amounts[key] ?? 0);
    if (delta !== 0) amounts[key] = delta;
  }
  const distinct: Record<string, number> = {};
  for (const key of next.distinct) distinct[key] = (distinct[key] ?? 0) + 1;
  for (const key of previous.distinct) distinct[key] = (distinct[key] ?? 0) - 1;
  for (const key of Object.keys(distinct)) if (distinct[key] === 0) delete distinct[key];
  return { amounts, distinct };
}
