import { Injectable, OnModuleInit } from '@nestjs/common';
import { failpoint, ReadModelStore } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { Collection } from 'mongodb';
import { Tally, ValueSheet } from '../domain/value-sheet';
import { Counts, VALUE_SHEETS, ValueSheetDocument, ValueSheetSchema } from './value-sheet.schema';

const CACHE_LIMIT = 20_000;
const SHEETS_PER_WRITE = 8;

export const toRecord = ({ keys, counts }: Counts) => Object.fromEntries(keys.map((key, i) => [key, counts[i]]));
export const toCounts = (record: Record<string, number>): Counts => ({ keys: Object.keys(record), counts: Object.values(record) });

const toSheet = (d: ValueSheetDocument): ValueSheet =>
  new ValueSheet(
    d._id, d.projectId, d.scope, d.period, d.changeSequence,
    new Map(d.tallies.map((t): [string, Tally] => [t.indicatorId, { amounts: toRecord(t.amounts), distinct: toRecord(t.distinct) }])),
  );

const toDocument = (s: ValueSheet): ValueSheetDocument => ({
  _id: s.id, projectId: s.projectId, scope: s.scope, period: s.period, periodType: s.periodType, changeSequence: s.changeSequence,
  updatedAt: new Date().toISOString(),
  tallies: [...s.tallies].map(([indicatorId, tally]) => ({ indicatorId, amounts: toCounts(tally.amounts), distinct: toCounts(tally.distinct) })),
});

/**
 * The value sheets of the current read-model generation (or of the one a replay builds), with the
 * sheets the projection last wrote kept in memory: the projection is their only writer, so its copy
 * is the stored one and a report costs no read.
 */
@Injectable()
export class ValueSheets implements OnModuleInit {
  private readonly cached = new Map<number, Map<string, ValueSheet>>();
  private sequence?: number;

  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register(VALUE_SHEETS, ValueSheetSchema);
    this.readModels.onGenerationPrepared((generation) => this.cached.delete(generation));
  }

  private sheets() {
    return this.readModels.model<ValueSheetDocument>(VALUE_SHEETS);
  }

  private generation(): number {
    return RequestContext.current()?.readModelGeneration ?? this.readModels.generation;
  }

  private cache(): Map<string, ValueSheet> {
    const generation = this.generation();
    let cache = this.cached.get(generation);
    if (!cache) this.cached.set(generation, (cache = new Map()));
    return cache;
  }

  /** The sheets with these ids, new and empty where none is stored yet. */
  async load(wanted: { id: string; projectId: string; scope: string; period: string }[]): Promise<ValueSheet[]> {
    const cache = this.cache();
    const missing = wanted.filter((w) => !cache.has(w.id));
    if (missing.length > 0) {
      const found = new Map((await this.byIds(missing.map((w) => w.id))).map((sheet) => [sheet.id, sheet]));
      for (const w of missing) {
        if (!cache.has(w.id)) cache.set(w.id, found.get(w.id) ?? new ValueSheet(w.id, w.projectId, w.scope, w.period));
      }
    }
    return wanted.map((w) => cache.get(w.id)!);
  }

  /**
   * Stores the sheets, a few to a write. A crash between two writes leaves the batch half stored,
   * which the batch journal completes. Written past mongoose, as `toDocument` typed them: casting a
   * sheet's ~2,600 tally entries costs mongoose about 14 ms (2.4 s for a batch's 168 sheets,
   * measured), on the path of every report.
   */
  async save(sheets: ValueSheet[]): Promise<void> {
    for (let from = 0; from < sheets.length; from += SHEETS_PER_WRITE) {
      if (from > 0) failpoint('indicators.values.between-sheet-writes');
      await (this.sheets().collection as unknown as Collection<ValueSheetDocument>).bulkWrite(
        sheets.slice(from, from + SHEETS_PER_WRITE).map((sheet) => ({ replaceOne: { filter: { _id: sheet.id }, replacement: toDocument(sheet), upsert: true } })),
        { ordered: false },
      );
    }
    this.trim();
  }

  /** Drops the copies in memory of the current generation: after a failed write they may be ahead of the stored ones. */
  forget(): void {
    this.cached.delete(this.generation());
  }

  /** Change sequences: one counter for every generation, so a rebuilt sheet reads as changed. */
  async nextSequence(): Promise<number> {
    if (this.sequence === undefined) {
      const live = this.readModels.generation;
      const last = await RequestContext.run({ readModelGeneration: live }, () =>
        this.sheets().findOne({}, { changeSequence: 1 }).sort({ changeSequence: -1 }).lean<Pick<ValueSheetDocument, 'changeSequence'>>());
      this.sequence = Math.max(this.sequence ?? 0, last?.changeSequence ?? 0);
    }
    return ++this.sequence;
  }

  /** The sheets with these ids that are stored, in the order asked. */
  async byIds(ids: string[]): Promise<ValueSheet[]> {
    const found = new Map((await this.sheets().find({ _id: { $in: ids } }).lean<ValueSheetDocument[]>()).map((d) => [d._id, d]));
    return ids.flatMap((id) => (found.has(id) ? [toSheet(found.get(id)!)] : []));
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
  private trim(): void {
    for (const generation of this.cached.keys()) if (generation < this.readModels.generation) this.cached.delete(generation);
    const cache = this.cache();
    for (const id of cache.keys()) {
      if (cache.size <= CACHE_LIMIT) break;
      cache.delete(id);
    }
  }
}
