import { randomUUID } from 'node:crypto';
import { Controller, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, EventEnvelope, IndicatorValuesChanged, ManualValueApproved, ReportCorrected, ReportReturned, ReportValidated } from '@tributary/contracts';
import { BatchEvent, EventBatches, EventFactory, failpoint, ReadModelStore } from '@tributary/messaging';
import { RequestContext, StoreStartup } from '@tributary/platform';
import { Indicator, IndicatorState } from '../indicators/domain/indicator';
import { periodsOf } from '../indicators/domain/period';
import { Contribution, contributionOf, difference, ReportFacts } from '../indicators/domain/rule';
import { IndicatorDefinitions } from '../indicators/indicator-definitions.service';
import { CountedEvents } from './database/counted-events.store';
import { JournalEntry, ValueJournal } from './database/value-journal.store';
import { ValueSheets } from './database/value-sheets.store';
import { addInto, Tally, TallyChange, ValueSheet, valueOf } from './domain/value-sheet';

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

/** Events of a batch summed per sub-grant and month: what they add to the same sheets. */
interface Group {
  sheets: ValueSheet[];
  changes: Map<string, Tally>;
}

interface Stage {
  groups: Map<string, Group>;
  dirty: Map<ValueSheet, Set<string>>;
  /** Per aggregate, the highest sequence counted so far: as stored before the batch, then as the batch counts. */
  highest: Map<string, number>;
  /** What the batch counts, per aggregate: stored with the batch. */
  counted: Map<string, number>;
}

/**
 * Keeps indicator values current as reports are validated, corrected or taken back. The handlers
 * only stage: events of a batch are summed per sub-grant and month and added to the sheets they
 * count in, in memory. Before the batch's offsets are committed the batch is journalled in one
 * write (its change to every sheet, the highest event sequence it counted per aggregate, its
 * value-change announcements), then written to the sheets and marked applied. A batch that fails
 * in between is completed from the journal before any further event is looked at, so a batch
 * counts on every sheet or on none. An event whose sequence is not above the highest counted for
 * its aggregate is a repeat (delivered or published again, however late). Values are never
 * recomputed from reports on read; a new or changed rule rebuilds by replay through the same path.
 * Runs one partition at a time, as the only writer of the sheets: they are shared across partitions,
 * change sequences are given in the order sheets are written, and the copies in memory are the
 * stored ones.
 */
@Injectable()
export class IndicatorValues implements OnModuleInit, OnApplicationBootstrap {
  private readonly stages = new Map<number, Stage>();
  /** Settles once every journalled batch of the live generation is applied; reset by a failed batch. */
  private recovery?: Promise<void>;
  private readonly logger = new Logger('IndicatorValues');

  constructor(
    private readonly sheets: ValueSheets,
    private readonly journal: ValueJournal,
    private readonly countedEvents: CountedEvents,
    private readonly readModels: ReadModelStore,
    private readonly definitions: IndicatorDefinitions,
    private readonly batches: EventBatches,
    private readonly events: EventFactory,
    private readonly startup: StoreStartup,
  ) {}

  onModuleInit(): void {
    this.batches.onBatchReceived((events) => this.received(events));
    this.batches.onBatchHandled(() => this.flush());
    this.readModels.onGenerationPrepared((generation) => this.stages.delete(generation));
  }

  /** A batch a crash left half stored is completed before the service is ready, so the feeds are whole. */
  onApplicationBootstrap(): void {
    void this.startup.afterConnect('completing journalled value batches', () => this.recovered());
  }

  private generation(): number {
    return RequestContext.current()?.readModelGeneration ?? this.readModels.generation;
  }

  /** Live work, as opposed to a replay building a generation of its own. */
  private live(): boolean {
    return RequestContext.current()?.readModelGeneration === undefined;
  }

  private stage(): Stage {
    const generation = this.generation();
    let stage = this.stages.get(generation);
    if (!stage) this.stages.set(generation, (stage = { groups: new Map(), dirty: new Map(), highest: new Map(), counted: new Map() }));
    return stage;
  }

