import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReadModelStore } from '@tributary/messaging';
import { Collection } from 'mongodb';
import { COUNTED_EVENTS, CountedEventDocument, CountedEventSchema } from './counted-event.schema';
import { ValueJournal } from './value-journal.store';

const MARKS_PER_WRITE = 1000;
/** Batches journalled here past which those another instance's writer applied are looked up and forgotten. */
const TRACKED_BATCHES_LIMIT = 500;

/**
 * Per aggregate, the highest event sequence counted in the values of a generation: the one place
 * the value projection asks whether an event is a repeat. Stored when a journalled batch reaches
 * the sheets; until then its journal entry says it. Those journal marks are kept in memory for the
 * live generation: this instance's as it journals them, and the others' read from the journal
 * whenever the consumer is given partitions (an aggregate's events come only to the instance that
 * has its partition, so another instance's batch concerns events here only after a reassignment,
 * and a crash's leftovers are read at start). So a batch costs one read by id of the stored marks,
 * however far the sheet writer is behind.
 */
@Injectable()
export class CountedEvents implements OnModuleInit {
  /** Generations a replay is building in this process: nothing is stored in them before the replay ends. */
  private readonly building = new Set<number>();
  /** Per aggregate, the highest sequence of journalled batches not known applied, and which batch. */
  private journalled = new Map<string, { sequence: number; batchId: string }>();
  private readonly aggregatesOf = new Map<string, string[]>();
  /** The live generation the journal marks in memory are of. */
  private marksOf?: number;
  /** The live generation the journal was read for; undefined when it must be read again. */
  private readFor?: number;
  private reading?: Promise<void>;

  constructor(
    private readonly readModels: ReadModelStore,
    private readonly journal: ValueJournal,
  ) {}

  onModuleInit(): void {
    this.readModels.register(COUNTED_EVENTS, CountedEventSchema);
    this.readModels.onGenerationPrepared((generation) => this.building.add(generation));
  }

  private collection(generation: number): Collection<CountedEventDocument> {
    return this.readModels.model<CountedEventDocument>(COUNTED_EVENTS, generation).collection as unknown as Collection<CountedEventDocument>;
  }

  /** Partitions were (re)assigned: batches other instances journalled may concern the events coming here. */
  reassigned(): void {
    this.readFor = undefined;
  }

  /**
   * The highest sequence counted for each of these aggregates that has any, in the live generation
   * (with journalled batches the sheets may not have yet) or in the generation a replay builds.
   */
  async highest(aggregateIds: string[], generation: number, live: boolean): Promise<Map<string, number>> {
    if (aggregateIds.length === 0 || (generation > this.readModels.generation && this.building.has(generation))) return new Map();
    // The marks in memory are taken before the stored ones are read: a mark forgotten meanwhile was stored before.
    const journalled = new Map<string, number>();
    if (live) {
      await this.readJournal(generation);
      for (const id of aggregateIds) {
        const mark = this.journalled.get(id);
        if (mark) journalled.set(id, mark.sequence);
      }
    }
    const documents = await this.collection(generation).find({ _id: { $in: aggregateIds } }).toArray();
    const highest = new Map(documents.map((d) => [d._id, d.sequence]));
    for (const [id, sequence] of journalled) if (sequence > (highest.get(id) ?? 0)) highest.set(id, sequence);
    return highest;
  }

  /** A live batch was journalled here: its marks count from now on. */
  journalledHere(batchId: string, counted: Map<string, number>): void {
    this.remember(batchId, counted);
    if (this.aggregatesOf.size > TRACKED_BATCHES_LIMIT) void this.forgetAppliedElsewhere().catch(() => undefined);
  }

  private remember(batchId: string, counted: Map<string, number>): void {
    for (const [id, sequence] of counted) {
      if (sequence > (this.journalled.get(id)?.sequence ?? 0)) this.journalled.set(id, { sequence, batchId });
    }
    this.aggregatesOf.set(batchId, [...counted.keys()]);
  }

  /**
   * Stores the marks of batches written into a generation's sheets, a bounded number to a write: a
   * replay's are one per report replayed, and 200,000 in one command kept the store busy past the
   * driver's heartbeat (the rebuild then failed with `server monitor timeout`).
   */
  async save(counted: Map<string, number>, generation: number): Promise<void> {
    const marks = [...counted];
    for (let from = 0; from < marks.length; from += MARKS_PER_WRITE) {
      await this.collection(generation).bulkWrite(
        // Never lowered: a writer that overlapped another may store an older batch's marks last.
        marks.slice(from, from + MARKS_PER_WRITE).map(([aggregateId, sequence]) => ({ updateOne: { filter: { _id: aggregateId }, update: { $max: { sequence } }, upsert: true } })),
        { ordered: false },
      );
    }
  }

  /** Live batches whose marks are stored now: the journal's copy of them is not needed any more. */
  applied(batchIds: Iterable<string>): void {
    for (const batchId of batchIds) {
      for (const id of this.aggregatesOf.get(batchId) ?? []) {
        if (this.journalled.get(id)?.batchId === batchId) this.journalled.delete(id);
      }
      this.aggregatesOf.delete(batchId);
    }
  }

  /**
   * Reads the marks of every unapplied batch of the live generation, once after each assignment
   * (and when the live generation changed), merged with those journalled here meanwhile.
   */
  private async readJournal(generation: number): Promise<void> {
    while (this.readFor !== generation) {
      if (!this.reading) {
        const reading = (async () => {
          if (this.marksOf !== generation) {
            this.journalled = new Map();
            this.aggregatesOf.clear();
            this.marksOf = generation;
          }
          // Set first: a reassignment while reading asks for another read.
          this.readFor = generation;
          try {
            for (const { batchId, counted } of await this.journal.countedUnapplied(generation)) this.remember(batchId, counted);
          } catch (error) {
            this.readFor = undefined;
            throw error;
          }
        })();
        this.reading = reading.finally(() => (this.reading = undefined));
      }
      await this.reading;
    }
  }

  /** This instance's journalled batches another instance's writer applied: forgotten here too. */
  private async forgetAppliedElsewhere(): Promise<void> {
    const tracked = [...this.aggregatesOf.keys()];
    const open = await this.journal.stillUnapplied(tracked);
    this.applied(tracked.filter((id) => !open.has(id)));
  }
}
