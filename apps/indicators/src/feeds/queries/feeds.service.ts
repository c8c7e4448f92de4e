import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@tributary/platform';
import { stringify } from 'csv-stringify/sync';
import { IndicatorState, ProgressStatus, progressStatus, projectNotFound } from '../../indicators/domain/indicator';
import { feedMessages as messages } from '../feeds.messages';
import { periodBounds, periodsOverlapping, PeriodType } from '../../indicators/domain/period';
import { IndicatorDefinitions } from '../../indicators/commands/indicator-definitions.service';
import { Dimension } from '../../indicators/domain/rule';
import { KnownProject } from '../../projects/database/known-project.schema';
import { KnownProjects } from '../../projects/known-projects.projector';
import { ValueSheets } from '../../values/database/value-sheets.store';
import { Tally, ValueSheet, valueOf } from '../../values/domain/value-sheet';
import { IatiOrganisation, iatiActivityXml } from './iati-xml';
import { KnownDisbursements } from '../known-disbursements.projector';
import { KnownOrganisations } from '../known-organisations.projector';

export interface ValueFilter {
  projectId: string;
  indicatorId?: string;
  scope?: string;
  periodType?: string;
  from?: string;
  to?: string;
  disaggregation?: string;
  cursor?: string;
  limit: number;
}

export interface FeedValue {
  indicatorId: string;
  code: string;
  title: { fr: string; en: string };
  scope: string;
  period: string;
  value: number | null;
  disaggregation: Record<string, number>;
  target?: number;
  /** Targets set for one disaggregation, e.g. { 'sex=female': 90 }. */
  targetsByDisaggregation?: Record<string, number>;
  status: ProgressStatus;
  changeSequence: number;
}

const badCursor = () => new DomainError('invalid', 'bad-cursor', messages('badCursor'), 'cursor');

/** A values cursor names the last value given: its sheet and its indicator code. */
const encodeCursor = (sheetId: string, code: string) => Buffer.from(JSON.stringify([sheetId, code])).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded.every((part) => typeof part === 'string')) return decoded as [string, string];
  } catch {
    // falls through to the problem answer
  }
  throw badCursor();
}

const SHEETS_PER_READ = 50;

/** The HXL hashtag of each breakdown's column: a core hashtag where one fits. */
const HXL_DIMENSIONS: Record<Dimension, string> = {
  sex: '#indicator+sex', ageBand: '#indicator+age', category: '#indicator+category', adm1: '#adm1+code', adm2: '#adm2+code',
  activityType: '#activity+type', theme: '#sector+code', organisationKind: '#org+type', outputKind: '#output+type', status: '#status+recommendation',
};

/** What M&E staff and their tools pull: values with filters and paging, changes, CSV/HXL, DHIS2, IATI. */
@Injectable()
export class Feeds {
  constructor(
    private readonly sheets: ValueSheets,
    private readonly definitions: IndicatorDefinitions,
    private readonly projects: KnownProjects,
    private readonly disbursements: KnownDisbursements,
    private readonly organisations: KnownOrganisations,
  ) {}

  private async readableProject(actor: Actor, projectId: string) {
    const project = await this.projects.readable(actor, projectId);
    if (!project) throw projectNotFound();
    return project;
  }

