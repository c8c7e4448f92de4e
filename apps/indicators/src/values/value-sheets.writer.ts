import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { EventEnvelope, IndicatorValuesChanged } from '@tributary/contracts';
import { EventFactory, failpoint, Lease, NudgedLoop, pendingEvent, ReadModelStore } from '@tributary/messaging';
import { Metrics, OpenSpan, openSpan, StoreStartup, TraceHeaders } from '@tributary/platform';
import { Connection } from 'mongoose';
import { Histogram } from 'prom-client';
import { IndicatorDefinitions } from '../indicators/indicator-definitions.service';
import { CountedEvents } from './database/counted-events.store';
import { JournalEntry, ValueJournal } from './database/value-journal.store';
import { SheetWrite, ValueSheets } from './database/value-sheets.store';
import { BatchChanges, SheetChange, SheetRef, Tally, ValueSheet, valueOf } from './domain/value-sheet';

/** Journalled batches written in one pass: their changes to a sheet are one write of it. */
const BATCHES_PER_PASS = 20;
/** How often a writer looks for batches other instances journalled. */
const POLL_MS = 250;
/** Batches journalled here kept in memory for the writer: beyond, the oldest are read from the journal. */
const HELD_BATCHES = 200;
/** How long a rebuild waits for the live generation's journalled batches to reach its sheets. */
const LIVE_WRITTEN_TIMEOUT_MS = 60_000;
/** Sheets of the replaced generation read in one go to compare with the rebuilt ones. */
const SHEETS_PER_READ = 1000;

/**
 * Writes journalled value batches into the sheets, whichever instance consumed them: one instance
 * at a time, by lease, so change sequences follow the order sheets are written and the copies in
 * memory are the stored ones. A pass takes the oldest unapplied batches, redoes on each sheet those
 * it does not have yet, stores each changed sheet with the announcement of its new values in one
 * write, then marks the batches applied. Whatever fails in between, the next pass completes them,
 * and a sheet never gets a batch twice: it names the batches it has until the journal says applied.
 */
