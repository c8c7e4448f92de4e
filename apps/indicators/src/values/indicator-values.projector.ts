import { randomUUID } from 'node:crypto';
import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, EventEnvelope, ManualValueApproved, ReportCorrected, ReportReturned, ReportValidated } from '@tributary/contracts';
import { BatchEvent, EventBatches, failpoint, ReadModelStore } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { Indicator, IndicatorState } from '../indicators/domain/indicator';
import { periodsOf } from '../indicators/domain/period';
import { Contribution, contributionOf, difference, ReportFacts } from '../indicators/domain/rule';
import { IndicatorDefinitions } from '../indicators/commands/indicator-definitions.service';
import { CountedEvents } from './database/counted-events.store';
import { ValueJournal } from './database/value-journal.store';
import { addInto, BatchChanges, SheetRef, Tally, TallyChange, ValueSheet } from './domain/value-sheet';
import { ValueSheetWriter } from './value-sheets.writer';

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

const refsOf = (part: Part): SheetRef[] =>
  part.sheets.map((s) => ({ ...s, projectId: part.projectId, id: ValueSheet.idOf(part.projectId, s.scope, s.period) }));

/** Events of a batch summed per sub-grant and month: what they add to the same sheets. */
interface Group {
  sheets: SheetRef[];
  changes: Map<string, Tally>;
}

interface Stage {
  groups: Map<string, Group>;
  changes: BatchChanges;
  /** Per aggregate, the highest sequence counted so far: as stored before the batch, then as the batch counts. */
  highest: Map<string, number>;
  /** What the batch counts, per aggregate. */
  counted: Map<string, number>;
}

/**
 * Counts validated, corrected and taken-back reports (and approved manual values) into indicator
 * values. The handlers only stage: events of a batch are summed per sub-grant and month, then
 * combined into what the batch does to each sheet it counts in. Before the batch's offsets are
 * committed that is journalled in one write, with the highest event sequence the batch counted per
 * aggregate; the sheet writer (one instance at a time) writes it into the sheets. So any number of
 * instances can share the partitions. An event whose sequence is not above the highest counted for
 * its aggregate, in the sheets or in a journalled batch not yet written, is a repeat (delivered or
 * published again, however late). Values are never recomputed from reports on read; a new or
 * changed rule rebuilds by replay through the same path, written straight into the new generation.
 */
@Injectable()
export class IndicatorValues implements OnModuleInit {
  private readonly stages = new Map<number, Stage>();

  constructor(
    private readonly journal: ValueJournal,
    private readonly countedEvents: CountedEvents,
    private readonly readModels: ReadModelStore,
    private readonly definitions: IndicatorDefinitions,
    private readonly batches: EventBatches,
    private readonly writer: ValueSheetWriter,
  ) {}

  onModuleInit(): void {
    this.batches.onBatchReceived((events) => this.received(events));
    this.batches.onBatchHandled(() => this.flush());
    this.readModels.onGenerationPrepared((generation) => this.stages.delete(generation));
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
    if (!stage) this.stages.set(generation, (stage = { groups: new Map(), changes: new BatchChanges(), highest: new Map(), counted: new Map() }));
    return stage;
  }

  /**
   * Reads the highest sequences counted for the batch's aggregates: in journalled batches not yet
   * written first, then in the sheets' marks, which a batch gets before the journal calls it written.
   */
  private async received(events: BatchEvent[]): Promise<void> {
    const stage = this.stage();
    const unknown = [...new Set(events.map((e) => e.subject))].filter((id) => !stage.highest.has(id));
    if (unknown.length === 0) return;
    const journalled = this.live() ? await this.journal.countedUnapplied(this.generation()) : new Map<string, number>();
    const found = await this.countedEvents.highest(unknown);
    for (const id of unknown) stage.highest.set(id, Math.max(found.get(id) ?? 0, journalled.get(id) ?? 0));
  }

  /** Stages what an event changes, unless its aggregate has had this event, or a later one, counted. */
  async record(event: EventEnvelope, parts: Part[]): Promise<void> {
    const stage = this.stage();
    if (!stage.highest.has(event.subject)) await this.received([event]);
    if (event.sequence <= stage.highest.get(event.subject)!) return;
    stage.highest.set(event.subject, event.sequence);
    stage.counted.set(event.subject, event.sequence);
    const manual = parts.some((part) => [...part.changes.values()].some((change) => 'set' in change));
    if (!manual) {
      for (const part of parts) this.group(stage, part);
      return;
    }
    // A value that replaces a tally comes after what the batch added before it: sheet by sheet, in order.
    this.materialise(stage);
    for (const part of parts) {
      for (const sheet of refsOf(part)) {
        for (const [indicatorId, change] of part.changes) {
          if ('set' in change) stage.changes.set(sheet, indicatorId, change.set);
          else stage.changes.add(sheet, indicatorId, change.add);
        }
      }
    }
  }

  private group(stage: Stage, part: Part): void {
    const sheets = refsOf(part);
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

  /** Adds the grouped sums to the changes of the sheets they count in. */
  private materialise(stage: Stage): void {
    for (const group of stage.groups.values()) {
      for (const sheet of group.sheets) for (const [indicatorId, sum] of group.changes) stage.changes.add(sheet, indicatorId, sum);
    }
    stage.groups.clear();
  }

  /** Journals the batch (live), or writes it into the generation a replay builds. */
  async flush(): Promise<void> {
    const generation = this.generation();
    const stage = this.stages.get(generation);
    if (!stage) return;
    this.stages.delete(generation);
    this.materialise(stage);
    if (stage.counted.size === 0) return;
    const batch = { id: randomUUID(), generation, sheets: stage.changes.sheets(), counted: stage.counted };
    if (!this.live()) return this.writer.write([batch], 'replay');
    await this.journal.write(batch);
    failpoint('indicators.values.after-journalling');
    this.writer.nudge();
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