  /** Completes the journalled batches, once per start and after each failed batch, before any event is checked. */
  private recovered(): Promise<void> {
    this.recovery ??= this.recover().catch((error: unknown) => {
      this.recovery = undefined;
      throw error;
    });
    return this.recovery;
  }

  private async recover(): Promise<void> {
    for (const entry of await this.journal.unapplied(this.readModels.generation)) {
      const stored = new Map((await this.sheets.byIds(entry.sheets.map((s) => s.id))).map((sheet) => [sheet.id, sheet]));
      const behind = entry.sheets.flatMap((s) => {
        const sheet = stored.get(s.id) ?? new ValueSheet(s.id, s.projectId, s.scope, s.period);
        // A sheet stored with the batch's change sequence has the batch already.
        if (sheet.changeSequence >= s.changeSequence) return [];
        sheet.redo(s.changes);
        sheet.changeSequence = s.changeSequence;
        return [sheet];
      });
      await this.sheets.save(behind);
      await this.countedEvents.save(entry.counted);
      await this.journal.markApplied(entry);
      this.logger.warn(`completed journalled batch ${entry.id}: ${behind.length} of its ${entry.sheets.length} sheets were behind`);
    }
  }

  /** Reads the highest sequences counted for the batch's aggregates in one query. */
  private async received(events: BatchEvent[]): Promise<void> {
    await this.recovered();
    const stage = this.stage();
    const unknown = [...new Set(events.map((e) => e.subject))].filter((id) => !stage.highest.has(id));
    const found = await this.countedEvents.highest(unknown);
    for (const id of unknown) stage.highest.set(id, found.get(id) ?? 0);
  }

  /** Stages what an event changes, unless its aggregate has had this event, or a later one, counted. */
  async record(event: EventEnvelope, parts: Part[]): Promise<void> {
    if (this.live()) await this.recovered();
    const stage = this.stage();
    if (!stage.highest.has(event.subject)) stage.highest.set(event.subject, (await this.countedEvents.highest([event.subject])).get(event.subject) ?? 0);
    if (event.sequence <= stage.highest.get(event.subject)!) return;
    const targets = await Promise.all(parts.map((part) =>
      this.sheets.load(part.sheets.map((s) => ({ ...s, projectId: part.projectId, id: ValueSheet.idOf(part.projectId, s.scope, s.period) })))));
    stage.highest.set(event.subject, event.sequence);
    stage.counted.set(event.subject, event.sequence);
    const manual = parts.some((part) => [...part.changes.values()].some((change) => 'set' in change));
    if (!manual) {
      parts.forEach((part, i) => this.group(stage, part, targets[i]));
      return;
    }
    // A value that replaces a tally comes after what the batch added before it: sheet by sheet, in order.
    this.materialise(stage);
    parts.forEach((part, i) => {
      for (const sheet of targets[i]) {
        sheet.apply(part.changes);
        this.touched(stage, sheet, part.changes.keys());
      }
    });
  }