@Injectable()
export class ValueSheetWriter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ValueSheetWriter');
  private readonly lease: Lease;
  private readonly loop: NudgedLoop;
  private readonly writeDelay: Histogram;
  /** Batches this instance journalled, as journalled, until written (by this writer or another). */
  private readonly held = new Map<string, JournalEntry>();

  constructor(
    private readonly sheets: ValueSheets,
    private readonly journal: ValueJournal,
    private readonly countedEvents: CountedEvents,
    private readonly readModels: ReadModelStore,
    private readonly definitions: IndicatorDefinitions,
    private readonly events: EventFactory,
    private readonly startup: StoreStartup,
    @InjectConnection() mongo: Connection,
    metrics: Metrics,
  ) {
    this.writeDelay = metrics.histogram({ name: 'tributary_indicator_values_write_delay_seconds', help: 'From a batch of value events journalled to its values written in the sheets' });
    this.lease = new Lease(() => {
      if (!mongo.db) throw new Error('MongoDB connection is not open');
      return mongo.db;
    }, 'indicator-value-sheets');
    // Another instance may have written sheets while this one did not hold the lease.
    this.lease.whenAcquired(() => {
      this.sheets.forget(this.readModels.generation);
      this.sheets.resetSequence();
    });
    this.loop = new NudgedLoop(this.logger, 'writing journalled value batches', () => this.pass(), POLL_MS);
  }

  /** Batches a crash left unapplied reach the sheets before the service is ready, so the feeds are whole. */
  onApplicationBootstrap(): void {
    void this.startup.afterConnect('writing journalled value batches', async () => {
      this.sheets.registerOutbox();
      while (await this.pass());
      this.loop.start();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** A batch was journalled here: write it now rather than at the next poll, without reading it back. */
  journalled(batch: JournalEntry): void {
    this.held.set(batch.id, batch);
    for (const id of this.held.keys()) {
      if (this.held.size <= HELD_BATCHES) break;
      this.held.delete(id);
    }
    this.loop.nudge();
  }

  /** One pass over the oldest unapplied batches of the live generation; says whether more wait. */
  private async pass(): Promise<boolean> {
    // A rebuild leaves the announcements of what it changed in the sheets of the generation it switched in.
    this.sheets.registerOutbox();
    if (!(await this.lease.held())) return false;
    const generation = this.readModels.generation;
    const batches = await this.journal.unapplied(generation, BATCHES_PER_PASS, this.held);
    if (batches.length === 0) return false;
    await this.write(batches, generation, 'live');
    return batches.length === BATCHES_PER_PASS;
  }

  /**
   * Writes batches into the sheets of the current generation. A replay writes its own generation
   * with no journal: it is thrown away whole if anything fails before it is switched in, and its
   * values become visible all at once. Its sheets announce the values that differ from the live
   * generation's once every batch journalled there is written: what the replay counted that the
   * live generation had not (an event taken while live consumption held for the switch, then
   * skipped as a repeat) or counted otherwise (a new or changed rule), and nothing announced there already.
   */
  async write(batches: JournalEntry[], generation: number, mode: 'live' | 'replay'): Promise<void> {
    const bySheet = new Map<string, { sheet: SheetRef; changes: { batchId: string; changes: Map<string, SheetChange> }[]; trace?: TraceHeaders }>();
    for (const batch of batches) {
      const traces = tracesBySheet(batch);
      for (const { sheet, changes } of BatchChanges.of(batch.parts).sheets()) {
        const trace = traces.get(sheet.id);
        let entry = bySheet.get(sheet.id);
        if (!entry) bySheet.set(sheet.id, (entry = { sheet, changes: [] }));
        entry.changes.push({ batchId: batch.id, changes });
        if (trace) entry.trace = trace;
      }
    }
    const inPass = new Set(batches.map((b) => b.id));
    const spans = mode === 'live' ? spansOfCauses(bySheet.values()) : new Map<string, OpenSpan>();
    try {
      const sheets = await this.sheets.load([...bySheet.values()].map((e) => e.sheet), generation);
      await this.settleEarlierBatches(sheets, inPass);
      const replaced = mode === 'replay' ? await this.liveSheets(sheets.map((sheet) => sheet.id)) : undefined;
      const writes: SheetWrite[] = [];
      for (const sheet of sheets) {
        const changed = new Set<string>();
        for (const { batchId, changes } of bySheet.get(sheet.id)!.changes) {
          if (sheet.redo(batchId, changes)) for (const indicatorId of changes.keys()) changed.add(indicatorId);
        }
        if (changed.size === 0) continue;
        sheet.changeSequence = await this.sheets.nextSequence();
        const cause = bySheet.get(sheet.id)!.trace;
        const announced = replaced ? differing(sheet, replaced.get(sheet.id)) : changed;
        writes.push({ sheet, announcement: announced.size > 0 ? pendingEvent(await this.announcement(sheet, announced), cause && spans.get(cause.traceparent)?.trace) : undefined });
      }
      await this.sheets.save(writes, generation);
      await this.countedEvents.save(highestCounted(batches), generation);
      if (mode === 'live') {
        this.countedEvents.applied(inPass);
        failpoint('indicators.values.before-marking-applied');
        await this.journal.markApplied([...inPass]);
        for (const id of inPass) this.held.delete(id);
        for (const batch of batches) if (batch.writtenAt) this.writeDelay.observe((Date.now() - batch.writtenAt) / 1000);
      }
      for (const sheet of sheets) sheet.settle(inPass);
    } catch (error) {
      // The copies in memory may be ahead of the store, or behind another writer's.
      this.sheets.forget(generation);
      this.sheets.resetSequence();
      for (const span of spans.values()) span.end(error);
      throw error;
    }
    for (const span of spans.values()) span.end();
    if (mode === 'live') this.journal.removeDone(generation).catch((error: Error) => this.logger.warn(`journal entries not removed yet: ${error.message}`));
  }

  /**
   * The live generation's sheets with these ids, once it has every batch journalled for it (live
   * consumption holds during the switch, so no more come): what they hold is what was announced.
   */
  private async liveSheets(ids: string[]): Promise<Map<string, ValueSheet>> {
    const live = this.readModels.generation;
    const deadline = Date.now() + LIVE_WRITTEN_TIMEOUT_MS;
    while ((await this.journal.unapplied(live, 1, this.held)).length > 0) {
      if (Date.now() > deadline) throw new Error('the live value sheets did not get their journalled batches in time');
      this.loop.nudge();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const found = new Map<string, ValueSheet>();
    for (let from = 0; from < ids.length; from += SHEETS_PER_READ) {
      for (const sheet of await this.sheets.byIds(ids.slice(from, from + SHEETS_PER_READ), live)) found.set(sheet.id, sheet);
    }
    return found;
  }

  /** Sheets read from the store may name batches of earlier passes: those marked applied are forgotten. */
  private async settleEarlierBatches(sheets: ValueSheet[], inPass: Set<string>): Promise<void> {
    const earlier = [...new Set(sheets.flatMap((sheet) => sheet.appliedBatches))].filter((id) => !inPass.has(id));
    if (earlier.length === 0) return;
    const open = await this.journal.stillUnapplied(earlier);
    const applied = new Set(earlier.filter((id) => !open.has(id)));
    for (const sheet of sheets) sheet.settle(applied);
  }

  /** The sheet's changed values; `changeSequence` lets subscribers put announcements in order. */
  private async announcement(sheet: ValueSheet, indicatorIds: Set<string>): Promise<EventEnvelope> {
    const indicators = new Map((await this.definitions.ofProject(sheet.projectId)).map((i) => [i.id, i]));
    const values = [...indicatorIds].flatMap((id) => {
      const indicator = indicators.get(id);
      const tally = sheet.tallies.get(id);
      return indicator && tally ? [{ indicatorId: id, code: indicator.code, value: valueOf(indicator, tally).value }] : [];
    });
    return this.events.create({
      definition: IndicatorValuesChanged,
      subject: sheet.id,
      sequence: sheet.changeSequence,
      data: { projectId: sheet.projectId, scope: sheet.scope, period: sheet.period, changeSequence: sheet.changeSequence, values },
    });
  }
}

/**
 * A pass writes at once what events of many traces changed. Each sheet's announcement continues the
 * trace of the last event that changed the sheet, through a span of that trace for this pass: one
 * span per such event, keyed by the traceparent of the event's span.
 */
function spansOfCauses(entries: Iterable<{ trace?: TraceHeaders }>): Map<string, OpenSpan> {
  const spans = new Map<string, OpenSpan>();
  for (const { trace } of entries) {
    if (trace && !spans.has(trace.traceparent)) spans.set(trace.traceparent, openSpan('write indicator values', { parent: trace }));
  }
  return spans;
}

/** Per sheet, the trace of the last part of the batch that changed it. */
function tracesBySheet(batch: JournalEntry): Map<string, TraceHeaders> {
  const traces = new Map<string, TraceHeaders>();
  for (const { sheets, trace } of batch.parts) if (trace) for (const sheet of sheets) traces.set(sheet.id, trace);
  return traces;
}

/** The indicators whose tally in the sheet is not the one the replaced sheet had. */
function differing(sheet: ValueSheet, replaced: ValueSheet | undefined): Set<string> {
  const differs = (a: Tally, b: Tally | undefined) => !b || !sameCounts(a.amounts, b.amounts) || !sameCounts(a.distinct, b.distinct);
  return new Set([...sheet.tallies].filter(([indicatorId, tally]) => differs(tally, replaced?.tallies.get(indicatorId))).map(([indicatorId]) => indicatorId));
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function highestCounted(batches: JournalEntry[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const batch of batches) for (const [id, sequence] of batch.counted) highest.set(id, Math.max(highest.get(id) ?? 0, sequence));
  return highest;
}
