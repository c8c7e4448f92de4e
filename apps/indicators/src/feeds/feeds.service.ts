import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@tributary/platform';
import { stringify } from 'csv-stringify/sync';
import { IndicatorState, progressStatus } from '../indicators/domain/indicator';
import { periodBounds } from '../indicators/domain/period';
import { IndicatorDefinitions } from '../indicators/indicator-definitions.service';
import { KnownProjects } from '../indicators/known-projects.projector';
import { IndicatorValues } from '../values/indicator-values.projector';
import { ValueBucket, valueOf } from '../values/indicator-value';
import { iatiActivityXml } from './iati-xml';
import { KnownDisbursements } from './known-disbursements.projector';

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
  status: string;
  changeSequence: number;
}

const projectNotFound = () => new DomainError('not-found', 'project-not-found', { fr: 'Projet introuvable', en: 'Project not found' });

/** What M&E staff and their tools pull: values with filters and paging, changes, CSV/HXL, DHIS2. */
@Injectable()
export class Feeds {
  constructor(
    private readonly values: IndicatorValues,
    private readonly definitions: IndicatorDefinitions,
    private readonly projects: KnownProjects,
    private readonly disbursements: KnownDisbursements,
  ) {}

  private async readableProject(actor: Actor, projectId: string) {
    const project = await this.projects.find(projectId);
    if (!project || !this.projects.mayRead(actor, project)) throw projectNotFound();
    return project;
  }

  async valuesPage(actor: Actor, filter: ValueFilter, today = new Date().toISOString().slice(0, 10)): Promise<{ items: FeedValue[]; nextCursor: string | null }> {
    await this.readableProject(actor, filter.projectId);
    const indicators = new Map((await this.definitions.ofProject(filter.projectId)).map((i) => [i.id, i]));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = { projectId: filter.projectId };
    if (filter.indicatorId) query.indicatorId = filter.indicatorId;
    if (filter.scope) query.scope = filter.scope;
    if (filter.periodType) query.periodType = filter.periodType;
    if (filter.cursor) query._id = { $gt: filter.cursor };
    const buckets = await this.values.collection().find(query, { projection: { appliedEvents: 0 } }).sort({ _id: 1 }).limit(filter.limit * 4 + 1).toArray();
    const inRange = buckets.filter((b) => {
      const { start, end } = periodBounds(b.period);
      return (!filter.from || end >= filter.from) && (!filter.to || start <= filter.to);
    });
    const page = inRange.slice(0, filter.limit);
    const items = page.flatMap((bucket) => {
      const indicator = indicators.get(bucket.indicatorId);
      return indicator ? [this.toFeedValue(indicator, bucket, today, filter.disaggregation)] : [];
    });
    const more = inRange.length > filter.limit || buckets.length > filter.limit * 4;
    return { items, nextCursor: more && page.length ? page[page.length - 1]._id : null };
  }

  private toFeedValue(indicator: IndicatorState, bucket: ValueBucket, today: string, onlyDimension?: string): FeedValue {
    const { value, disaggregation } = valueOf(indicator, bucket);
    const target = indicator.targets.find((t) => t.period === bucket.period && !t.disaggregation)?.value;
    const byDisaggregation = Object.fromEntries(
      indicator.targets.filter((t) => t.period === bucket.period && t.disaggregation).map((t) => [t.disaggregation as string, t.value]),
    );
    return {
      indicatorId: indicator.id,
      code: indicator.code,
      title: indicator.title,
      scope: bucket.scope,
      period: bucket.period,
      value,
      disaggregation: onlyDimension ? Object.fromEntries(Object.entries(disaggregation).filter(([k]) => k.startsWith(`${onlyDimension}=`))) : disaggregation,
      ...(target !== undefined ? { target } : {}),
      ...(Object.keys(byDisaggregation).length ? { targetsByDisaggregation: byDisaggregation } : {}),
      status: progressStatus(indicator.direction, value, target, bucket.period, today),
      changeSequence: bucket.changeSequence,
    };
  }

  /** Everything that changed after the cursor, oldest change first; the cursor is a change sequence. */
  async changes(actor: Actor, cursor: number, limit: number, today = new Date().toISOString().slice(0, 10)) {
    const visible = await this.projects.visible(actor);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = { changeSequence: { $gt: cursor } };
    if (visible !== 'all') query.projectId = { $in: visible.map((p) => p._id) };
    const buckets = await this.values.collection().find(query, { projection: { appliedEvents: 0 } }).sort({ changeSequence: 1 }).limit(limit).toArray();
    const indicators = new Map<string, IndicatorState>();
    const items: FeedValue[] = [];
    for (const bucket of buckets) {
      if (!indicators.has(bucket.indicatorId)) indicators.set(bucket.indicatorId, await this.definitions.get(bucket.indicatorId).catch(() => undefined as never));
      const indicator = indicators.get(bucket.indicatorId);
      if (indicator) items.push(this.toFeedValue(indicator, bucket, today));
    }
    return { items, nextCursor: buckets.length ? buckets[buckets.length - 1].changeSequence : cursor };
  }

  async csv(actor: Actor, filter: ValueFilter, hxl: boolean): Promise<string> {
    const rows: (string | number)[][] = [['indicator_code', 'indicator', 'scope', 'period', 'value', 'women', 'men', 'target', 'status']];
    if (hxl) rows.push(['#indicator+code', '#indicator+name', '#org+scope', '#date+period', '#indicator+value+num', '#reached+f', '#reached+m', '#targeted+num', '#status']);
    let cursor: string | undefined = filter.cursor;
    do {
      const page = await this.valuesPage(actor, { ...filter, cursor, limit: 500 });
      for (const v of page.items) {
        rows.push([v.code, v.title.fr, v.scope, v.period, v.value ?? '', v.disaggregation['sex=female'] ?? '', v.disaggregation['sex=male'] ?? '', v.target ?? '', v.status]);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return stringify(rows);
  }

  /** The project as an IATI 2.03 activity: quarterly results at project scope and the disbursements. */
  async iati(actor: Actor, projectId: string): Promise<string> {
    const project = await this.readableProject(actor, projectId);
    const indicators = new Map((await this.definitions.ofProject(projectId)).map((i) => [i.id, i]));
    const buckets = await this.values.collection()
      .find({ projectId, scope: `project:${projectId}`, periodType: 'quarterly' }, { projection: { appliedEvents: 0 } })
      .sort({ _id: 1 })
      .toArray();
    const values = buckets.flatMap((bucket) => {
      const indicator = indicators.get(bucket.indicatorId);
      return indicator ? [{ indicator, period: bucket.period, ...valueOf(indicator, bucket) }] : [];
    });
    return iatiActivityXml(project, values, await this.disbursements.ofProject(projectId), new Date());
  }

  /** DHIS2 dataValueSets: data element = indicator code, org unit = scope, period as is. */
  async dhis2(actor: Actor, filter: ValueFilter) {
    const dataValues: { dataElement: string; period: string; orgUnit: string; value: string; categoryOptionCombo?: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.valuesPage(actor, { ...filter, cursor, limit: 500 });
      for (const v of page.items) {
        if (v.value === null) continue;
        dataValues.push({ dataElement: v.code, period: v.period, orgUnit: v.scope, value: String(v.value) });
        for (const [key, amount] of Object.entries(v.disaggregation)) {
          dataValues.push({ dataElement: v.code, period: v.period, orgUnit: v.scope, categoryOptionCombo: key, value: String(amount) });
        }
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { dataSet: filter.projectId, dataValues };
  }
}