  /**
   * Values in sheet order, then by indicator code. For one scope and period type the sheets are
   * read by id (the project's periods are known); otherwise the project's sheets are listed.
   */
  async valuesPage(actor: Actor, filter: ValueFilter, today = new Date().toISOString().slice(0, 10)): Promise<{ items: FeedValue[]; nextCursor: string | null }> {
    const project = await this.readableProject(actor, filter.projectId);
    const indicators = await this.definitions.ofProject(filter.projectId);
    const [afterSheet, afterCode] = filter.cursor ? decodeCursor(filter.cursor) : ['', ''];
    const inRange = (period: string) => {
      const { start, end } = periodBounds(period);
      return (!filter.from || end >= filter.from) && (!filter.to || start <= filter.to);
    };
    const items: FeedValue[] = [];
    let last: [string, string] = ['', ''];
    for await (const sheet of this.sheetsOf(project, filter, afterSheet)) {
      if (!inRange(sheet.period)) continue;
      for (const indicator of indicators) {
        if (filter.indicatorId && indicator.id !== filter.indicatorId) continue;
        if (sheet.id === afterSheet && indicator.code <= afterCode) continue;
        const tally = sheet.tallies.get(indicator.id);
        if (!tally) continue;
        if (items.length === filter.limit) return { items, nextCursor: encodeCursor(...last) };
        items.push(toFeedValue(indicator, sheet, tally, today, filter.disaggregation));
        last = [sheet.id, indicator.code];
      }
    }
    return { items, nextCursor: null };
  }

  private async *sheetsOf(project: KnownProject, filter: ValueFilter, afterSheet: string): AsyncGenerator<ValueSheet> {
    if (filter.scope && filter.periodType) {
      const ids = periodsOverlapping(filter.periodType as PeriodType, filter.from && filter.from > project.period.start ? filter.from : project.period.start, filter.to && filter.to < project.period.end ? filter.to : project.period.end)
        .map((period) => ValueSheet.idOf(project._id, filter.scope!, period))
        .filter((id) => id >= afterSheet)
        .sort();
      for (let i = 0; i < ids.length; i += SHEETS_PER_READ) yield* await this.sheets.byIds(ids.slice(i, i + SHEETS_PER_READ));
      return;
    }
    let after = afterSheet ? { id: afterSheet, inclusive: true } : undefined;
    for (;;) {
      const batch = await this.sheets.ofProject({ projectId: project._id, scope: filter.scope, periodType: filter.periodType, after }, SHEETS_PER_READ);
      yield* batch;
      if (batch.length < SHEETS_PER_READ) return;
      after = { id: batch[batch.length - 1].id, inclusive: false };
    }
  }

  /**
   * Every value of the sheets changed after the cursor, oldest change first. The cursor is a change
   * sequence and pages end between sheets, so a page never splits a change.
   */
  async changes(actor: Actor, cursor: number, limit: number, today = new Date().toISOString().slice(0, 10)) {
    const visible = await this.projects.visible(actor);
    const sheets = await this.sheets.changedSince(cursor, visible === 'all' ? 'all' : visible.map((p) => p._id), limit);
    const items: FeedValue[] = [];
    let nextCursor = cursor;
    for (const sheet of sheets) {
      if (items.length >= limit) break;
      for (const indicator of await this.definitions.ofProject(sheet.projectId)) {
        const tally = sheet.tallies.get(indicator.id);
        if (tally) items.push(toFeedValue(indicator, sheet, tally, today));
      }
      nextCursor = sheet.changeSequence;
    }
    return { items, nextCursor };
  }

  /**
   * One row per value; with a dimension asked for (`disaggregation`), the value's row with that
   * column empty, then one row per value of the dimension, the HXL way (a long table HDX tools
   * pivot): an indicator not broken down by it still has its total.
   */
  async csv(actor: Actor, filter: ValueFilter, hxl: boolean): Promise<string> {
    const dimension = filter.disaggregation;
    const rows: (string | number)[][] = [['indicator_code', 'indicator', 'scope', 'period', ...(dimension ? [dimension] : []), 'value', 'women', 'men', 'target', 'status']];
    if (hxl) rows.push(['#indicator+code', '#indicator+name', '#org+scope', '#date+period', ...(dimension ? [HXL_DIMENSIONS[dimension as Dimension]] : []), '#indicator+value+num', '#reached+f', '#reached+m', '#targeted+num', '#status']);
    for await (const v of this.allValues(actor, filter)) {
      const head = [v.code, v.title.fr, v.scope, v.period];
      if (!dimension) {
        rows.push([...head, v.value ?? '', v.disaggregation['sex=female'] ?? '', v.disaggregation['sex=male'] ?? '', v.target ?? '', v.status]);
        continue;
      }
      rows.push([...head, '', v.value ?? '', '', '', v.target ?? '', v.status]);
      for (const [key, amount] of Object.entries(v.disaggregation)) {
        rows.push([...head, key.slice(dimension.length + 1), amount, '', '', v.targetsByDisaggregation?.[key] ?? '', '']);
      }
    }
    return stringify(rows);
  }

