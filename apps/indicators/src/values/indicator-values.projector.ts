import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, EventEnvelope, IndicatorValuesChanged, ManualValueApproved, ReportCorrected, ReportReturned, ReportValidated } from '@tributary/contracts';
import { EventBatches, EventContext, EventFactory, KafkaConnection, ReadModelStore } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { Indicator, IndicatorState } from '../indicators/domain/indicator';
import { periodsOf } from '../indicators/domain/period';
import { Contribution, contributionOf, difference, ReportFacts } from '../indicators/domain/rule';
import { IndicatorDefinitions } from '../indicators/indicator-definitions.service';
import { ValueSheets } from './database/value-sheets.store';
import { addInto, StreamPosition, Tally, TallyChange, ValueSheet, valueOf } from './domain/value-sheet';

type ReportData = DataOf<typeof ReportValidated>;

/** What one event does to the indicators of a project in some sheets: a correction across months has two parts. */
interface Part {
  projectId: string;
  sheets: { scope: string; period: string }[];
  changes: Map<string, TallyChange>;
}

/** A report counts in each of its scopes for each period containing its date. */
const reportPart = (projectId: string, scopes: string[], date: string, changes: Map<string, TallyChange>): Part => ({
  projectId, changes, sheets: Object.values(periodsOf(date)).flatMap((period) => scopes.map((scope) => ({ scope, period }))),
});

/** Events of a batch that are new to every sheet they touch, summed per sub-grant and month. */
interface Group {
  sheets: ValueSheet[];
  changes: Map<string, Tally>;
  upTo: Map<string, bigint>;
}

interface Stage {
  upTo: Map<string, bigint>;
  groups: Map<string, Group>;
  dirty: Map<ValueSheet, Set<string>>;
  eventIds: string[];
}

/**
 * Keeps indicator values current as reports are validated, corrected or taken back. The handlers
 * only stage: events of a batch are summed per sub-grant and month, then, before the batch's offsets
 * are committed, added to every sheet they count in and stored, one write per sheet with the
 * stream positions it has applied. A batch delivered again (after a crash before the commit) finds
 * its positions applied and adds nothing. Values are never recomputed from reports on read; a new
 * or changed rule rebuilds by replay through the same path. Runs one partition at a time: sheets
 * are shared across partitions and change sequences are given in the order sheets are written.
 */
@Injectable()
export class IndicatorValues implements OnModuleInit {
  private readonly stages = new Map<number, Stage>();
  /** Ids of the events counted lately, per generation: a republished event comes at a new position. */
  private readonly counted = new Map<number, Set<string>>();

  constructor(
    private readonly sheets: ValueSheets,
    private readonly readModels: ReadModelStore,
    private readonly definitions: IndicatorDefinitions,
    private readonly batches: EventBatches,
    private readonly kafka: KafkaConnection,
    private readonly events: EventFactory,
  ) {}

  onModuleInit(): void {
    this.batches.onBatchHandled(() => this.flush());
    this.readModels.onGenerationPrepared((generation) => {
      this.stages.delete(generation);
      this.counted.delete(generation);
    });
  }

  /** True the first time this process sees the event id lately; remembers the last ids. */
  private firstCount(generation: number, eventId: string): boolean {
    let ids = this.counted.get(generation);
    if (!ids) this.counted.set(generation, (ids = new Set()));
    if (ids.has(eventId)) return false;
    ids.add(eventId);
    if (ids.size > RECENT_EVENT_IDS) ids.delete(ids.values().next().value as string);
    for (const older of this.counted.keys()) if (older < this.readModels.generation) this.counted.delete(older);
    return true;
  }

  private stage(): Stage {
    const generation = RequestContext.current()?.readModelGeneration ?? this.readModels.generation;
    let stage = this.stages.get(generation);
    if (!stage) this.stages.set(generation, (stage = { upTo: new Map(), groups: new Map(), dirty: new Map(), eventIds: [] }));
    return stage;
  }

