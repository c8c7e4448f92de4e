import { randomUUID } from 'node:crypto';
import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { currentReport, DataOf, EventEnvelope, ManualValueApproved, RecommendationFollowedUp, ReportCorrected, ReportData, ReportReturned, ReportValidated } from '@tributary/contracts';
import { BatchEvent, EventBatches, EventContext, failpoint, ReadModelStore } from '@tributary/messaging';
import { currentTrace, TraceHeaders } from '@tributary/platform';
import { Indicator, IndicatorState } from '../indicators/domain/indicator';
import { periodsOf } from '../indicators/domain/period';
import { Contribution, contributionOf, difference, ReportFacts } from '../indicators/domain/rule';
import { IndicatorDefinitions } from '../indicators/commands/indicator-definitions.service';
import { CountedEvents } from './database/counted-events.store';
import { TracedPart, ValueJournal } from './database/value-journal.store';
import { addInto, SheetChange, SheetRef, Tally, TallyChange, ValueSheet } from './domain/value-sheet';
import { ValueSheetWriter } from './value-sheets.writer';

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
  /** The trace of the last event summed in: the sheets' announcements continue it. */
  trace?: TraceHeaders;
}

interface Stage {
  groups: Map<string, Group>;
  /** What the batch does, in order: groups are closed into parts before a manual value. */
  parts: TracedPart[];
  /** Per aggregate, the highest sequence counted so far: as counted before the batch, then as the batch counts. */
  highest: Map<string, number>;
  /** What the batch counts, per aggregate. */
  counted: Map<string, number>;
}

/** Where staged work goes: the live generation (journalled first), or the one a replay builds. */
interface Target {
  generation: number;
  live: boolean;
}

/**
 * Counts validated, corrected and taken-back reports (and approved manual values) into indicator
 * values. The handlers only stage: events of a batch are summed per sub-grant and month, then
 * combined into what the batch does to each sheet it counts in. Before the batch's offsets are
 * committed that is journalled in one write, with the highest event sequence the batch counted per
 * aggregate; the sheet writer (one instance at a time) writes it into the sheets. So any number of
 * instances can share the partitions. An event whose sequence is not above the highest counted for
 * its aggregate (CountedEvents, read once per batch, then as the batch counts) is a repeat
 * (delivered or published again, however late). Values are never recomputed from reports on read;
 * a new or changed rule rebuilds by replay through the same path, written straight into the new
 * generation, which handlers and batch hooks are told explicitly.
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
    this.batches.onBatchReceived((events) => this.received(events, this.target()));
    this.batches.onBatchHandled((generation) => this.flush(this.target(generation)));
    this.batches.onPartitionsAssigned(() => this.countedEvents.reassigned());
    this.readModels.onGenerationPrepared((generation) => this.stages.delete(generation));
  }

  /** The generation a replay builds, or the live one when none is named. */
  target(replayed?: number): Target {
    return replayed === undefined ? { generation: this.readModels.generation, live: true } : { generation: replayed, live: false };
  }

  private stage({ generation }: Target): Stage {
    let stage = this.stages.get(generation);
    if (!stage) this.stages.set(generation, (stage = { groups: new Map(), parts: [], highest: new Map(), counted: new Map() }));
    return stage;
  }

  /** Reads once for the batch the highest sequences counted for its aggregates. */
  private async received(events: BatchEvent[], target: Target): Promise<void> {
    const stage = this.stage(target);
    const unknown = [...new Set(events.map((e) => e.subject))].filter((id) => !stage.highest.has(id));
    if (unknown.length === 0) return;
    const found = await this.countedEvents.highest(unknown, target.generation, target.live);
    for (const id of unknown) stage.highest.set(id, found.get(id) ?? 0);
  }

  /** Stages what an event changes, unless its aggregate has had this event, or a later one, counted. */
  async record(event: EventEnvelope, parts: Part[], target: Target): Promise<void> {
    const stage = this.stage(target);
    if (!stage.highest.has(event.subject)) await this.received([event], target);
    if (event.sequence <= stage.highest.get(event.subject)!) return;
    stage.highest.set(event.subject, event.sequence);
    stage.counted.set(event.subject, event.sequence);
    const trace = currentTrace();
    const manual = parts.some((part) => [...part.changes.values()].some((change) => 'set' in change));
    if (!manual) {
      for (const part of parts) this.group(stage, part, trace);
      return;
    }
    // A value that replaces a tally comes after what the batch added before it, in order.
    this.close(stage);
    for (const part of parts) {
      stage.parts.push({
        sheets: refsOf(part),
        changes: new Map([...part.changes].map(([indicatorId, change]): [string, SheetChange] =>
          [indicatorId, 'set' in change ? { replace: { amounts: { total: change.set }, distinct: {} } } : { add: change.add }])),
        ...(trace ? { trace } : {}),
      });
    }
  }

  private group(stage: Stage, part: Part, trace: TraceHeaders | undefined): void {
    const sheets = refsOf(part);
    const key = sheets.map((sheet) => sheet.id).join();
    let group = stage.groups.get(key);
    if (!group) stage.groups.set(key, (group = { sheets, changes: new Map() }));
    if (trace) group.trace = trace;
    for (const [indicatorId, change] of part.changes) {
      if (!('add' in change)) continue;
      let sum = group.changes.get(indicatorId);
      if (!sum) group.changes.set(indicatorId, (sum = { amounts: {}, distinct: {} }));
      addInto(sum, change.add);
    }
  }

  /** Closes the grouped sums into parts of the batch. */
  private close(stage: Stage): void {
    for (const group of stage.groups.values()) {
      stage.parts.push({
        sheets: group.sheets,
        changes: new Map([...group.changes].map(([indicatorId, sum]): [string, SheetChange] => [indicatorId, { add: sum }])),
        ...(group.trace ? { trace: group.trace } : {}),
      });
    }
    stage.groups.clear();
  }

  /** Journals the batch (live), or writes it into the generation a replay builds. */
  async flush(target: Target): Promise<void> {
    const { generation } = target;
    const stage = this.stages.get(generation);
    if (!stage) return;
    this.stages.delete(generation);
    this.close(stage);
    if (stage.counted.size === 0) return;
    const batch = { id: randomUUID(), generation, parts: stage.parts, counted: stage.counted };
    if (!target.live) return this.writer.write([batch], generation, 'replay');
    try {
      await this.journal.write(batch);
    } catch (error) {
      // The write may have been stored all the same: the batch comes again, and the journal tells.
      this.countedEvents.reassigned();
      throw error;
    }
    this.countedEvents.journalledHere(batch.id, batch.counted);
    failpoint('indicators.values.after-journalling');
    this.writer.journalled(batch);
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
  organisations: data.organisations, outputs: data.outputs,
});