  /** The project as an IATI 2.03 activity: quarterly results at project scope and the disbursements. */
  async iati(actor: Actor, projectId: string): Promise<string> {
    const project = await this.readableProject(actor, projectId);
    const values = [];
    const indicators = new Map((await this.definitions.ofProject(projectId)).map((i) => [i.id, i]));
    for await (const v of this.allValues(actor, { projectId, scope: `project:${projectId}`, periodType: 'quarterly', limit: 500 })) {
      values.push({ indicator: indicators.get(v.indicatorId)!, period: v.period, value: v.value, disaggregation: v.disaggregation });
    }
    const disbursements = await this.disbursements.ofProject(projectId);
    const known = await this.organisations.byIds([project.leadPartnerId, ...project.donorIds, ...disbursements.map((d) => d.recipientId)]);
    // An organisation the directory's events have not brought yet is named by its id, without a reference.
    const organisation = (id: string): IatiOrganisation => known.get(id) ?? { name: id };
    const lead = organisation(project.leadPartnerId);
    if (!lead.iatiIdentifier) {
      throw new DomainError('conflict', 'lead-partner-without-iati-identifier', messages('leadPartnerWithoutIatiIdentifier', { name: lead.name }));
    }
    return iatiActivityXml(project, organisation, values, disbursements, new Date());
  }

  /** DHIS2 dataValueSets: data element = indicator code, org unit = scope, period as is. */
  async dhis2(actor: Actor, filter: ValueFilter) {
    const dataValues: { dataElement: string; period: string; orgUnit: string; value: string; categoryOptionCombo?: string }[] = [];
    for await (const v of this.allValues(actor, filter)) {
      if (v.value === null) continue;
      dataValues.push({ dataElement: v.code, period: v.period, orgUnit: v.scope, value: String(v.value) });
      for (const [key, amount] of Object.entries(v.disaggregation)) {
        dataValues.push({ dataElement: v.code, period: v.period, orgUnit: v.scope, categoryOptionCombo: key, value: String(amount) });
      }
    }
    return { dataSet: filter.projectId, dataValues };
  }

  private async *allValues(actor: Actor, filter: ValueFilter): AsyncGenerator<FeedValue> {
    let cursor: string | undefined = filter.cursor;
    do {
      const page = await this.valuesPage(actor, { ...filter, cursor, limit: 500 });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
}

function toFeedValue(indicator: IndicatorState, sheet: ValueSheet, tally: Tally, today: string, onlyDimension?: string): FeedValue {
  const { value, disaggregation } = valueOf(indicator, tally);
  const target = indicator.targets.find((t) => t.period === sheet.period && !t.disaggregation)?.value;
  const byDisaggregation = Object.fromEntries(
    indicator.targets.filter((t) => t.period === sheet.period && t.disaggregation).map((t) => [t.disaggregation as string, t.value]),
  );
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    title: indicator.title,
    scope: sheet.scope,
    period: sheet.period,
    value,
    disaggregation: onlyDimension ? Object.fromEntries(Object.entries(disaggregation).filter(([k]) => k.startsWith(`${onlyDimension}=`))) : disaggregation,
    ...(target !== undefined ? { target } : {}),
    ...(Object.keys(byDisaggregation).length ? { targetsByDisaggregation: byDisaggregation } : {}),
    status: progressStatus(indicator.direction, value, target, sheet.period, today),
    changeSequence: sheet.changeSequence,
  };
}
