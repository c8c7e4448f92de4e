import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { EventEnvelope, IndicatorValuesChanged } from '@tributary/contracts';
import { EventFactory, failpoint, Lease, NudgedLoop, pendingEvent, ReadModelStore } from '@tributary/messaging';
import { Metrics, OpenSpan, openSpan, StoreStartup, TraceHeaders } from '@tributary/platform';
import { Connection } from 'mongoose';
import { Histogram } from 'prom-client';
import { IndicatorDefinitions } from '../indicators/commands/indicator-definitions.service';
import { CountedEvents } from './database/counted-events.store';
import { JournalEntry, ValueJournal } from './database/value-journal.store';
import { SheetWrite, ValueSheets } from './database/value-sheets.store';
import { BatchChanges, differing, emptyTally, SheetChange, SheetRef, ValueSheet, valueOf } from './domain/value-sheet';

/** Journalled batches written in one pass: their changes to a sheet are one write of it. */
const BATCHES_PER_PASS = 20;
/** How often a writer looks for batches other instances journalled. */
const POLL_MS = 250;
/** Batches journalled here kept in memory for the writer: beyond, the oldest are read from the journal. */
const HELD_BATCHES = 200;
/** How long a rebuild waits for the live generation's journalled batches to reach its sheets. */
const LIVE_WRITTEN_TIMEOUT_MS = 60_000;
/** Sheets of each generation read in one go to compare a rebuilt generation with the live one (a sheet may hold thousands of tally entries). */
const SHEETS_PER_READ = 100;

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
  /** The generation of the last pass: the sequence is read again when it changes. */
  private writingGeneration?: number;

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
    this.readModels.onSwitchingIn((generation) => this.announceRebuilt(generation));
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
    if (generation !== this.writingGeneration) {
      // Another instance may have switched in a rebuild, numbering its announcements past this counter.
      this.writingGeneration = generation;
      this.sheets.resetSequence();
    }
    const batches = await this.journal.unapplied(generation, BATCHES_PER_PASS, this.held);
    if (batches.length === 0) return false;
    await this.write(batches, generation, 'live');
    return batches.length === BATCHES_PER_PASS;
  }

  /**
   * Writes batches into the sheets of the current generation. A replay writes its own generation
   * with no journal and no announcement: it is thrown away whole if anything fails before it is
   * switched in, and its values become visible all at once (announced by announceRebuilt).
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
      const writes: SheetWrite[] = [];
      for (const sheet of sheets) {
        const changed = new Set<string>();
        for (const { batchId, changes } of bySheet.get(sheet.id)!.changes) {
          if (sheet.redo(batchId, changes)) for (const indicatorId of changes.keys()) changed.add(indicatorId);
        }
        if (changed.size === 0) continue;
        sheet.changeSequence = await this.sheets.nextSequence();
        const cause = bySheet.get(sheet.id)!.trace;
        writes.push({ sheet, announcement: mode === 'live' ? pendingEvent(await this.announcement(sheet, changed), cause && spans.get(cause.traceparent)!.trace) : undefined });
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
   * Before a rebuilt generation is switched in (the replay has written everything, live consumption
   * holds everywhere), announces in its sheets, once, the final values that differ from the live
   * generation's: what the replay counted that the live generation had not (a report taken while
   * live consumption held for the switch, then skipped live as a repeat) or counts otherwise (a new
   * or changed rule), and nothing announced already. An indicator the live sheet has and the rebuilt
   * one has not is announced at its empty value. The announcements wait in the rebuilt sheets until
   * the generation is switched in (pass registers it with the relay), and go with it if it is not.
   */
  private async announceRebuilt(generation: number): Promise<void> {
    const live = this.readModels.generation;
    await this.liveWritten(live);
    // Numbered after every change of both generations, whichever instance gave them: the live writer may be another's.
    this.sheets.resetSequence([live, generation]);
    let after: string | undefined;
    for (let page; (page = await this.sheets.page(generation, after, SHEETS_PER_READ)).length > 0; after = page[page.length - 1].id) {
      const replaced = new Map((await this.sheets.byIds(page.map((sheet) => sheet.id), live)).map((sheet) => [sheet.id, sheet]));
      await this.announceDiffering(page, replaced, generation);
    }
    // Sheets only the live generation has: every value they announced is now empty.
    after = undefined;
    for (let page; (page = await this.sheets.page(live, after, SHEETS_PER_READ)).length > 0; after = page[page.length - 1].id) {
      const rebuilt = new Set((await this.sheets.byIds(page.map((sheet) => sheet.id), generation)).map((sheet) => sheet.id));
      const gone = page.filter((sheet) => !rebuilt.has(sheet.id));
      if (gone.length > 0) await this.announceDiffering(gone.map((sheet) => ValueSheet.of(sheet)), new Map(gone.map((sheet) => [sheet.id, sheet])), generation);
    }
  }

  /** Stores in the rebuilt generation, with their sheets, the announcements of what differs from the live sheets. */
  private async announceDiffering(rebuilt: ValueSheet[], replaced: Map<string, ValueSheet>, generation: number): Promise<void> {
    // The copies in memory of the rebuilt generation, so that its first live write after the switch expects their versions.
    const sheets = await this.sheets.load(rebuilt, generation);
    const writes: SheetWrite[] = [];
    for (const sheet of sheets) {
      const differs = differing(sheet, replaced.get(sheet.id));
      if (differs.size === 0) continue;
      sheet.changeSequence = await this.sheets.nextSequence();
      writes.push({ sheet, announcement: pendingEvent(await this.announcement(sheet, differs), undefined) });
    }
    await this.sheets.save(writes, generation);
  }

  /** Waits until the live generation has every batch journalled for it: its sheets hold what was announced. */
  private async liveWritten(live: number): Promise<void> {
    const deadline = Date.now() + LIVE_WRITTEN_TIMEOUT_MS;
    while ((await this.journal.unapplied(live, 1, this.held)).length > 0) {
      if (Date.now() > deadline) throw new Error('the live value sheets did not get their journalled batches in time');
      this.loop.nudge();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
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
      // A rebuilt sheet may lack an indicator the live one counted: its value is the empty tally's.
      return indicator ? [{ indicatorId: id, code: indicator.code, value: valueOf(indicator, sheet.tallies.get(id) ?? emptyTally()).value }] : [];
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

function highestCounted(batches: JournalEntry[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const batch of batches) for (const [id, sequence] of batch.counted) highest.set(id, Math.max(highest.get(id) ?? 0, sequence));
  return highest;
}