  private group(stage: Stage, part: Part, sheets: ValueSheet[]): void {
    const key = sheets.map((sheet) => sheet.id).join();
    let group = stage.groups.get(key);
    if (!group) stage.groups.set(key, (group = { sheets, changes: new Map() }));
    for (const [indicatorId, change] of part.changes) {
      if (!('add' in change)) continue;
      let sum = group.changes.get(indicatorId);
      if (!sum) group.changes.set(indicatorId, (sum = { amounts: {}, distinct: {} }));
      addInto(sum, change.add);
    }
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
        sheet.merge(group.changes);
        this.touched(stage, sheet, group.changes.keys());
      }
    }
    stage.groups.clear();
  }

  /**
   * Journals the batch, writes its sheets and what it counted, then marks it applied, which hands
   * its announcements to the outbox relay. A replay writes without a journal: its generation is
   * thrown away whole if anything fails before it is switched in.
   */
  async flush(): Promise<void> {
    const generation = this.generation();
    const stage = this.stages.get(generation);
    if (!stage) return;
    this.stages.delete(generation);
    this.materialise(stage);
    if (stage.counted.size === 0) return;
    const dirty = [...stage.dirty.keys()];
    try {
      for (const sheet of dirty) sheet.changeSequence = await this.sheets.nextSequence();
      const entry: JournalEntry = {
        id: randomUUID(),
        generation,
        sequence: dirty.reduce((max, sheet) => Math.max(max, sheet.changeSequence), 0),
        sheets: dirty.map((sheet) => ({
          id: sheet.id, projectId: sheet.projectId, scope: sheet.scope, period: sheet.period, changeSequence: sheet.changeSequence, changes: sheet.takeChanges(),
        })),
        counted: stage.counted,
        announcements: this.live() ? await this.announcements(stage.dirty) : [],
      };
      if (this.live()) await this.journal.write(entry);
      await this.sheets.save(dirty);
      await this.countedEvents.save(entry.counted);
      if (!this.live()) return;
      failpoint('indicators.values.before-announcing');
      await this.journal.markApplied(entry);
    } catch (error) {
      // The copies in memory may be ahead of the store: read the sheets again once the journal is applied.
      this.sheets.forget();
      this.recovery = undefined;
      throw error;
    }
    this.journal.removeDone().catch((error: Error) => this.logger.warn(`journal entries not removed yet: ${error.message}`));
  }

  /**
   * The value-change announcements of the batch's sheets, one per changed sheet listing its changed
   * values; `changeSequence` lets subscribers put them in order. A rebuild announces nothing: its
   * values become visible all at once when it is switched in.
   */
  private async announcements(changed: Map<ValueSheet, Set<string>>): Promise<EventEnvelope[]> {
    const events: EventEnvelope[] = [];
    for (const [sheet, indicatorIds] of changed) {
      const indicators = new Map((await this.definitions.ofProject(sheet.projectId)).map((i) => [i.id, i]));
      const values = [...indicatorIds].flatMap((id) => {
        const indicator = indicators.get(id);
        const tally = sheet.tallies.get(id);
        return indicator && tally ? [{ indicatorId: id, code: indicator.code, value: valueOf(indicator, tally).value }] : [];
      });
      events.push(this.events.create({
        definition: IndicatorValuesChanged,
        subject: sheet.id,
        sequence: sheet.changeSequence,
        data: { projectId: sheet.projectId, scope: sheet.scope, period: sheet.period, changeSequence: sheet.changeSequence, values },
      }));
    }
    return events;
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

@Controller()
export class IndicatorValuesEvents {
  constructor(private readonly values: IndicatorValues) {}

  @EventPattern(ReportValidated.type)
  async validated(@Payload() event: EventEnvelope<ReportData>) {
    const changes = await this.values.reportChanges(event.data.projectId, facts(event.subject, event.data), null);
    await this.values.record(event, [reportPart(event.data.projectId, scopesOf(event.data), event.data.actualStart, changes)]);
  }

  @EventPattern(ReportCorrected.type)
  async corrected(@Payload() event: EventEnvelope<DataOf<typeof ReportCorrected>>) {
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
    await this.values.record(event, parts);
  }

  @EventPattern(ReportReturned.type)
  async returned(@Payload() event: EventEnvelope<DataOf<typeof ReportReturned>>) {
    if (!event.data.wasValidated) return;
    const changes = await this.values.reportChanges(event.data.projectId, null, facts(event.subject, event.data));
    await this.values.record(event, [reportPart(event.data.projectId, scopesOf(event.data), event.data.actualStart, changes)]);
  }

  /** An approved manual value replaces the value of its scope and period. */
  @EventPattern(ManualValueApproved.type)
  async manual(@Payload() event: EventEnvelope<DataOf<typeof ManualValueApproved>>) {
    await this.values.record(event, [{
      projectId: event.data.projectId, sheets: [{ scope: event.data.scope, period: event.data.period }], changes: new Map([[event.data.indicatorId, { set: event.data.value }]]),
    }]);
  }
}
