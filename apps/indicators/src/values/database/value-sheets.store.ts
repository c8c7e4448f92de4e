import { Injectable, OnModuleInit } from '@nestjs/common';
import { failpoint, OutboxRelay, PendingEvent, ReadModelStore } from '@tributary/messaging';
import { AnyBulkWriteOperation, Collection, MongoBulkWriteError } from 'mongodb';
import { SheetRef, Tally, ValueSheet } from '../domain/value-sheet';
import { Counts, VALUE_SHEETS, ValueSheetDocument, ValueSheetSchema } from './value-sheet.schema';

const CACHE_LIMIT = 20_000;
const SHEETS_PER_WRITE = 8;

export const toRecord = ({ keys, counts }: Counts) => Object.fromEntries(keys.map((key, i) => [key, counts[i]]));
export const toCounts = (record: Record<string, number>): Counts => ({ keys: Object.keys(record), counts: Object.values(record) });

const toSheet = (d: ValueSheetDocument): ValueSheet =>
  new ValueSheet(
    d._id, d.projectId, d.scope, d.period, d.changeSequence,
    new Map(d.tallies.map((t): [string, Tally] => [t.indicatorId, { amounts: toRecord(t.amounts), distinct: toRecord(t.distinct) }])),
    d.version ?? 0, d.appliedBatches ?? [],
  );

type SheetFields = Omit<ValueSheetDocument, '_id' | 'version' | 'pendingEvents' | 'hasPendingEvents'>;

const fieldsOf = (s: ValueSheet): SheetFields => ({
  projectId: s.projectId, scope: s.scope, period: s.period, periodType: s.periodType, changeSequence: s.changeSequence,
  updatedAt: new Date().toISOString(), appliedBatches: s.appliedBatches,
  tallies: [...s.tallies].map(([indicatorId, tally]) => ({ indicatorId, amounts: toCounts(tally.amounts), distinct: toCounts(tally.distinct) })),
});

/** A sheet to store, with the announcement of its new values (none in a replay, until it is whole: see ValueSheetWriter). */
export interface SheetWrite {
  sheet: ValueSheet;
  announcement?: PendingEvent;
}

/** Another writer stored one of the sheets since it was read: the copies in memory are stale. */
export class SheetWriteConflict extends Error {}

/**
 * The value sheets of the current read-model generation (or of the one a replay builds), with the
 * sheets last written kept in memory: one writer at a time holds the sheet-writer lease, so its
 * copy is the stored one and a batch costs no read. Writes expect the version they read, so a
 * writer that overlaps another (a paused process whose lease ran out) fails instead of overwriting.
 */
@Injectable()
export class ValueSheets implements OnModuleInit {
  private readonly cached = new Map<number, Map<string, ValueSheet>>();
  /** The last change sequence given here: it only ever goes up, or the change feed could skip a sheet. */
  private sequence = 0;
  /** Set when another writer may have given sequences since: the counter is read again before the next one. */
  private sequenceStale = true;
  /** Generations besides the live one whose sheets that read covers (a rebuilt one). */
  private readonly sequenceAlsoFrom = new Set<number>();
  /** The read under way, shared: two callers reading apart would give the same number. */
  private sequenceRead?: Promise<void>;

  constructor(
    private readonly readModels: ReadModelStore,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.readModels.register(VALUE_SHEETS, ValueSheetSchema);
    this.readModels.onGenerationPrepared((generation) => this.cached.delete(generation));
  }

  /** Of a generation the writer names, or the live one (feeds). */
  private sheets(generation?: number) {
    return this.readModels.model<ValueSheetDocument>(VALUE_SHEETS, generation ?? this.readModels.generation);
  }

  private cache(generation: number): Map<string, ValueSheet> {
    let cache = this.cached.get(generation);
    if (!cache) this.cached.set(generation, (cache = new Map()));
    return cache;
  }

  /** The sheets with these ids, new and empty where none is stored yet. */
  async load(wanted: SheetRef[], generation: number): Promise<ValueSheet[]> {
    const cache = this.cache(generation);
    const missing = wanted.filter((w) => !cache.has(w.id));
    if (missing.length > 0) {
      const found = new Map((await this.byIds(missing.map((w) => w.id), generation)).map((sheet) => [sheet.id, sheet]));
      for (const w of missing) {
        if (!cache.has(w.id)) cache.set(w.id, found.get(w.id) ?? ValueSheet.of(w));
      }
    }
    return wanted.map((w) => cache.get(w.id)!);
  }

  /** Lets the relay publish announcements the sheets of the live generation hold (a crash left them, or a rebuild wrote them). */
  registerOutbox(): void {
    this.relay.register(this.readModels.model<ValueSheetDocument>(VALUE_SHEETS).collection.collectionName);
  }