  /**
   * Stages what an event changes. A message delivered again is recognised by its position; the
   * same event published again (a producer that crashed after publishing) by its id, while it is
   * among the recent ones.
   */
  async record(eventId: string, at: StreamPosition, parts: Part[]): Promise<void> {
    const stage = this.stage();
    const staged = stage.upTo.get(at.stream);
    if (staged !== undefined && at.position <= staged) return; // the batch is being delivered again
    if (!this.firstCount(RequestContext.current()?.readModelGeneration ?? this.readModels.generation, eventId)) return;
    stage.eventIds.push(eventId);
    const targets = await Promise.all(parts.map((part) =>
      this.sheets.load(part.sheets.map((s) => ({ ...s, projectId: part.projectId, id: ValueSheet.idOf(part.projectId, s.scope, s.period) })))));
    const manual = parts.some((part) => [...part.changes.values()].some((change) => 'set' in change));
    if (!manual && targets.every((sheets) => sheets.every((sheet) => !sheet.hasApplied(at)))) {
      parts.forEach((part, i) => this.group(stage, at, part, targets[i]));
    } else {
      // After a crash some sheets have the event and some not, or a value is replaced: sheet by sheet, in order.
      this.materialise(stage);
      const bySheet = new Map<ValueSheet, Map<string, TallyChange>>();
      parts.forEach((part, i) => {
        for (const sheet of targets[i]) {
          const combined = bySheet.get(sheet) ?? new Map<string, TallyChange>();
          for (const [indicatorId, change] of part.changes) {
            const before = combined.get(indicatorId);
            if (before && 'add' in before && 'add' in change) addInto(before.add, change.add);
            else combined.set(indicatorId, 'add' in change ? { add: { amounts: { ...change.add.amounts }, distinct: { ...change.add.distinct } } } : change);
          }
          bySheet.set(sheet, combined);
        }
      });
      for (const [sheet, changes] of bySheet) if (sheet.apply(at, changes)) this.touched(stage, sheet, changes.keys());
    }
    stage.upTo.set(at.stream, at.position);
  }

  private group(stage: Stage, at: StreamPosition, part: Part, sheets: ValueSheet[]): void {
    const key = sheets.map((sheet) => sheet.id).join();
    let group = stage.groups.get(key);
    if (!group) stage.groups.set(key, (group = { sheets, changes: new Map(), upTo: new Map() }));
    for (const [indicatorId, change] of part.changes) {
      if (!('add' in change)) continue;
      let sum = group.changes.get(indicatorId);
      if (!sum) group.changes.set(indicatorId, (sum = { amounts: {}, distinct: {} }));
      addInto(sum, change.add);
    }
    group.upTo.set(at.stream, at.position);
  }

  private touched(stage: Stage, sheet: ValueSheet, indicatorIds: Iterable<string>): void {
    const changed = stage.dirty.get(sheet) ?? new Set<string>();
    for (const id of indicatorIds) changed.add(id);
    stage.dirty.set(sheet, changed);
  }

  /** Adds the grouped sums to the sheets they count in. */
  private materialise(stage: Stage): void {
    for (const group of stage.groups.values()) {
      for (const sheet of group.sheets) {
        sheet.merge(group.changes, group.upTo);
        this.touched(stage, sheet, group.changes.keys());
      }
    }
    stage.groups.clear();
  }

  /** Stores the batch's sheets, then announces the changed values (live only), before the commit. */
  async flush(): Promise<void> {
    const generation = RequestContext.current()?.readModelGeneration ?? this.readModels.generation;
    const stage = this.stages.get(generation);
    if (!stage) return;
    this.stages.delete(generation);
    this.materialise(stage);
    const dirty = [...stage.dirty.keys()];
    if (dirty.length === 0) return;
    for (const sheet of dirty) sheet.changeSequence = await this.sheets.nextSequence();
    try {
      await this.sheets.save(dirty);
    } catch (error) {
      // The batch comes again and its events must count then.
      for (const id of stage.eventIds) this.counted.get(generation)?.delete(id);
      throw error;
    }
    if (RequestContext.current()?.readModelGeneration === undefined) await this.announce(stage.dirty);
  }

  /**
   * Publishes the new values on the value-change topic before the batch's offsets are committed,
   * so a crash re-announces them (at least once; `changeSequence` lets subscribers drop repeats).
   * A rebuild announces nothing: its values become visible all at once when it is switched in.
   */
  private async announce(changed: Map<ValueSheet, Set<string>>): Promise<void> {
    const messages = [];
    for (const [sheet, indicatorIds] of changed) {
      const indicators = new Map((await this.definitions.ofProject(sheet.projectId)).map((i) => [i.id, i]));
      const values = [...indicatorIds].flatMap((id) => {
        const indicator = indicators.get(id);
        const tally = sheet.tallies.get(id);
        return indicator && tally ? [{ indicatorId: id, code: indicator.code, value: valueOf(indicator, tally).value }] : [];
      });
      const event = this.events.create({
        definition: IndicatorValuesChanged,
        subject: sheet.id,
        sequence: sheet.changeSequence,
        data: { projectId: sheet.projectId, scope: sheet.scope, period: sheet.period, changeSequence: sheet.changeSequence, values },
      });
      messages.push({ key: sheet.id, value: JSON.stringify(event), headers: { 'event-id': event.id, 'event-type': event.type } });
    }
    const producer = await this.kafka.producer();
    await producer.send({ topic: this.kafka.topic(IndicatorValuesChanged.topic), acks: -1, messages });
  }