const scopesOf = (data: { subGrantId: string; projectId: string; leadPartnerId: string }) =>
  [`subgrant:${data.subGrantId}`, `project:${data.projectId}`, `portfolio:${data.leadPartnerId}`];

@Controller()
export class IndicatorValuesEvents {
  constructor(private readonly values: IndicatorValues) {}

  @EventPattern(ReportValidated.type)
  async validated(@Payload() event: EventEnvelope<ReportData>, @Ctx() context: EventContext) {
    const data = currentReport(event.version, event.data);
    const changes = await this.values.reportChanges(data.projectId, facts(event.subject, data), null);
    await this.values.record(event, [reportPart(data.projectId, scopesOf(data), data.actualStart, changes)], this.values.target(context.readModelGeneration));
  }

  @EventPattern(ReportCorrected.type)
  async corrected(@Payload() event: EventEnvelope<DataOf<typeof ReportCorrected>>, @Ctx() context: EventContext) {
    const data = currentReport(event.version, event.data);
    await this.values.record(event, await this.replaced(event.subject, data, data.previous), this.values.target(context.readModelGeneration));
  }

  /**
   * A recommendation's follow-up counts as a correction: the report with the new status replaces
   * the same report with the status it had.
   */
  @EventPattern(RecommendationFollowedUp.type)
  async followedUp(@Payload() event: EventEnvelope<DataOf<typeof RecommendationFollowedUp>>, @Ctx() context: EventContext) {
    const { outputId, status: _status, previousStatus, ...data } = event.data;
    const previous = {
      ...data,
      outputs: data.outputs.map((output) => {
        if (output.id !== outputId) return output;
        const { status: _s, ...rest } = output;
        return previousStatus ? { ...rest, status: previousStatus } : rest;
      }),
    };
    await this.values.record(event, await this.replaced(event.subject, data, previous), this.values.target(context.readModelGeneration));
  }

  /** What one version of a report replacing another changes. */
  private async replaced(activityId: string, data: ReportData, previousData: ReportData): Promise<Part[]> {
    const { projectId } = data;
    const next = facts(activityId, data);
    const previous = facts(activityId, previousData);
    const scopes = scopesOf(data);
    // A correction that moves the report to another month takes from the old one and adds to the new.
    return previousData.actualStart.slice(0, 7) === data.actualStart.slice(0, 7)
      ? [reportPart(projectId, scopes, data.actualStart, await this.values.reportChanges(projectId, next, previous))]
      : [
        reportPart(projectId, scopes, previousData.actualStart, await this.values.reportChanges(projectId, null, previous)),
        reportPart(projectId, scopes, data.actualStart, await this.values.reportChanges(projectId, next, null)),
      ];
  }

  @EventPattern(ReportReturned.type)
  async returned(@Payload() event: EventEnvelope<DataOf<typeof ReportReturned>>, @Ctx() context: EventContext) {
    if (!event.data.wasValidated) return;
    const data = currentReport(event.version, event.data);
    const changes = await this.values.reportChanges(data.projectId, null, facts(event.subject, data));
    await this.values.record(event, [reportPart(data.projectId, scopesOf(data), data.actualStart, changes)], this.values.target(context.readModelGeneration));
  }

  /** An approved manual value replaces the value of its scope and period. */
  @EventPattern(ManualValueApproved.type)
  async manual(@Payload() event: EventEnvelope<DataOf<typeof ManualValueApproved>>, @Ctx() context: EventContext) {
    await this.values.record(event, [{
      projectId: event.data.projectId, sheets: [{ scope: event.data.scope, period: event.data.period }], changes: new Map([[event.data.indicatorId, { set: event.data.value }]]),
    }], this.values.target(context.readModelGeneration));
  }
}