  /**
   * Stores the sheets with their announcements, a few to a write, each expecting the version it was
   * read at. A crash between two writes leaves a batch half stored, which the batch journal
   * completes. Written past mongoose: casting a sheet's ~2,600 tally entries costs mongoose about
   * 14 ms (2.4 s for a batch's 168 sheets, measured), on the path of every report.
   */
  async save(writes: SheetWrite[], generation: number): Promise<void> {
    const collection = this.sheets(generation).collection as unknown as Collection<ValueSheetDocument>;
    // A rebuild's announcements wait for its generation to be switched in (the writer registers it then):
    // thrown away with it if the switch is abandoned.
    const live = generation === this.readModels.generation;
    if (live && writes.some((w) => w.announcement)) this.relay.register(collection.collectionName);
    for (let from = 0; from < writes.length; from += SHEETS_PER_WRITE) {
      if (from > 0) failpoint('indicators.values.between-sheet-writes');
      const part = writes.slice(from, from + SHEETS_PER_WRITE);
      const inserts = part.filter((w) => w.sheet.version === 0).length;
      let result;
      try {
        result = await collection.bulkWrite(part.map(operationOf), { ordered: false });
      } catch (error) {
        if (error instanceof MongoBulkWriteError && error.code === 11000) throw new SheetWriteConflict(`a value sheet was created meanwhile: ${error.message}`);
        throw error;
      }
      if (result.insertedCount !== inserts || result.matchedCount !== part.length - inserts) {
        throw new SheetWriteConflict(`${part.length - result.insertedCount - result.matchedCount} of ${part.length} value sheets were written meanwhile by another writer`);
      }
      for (const { sheet } of part) sheet.version += 1;
    }
    if (live && writes.some((w) => w.announcement)) this.relay.nudge();
    this.trim(generation);
  }

  /** Drops the copies in memory of a generation: after a failed write they may be ahead of the stored ones. */
  forget(generation: number): void {
    this.cached.delete(generation);
  }

  /**
   * Reads the last change sequence again, before the next one is given: another writer may have
   * given some since, in the live generation or in the given ones (a rebuilt one).
   */
  resetSequence(generations: number[] = []): void {
    this.sequenceStale = true;
    for (const generation of generations) this.sequenceAlsoFrom.add(generation);
  }

  /** Change sequences: one counter for every generation, so a rebuilt sheet reads as changed. */
  async nextSequence(): Promise<number> {
    // A read under way is waited for even once it has cleared the stale mark: the counter is not read yet.
    while (this.sequenceStale || this.sequenceRead) await (this.sequenceRead ??= this.readSequence().finally(() => (this.sequenceRead = undefined)));
    return ++this.sequence;
  }

  private async readSequence(): Promise<void> {
    this.sequenceStale = false;
    const generations = new Set([this.readModels.generation, ...this.sequenceAlsoFrom]);
    this.sequenceAlsoFrom.clear();
    try {
      for (const generation of generations) {
        const last = await this.sheets(generation).findOne({}, { changeSequence: 1 }).sort({ changeSequence: -1 }).lean<Pick<ValueSheetDocument, 'changeSequence'>>();
        this.sequence = Math.max(this.sequence, last?.changeSequence ?? 0);
      }
    } catch (error) {
      this.resetSequence([...generations]);
      throw error;
    }
  }

  /** The sheets with these ids that are stored, in the order asked. */
  async byIds(ids: string[], generation?: number): Promise<ValueSheet[]> {
    const found = new Map((await this.sheets(generation).find({ _id: { $in: ids } }).lean<ValueSheetDocument[]>()).map((d) => [d._id, d]));
    return ids.flatMap((id) => (found.has(id) ? [toSheet(found.get(id)!)] : []));
  }

  /** A generation's sheets in id order, after a sheet id. */
  async page(generation: number, after: string | undefined, limit: number): Promise<ValueSheet[]> {
    const documents = await this.sheets(generation).find(after === undefined ? {} : { _id: { $gt: after } }).sort({ _id: 1 }).limit(limit).lean<ValueSheetDocument[]>();
    return documents.map(toSheet);
  }

  /** A project's sheets in id order, after (or from) a sheet id, optionally of one scope or period type. */
  async ofProject(
    filter: { projectId: string; scope?: string; periodType?: string; after?: { id: string; inclusive: boolean } },
    limit: number,
  ): Promise<ValueSheet[]> {
    const documents = await this.sheets()
      .find({
        projectId: filter.projectId,
        ...(filter.scope ? { scope: filter.scope } : {}),
        ...(filter.periodType ? { periodType: filter.periodType } : {}),
        ...(filter.after ? { _id: filter.after.inclusive ? { $gte: filter.after.id } : { $gt: filter.after.id } } : {}),
      })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<ValueSheetDocument[]>();
    return documents.map(toSheet);
  }

  /** Sheets changed after the change sequence, oldest change first; of some projects only, unless 'all'. */
  async changedSince(sequence: number, projectIds: string[] | 'all', limit: number): Promise<ValueSheet[]> {
    const documents = await this.sheets()
      .find({ changeSequence: { $gt: sequence }, ...(projectIds !== 'all' ? { projectId: { $in: projectIds } } : {}) })
      .sort({ changeSequence: 1 })
      .limit(limit)
      .lean<ValueSheetDocument[]>();
    return documents.map(toSheet);
  }

  /** Forgets replaced generations' sheets and the oldest ones beyond the limit. */
  private trim(written: number): void {
    for (const generation of this.cached.keys()) if (generation < this.readModels.generation) this.cached.delete(generation);
    const cache = this.cache(written);
    for (const id of cache.keys()) {
      if (cache.size <= CACHE_LIMIT) break;
      cache.delete(id);
    }
  }
}

function operationOf({ sheet, announcement }: SheetWrite): AnyBulkWriteOperation<ValueSheetDocument> {
  const fields = fieldsOf(sheet);
  if (sheet.version === 0) {
    return { insertOne: { document: { _id: sheet.id, ...fields, version: 1, pendingEvents: announcement ? [announcement] : [], hasPendingEvents: !!announcement } } };
  }
  return {
    updateOne: {
      filter: { _id: sheet.id, version: sheet.version },
      update: announcement
        ? { $set: { ...fields, version: sheet.version + 1, hasPendingEvents: true }, $push: { pendingEvents: announcement } }
        : { $set: { ...fields, version: sheet.version + 1 } },
    },
  };
}