  /** What a report adds (sign 1) or takes back (-1) for each indicator of its project. */
  async reportChanges(projectId: string, next: ReportFacts | null, previous: ReportFacts | null): Promise<Map<string, TallyChange>> {
    const changes = new Map<string, TallyChange>();
    for (const indicator of await this.definitions.ofProject(projectId)) {
      const delta = difference(next ? contribution(indicator, next) : NONE, previous ? contribution(indicator, previous) : NONE);
      if (Object.keys(delta.amounts).length || Object.keys(delta.distinct).length) changes.set(indicator.id, { add: delta });
    }
    return changes;
  }
}

const NONE: Contribution = { amounts: {}, distinct: [] };
const RECENT_EVENT_IDS = 200_000;

function contribution(indicator: IndicatorState, report: ReportFacts): Contribution {
  const merged: Contribution = { amounts: {}, distinct: [] };
  for (const { prefix, rule } of Indicator.rules(indicator)) {
    const part = contributionOf(rule, indicator.disaggregations, report);
    for (const [key, value] of Object.entries(part.amounts)) merged.amounts[`${prefix}${key}`] = value;
    merged.distinct.push(...part.distinct.map((k) => `${prefix}${k}`));
  }
  return merged;
}

const facts = (activityId: string, data: ReportData): ReportFacts => ({
  activityId, type: data.type, themes: data.themes, recipientId: data.recipientId, place: data.place, participants: data.participants,
});

const scopesOf = (data: { subGrantId: string; projectId: string; leadPartnerId: string }) =>
  [`subgrant:${data.subGrantId}`, `project:${data.projectId}`, `portfolio:${data.leadPartnerId}`];

const positionOf = (context: EventContext): StreamPosition => ({ stream: `${context.topic}:${context.partition}`, position: BigInt(context.offset) });

@Controller()
export class IndicatorValuesEvents {
  constructor(private readonly values: IndicatorValues) {}

  @EventPattern(ReportValidated.type)
  async validated(@Payload() event: EventEnvelope<ReportData>, @Ctx() context: EventContext) {
    const changes = await this.values.reportChanges(event.data.projectId, facts(event.subject, event.data), null);
    await this.values.record(event.id, positionOf(context), [reportPart(event.data.projectId, scopesOf(event.data), event.data.actualStart, changes)]);
  }

  @EventPattern(ReportCorrected.type)
  async corrected(@Payload() event: EventEnvelope<DataOf<typeof ReportCorrected>>, @Ctx() context: EventContext) {
    const { projectId } = event.data;
    const next = facts(event.subject, event.data);
    const previous = facts(event.subject, event.data.previous);
    const scopes = scopesOf(event.data);
    // A correction that moves the report to another month takes from the old one and adds to the new.
    const parts: Part[] = event.data.previous.actualStart.slice(0, 7) === event.data.actualStart.slice(0, 7)
      ? [reportPart(projectId, scopes, event.data.actualStart, await this.values.reportChanges(projectId, next, previous))]
      : [
        reportPart(projectId, scopes, event.data.previous.actualStart, await this.values.reportChanges(projectId, null, previous)),
        reportPart(projectId, scopes, event.data.actualStart, await this.values.reportChanges(projectId, next, null)),
      ];
    await this.values.record(event.id, positionOf(context), parts);
  }

  @EventPattern(ReportReturned.type)
  async returned(@Payload() event: EventEnvelope<DataOf<typeof ReportReturned>>, @Ctx() context: EventContext) {
    if (!event.data.wasValidated) return;
    const changes = await this.values.reportChanges(event.data.projectId, null, facts(event.subject, event.data));
    await this.values.record(event.id, positionOf(context), [reportPart(event.data.projectId, scopesOf(event.data), event.data.actualStart, changes)]);
  }

  /** An approved manual value replaces the value of its scope and period. */
  @EventPattern(ManualValueApproved.type)
  async manual(@Payload() event: EventEnvelope<DataOf<typeof ManualValueApproved>>, @Ctx() context: EventContext) {
    await this.values.record(event.id, positionOf(context), [{
      projectId: event.data.projectId, sheets: [{ scope: event.data.scope, period: event.data.period }], changes: new Map([[event.data.indicatorId, { set: event.data.value }]]),
    }]);
  }
}
