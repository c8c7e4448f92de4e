import { PLACE_LEVELS, RULE_MEASURES } from '@tributary/contracts';
import { folded } from '@tributary/kernel';

/**
 * How an indicator's value comes from activity reports: what to measure, which reports and which
 * participants, organisations or outputs count, and by which dimensions to break the value down.
 */
export type Measure = (typeof RULE_MEASURES)[number];

/** Region (Bamako district included), cercle, commune: the P-codes a report's place lies in. */
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/**
 * The dimensions a value breaks down by. Each is a breakdown of its own (`sex=female`,
 * `activityType=training`), never crossed with another.
 */
export const DIMENSIONS = ['sex', 'ageBand', 'category', 'adm1', 'adm2', 'activityType', 'theme', 'organisationKind', 'outputKind', 'status'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Dimensions of the participant cells; the others belong to the report, its organisations or its outputs. */
const CELL_DIMENSIONS: readonly Dimension[] = ['sex', 'ageBand', 'category'];
const REPORT_DIMENSIONS: readonly Dimension[] = ['adm1', 'adm2', 'activityType', 'theme'];

/** What each measure can break down by: a count of places has no sex, a participant no status. */
export const DIMENSIONS_OF: Record<Measure, readonly Dimension[]> = {
  participants: [...CELL_DIMENSIONS, ...REPORT_DIMENSIONS],
  activities: REPORT_DIMENSIONS,
  'distinct-places': REPORT_DIMENSIONS,
  'distinct-organisations': ['organisationKind', ...REPORT_DIMENSIONS],
  outputs: ['outputKind', 'status', ...REPORT_DIMENSIONS],
};

export interface RuleFilter {
  activityTypes?: string[];
  themes?: string[];
  categories?: string[];
  sexes?: string[];
  /** P-code prefixes: ML06 takes every place in the Timbuktu region. */
  places?: string[];
  /** distinct-organisations: only organisations of these kinds. */
  organisationKinds?: string[];
  /** outputs: only outputs of these kinds. */
  outputKinds?: string[];
  /** outputs: only recommendations with one of these follow-up statuses. */
  statuses?: string[];
}

/** The filters that only one measure understands. */
export const FILTERS_OF_ONE_MEASURE: Partial<Record<keyof RuleFilter, Measure>> = {
  organisationKinds: 'distinct-organisations',
  outputKinds: 'outputs',
  statuses: 'outputs',
};

export interface Rule {
  measure: Measure;
  /** distinct-places: the level places are counted at; without it, the cercle (the region for a report placed at a region). */
  level?: PlaceLevel;
  filter?: RuleFilter;
}

export interface ReportFacts {
  activityId: string;
  type: string;
  themes: string[];
  recipientId: string;
  place: { pcode: string; adm1: string; adm2?: string; adm3?: string };
  participants: { total: number; cells: { sex: string; ageBand: string; category: string; count: number }[] };
  organisations: { kind: string; organisationId?: string; name?: string }[];
  outputs: { id: string; kind: string; quantity: number; theme?: string; status?: string }[];
}

/**
 * A contribution: amounts by disaggregation key (`total` for the whole), or distinct keys. A
 * distinct key alone counts in the total (`ML0603`); the same key behind a breakdown key counts in
 * that breakdown (`adm1=ML06|ML0603`), so a cercle counts once in the total and once in its region,
 * however many reports name it, and is taken back from both with the last of them.
 */
export interface Contribution {
  amounts: Record<string, number>;
  distinct: string[];
}

const EMPTY: Contribution = { amounts: {}, distinct: [] };

/** Disaggregation key of a cell: `sex=female|category=youth-associations`, in the indicator's dimension order. */
export function cellKey(cell: Record<string, string | number>, dimensions: string[]): string {
  return dimensions.map((d) => `${d}=${cell[d]}`).join('|');
}

/** Separates a breakdown key from the distinct key it counts once: neither holds it. */
const BREAKDOWN_SEPARATOR = '|';

export const breakdownDistinctKey = (breakdown: string, key: string) => `${breakdown}${BREAKDOWN_SEPARATOR}${key}`;

/** The breakdown a distinct key counts in, or null for a key of the total. */
export function breakdownOf(distinctKey: string): string | null {
  const at = distinctKey.indexOf(BREAKDOWN_SEPARATOR);
  return at < 0 ? null : distinctKey.slice(0, at);
}

/** The values a report has in a report dimension: a report has several themes, and no cercle when it is placed at a region. */
function reportValues(dimension: Dimension, report: ReportFacts): string[] {
  switch (dimension) {
    case 'adm1': return [report.place.adm1];
    case 'adm2': return report.place.adm2 ? [report.place.adm2] : [];
    case 'activityType': return [report.type];
    case 'theme': return report.themes;
    default: return [];
  }
}

/** The breakdown keys of a report for the indicator's report dimensions: `adm1=ML06`, `theme=pve`… */
function reportBreakdowns(dimensions: string[], report: ReportFacts): string[] {
  return dimensions.flatMap((d) => reportValues(d as Dimension, report).map((value) => `${d}=${value}`));
}

/** The place a report counts as at a level; none when the report's place is above it (a report in a region, at cercle level). */
export function placeAt(level: PlaceLevel | undefined, place: ReportFacts['place']): string | undefined {
  return level ? place[level] : (place.adm2 ?? place.pcode);
}

/**
 * An organisation counts as itself: by its directory id, or, when it has none, by its name folded
 * (accents, case and punctuation aside), so two reports naming the same town hall slightly
 * differently, or under two kinds, still count it once in the total (once under each kind in a
 * breakdown by kind).
 */
export function organisationKey(organisation: ReportFacts['organisations'][number]): string {
  return organisation.organisationId ?? `name:${folded(organisation.name ?? '')}`;
}

function reportMatches(filter: RuleFilter, report: ReportFacts, measure: Measure): boolean {
  if (filter.activityTypes?.length && !filter.activityTypes.includes(report.type)) return false;
  // An output may have its own theme: the outputs measure filters them one by one.
  if (measure !== 'outputs' && filter.themes?.length && !report.themes.some((t) => filter.themes!.includes(t))) return false;
  if (filter.places?.length && !filter.places.some((prefix) => report.place.pcode.startsWith(prefix))) return false;
  return true;
}

/** Distinct keys: each alone for the total, and behind each of its breakdown keys. */
function distinctKeys(keys: { key: string; breakdowns: string[] }[]): Contribution {
  const distinct = new Set<string>();
  for (const { key, breakdowns } of keys) {
    distinct.add(key);
    for (const breakdown of breakdowns) distinct.add(breakdownDistinctKey(breakdown, key));
  }
  return { amounts: {}, distinct: [...distinct] };
}

/** What one report adds to the indicator (before any sign for corrections or returns). */
export function contributionOf(rule: Rule, dimensions: string[], report: ReportFacts): Contribution {
  const filter = rule.filter ?? {};
  if (!reportMatches(filter, report, rule.measure)) return EMPTY;
  const cells = report.participants.cells.filter(
    (c) => (!filter.categories?.length || filter.categories.includes(c.category)) && (!filter.sexes?.length || filter.sexes.includes(c.sex)),
  );
  const participantFilter = Boolean(filter.categories?.length || filter.sexes?.length);
  // Counting reports, places, organisations or outputs, a participant filter keeps the reports some of those participants attended.
  if (rule.measure !== 'participants' && participantFilter && cells.every((c) => c.count === 0)) return EMPTY;
  const breakdowns = reportBreakdowns(dimensions.filter((d) => REPORT_DIMENSIONS.includes(d as Dimension)), report);
  switch (rule.measure) {
    case 'participants': {
      const total = participantFilter ? cells.reduce((s, c) => s + c.count, 0) : report.participants.total;
      if (!total) return EMPTY;
      const amounts: Record<string, number> = { total };
      for (const dimension of dimensions.filter((d) => CELL_DIMENSIONS.includes(d as Dimension))) {
        for (const cell of cells) {
          const key = cellKey(cell, [dimension]);
          amounts[key] = (amounts[key] ?? 0) + cell.count;
        }
      }
      for (const key of breakdowns) amounts[key] = total;
      return { amounts, distinct: [] };
    }
    case 'activities':
      return { amounts: Object.fromEntries([['total', 1], ...breakdowns.map((key) => [key, 1])]), distinct: [] };
    case 'distinct-places': {
      const place = placeAt(rule.level, report.place);
      return place ? distinctKeys([{ key: place, breakdowns }]) : EMPTY;
    }
    case 'distinct-organisations': {
      // The reporting CSO took part in its own activity.
      const organisations = [{ kind: 'cso', organisationId: report.recipientId }, ...report.organisations]
        .filter((o) => !filter.organisationKinds?.length || filter.organisationKinds.includes(o.kind));
      const withKind = dimensions.includes('organisationKind');
      return distinctKeys(organisations.map((o) => ({ key: organisationKey(o), breakdowns: withKind ? [`organisationKind=${o.kind}`, ...breakdowns] : breakdowns })));
    }
    case 'outputs': {
      const amounts: Record<string, number> = {};
      const add = (key: string, quantity: number) => (amounts[key] = (amounts[key] ?? 0) + quantity);
      for (const output of report.outputs) {
        if (filter.outputKinds?.length && !filter.outputKinds.includes(output.kind)) continue;
        if (filter.statuses?.length && !(output.status && filter.statuses.includes(output.status))) continue;
        const themes = output.theme ? [output.theme] : report.themes;
        if (filter.themes?.length && !themes.some((t) => filter.themes!.includes(t))) continue;
        add('total', output.quantity);
        if (dimensions.includes('outputKind')) add(`outputKind=${output.kind}`, output.quantity);
        if (dimensions.includes('status') && output.status) add(`status=${output.status}`, output.quantity);
        for (const key of breakdowns) if (!key.startsWith('theme=')) add(key, output.quantity);
        if (dimensions.includes('theme')) for (const theme of themes) add(`theme=${theme}`, output.quantity);
      }
      return { amounts, distinct: [] };
    }
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
