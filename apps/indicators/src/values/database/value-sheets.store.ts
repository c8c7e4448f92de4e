import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReadModelStore } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Binary, Filter } from 'mongodb';
import { Tally, ValueSheet } from '../domain/value-sheet';

/**
 * How a sheet is stored. The tallies travel as one compressed JSON value: the MongoDB-wire server
 * we run locally spends its time per field and per byte (a sheet of 50 indicators has hundreds of
 * fields and 20 kB of repetitive keys), while the feed only ever needs the whole sheet.
 */
export interface ValueSheetDocument {
  _id: string;
  projectId: string;
  scope: string;
  period: string;
  periodType: string;
  changeSequence: number;
  updatedAt: string;
  /** Last applied position per stream; stream names contain dots, so they are not field names. */
  positions: { stream: string; position: string }[];
  tallies: Binary;
}

const WRITE_CHUNK = 50; // the local server stalls on bulk writes of more than about a hundred updates
const CACHE_LIMIT = 20_000;

export const toSheet = (d: ValueSheetDocument): ValueSheet =>
  new ValueSheet(
    d._id, d.projectId, d.scope, d.period, d.changeSequence,
    new Map(Object.entries(JSON.parse(inflateRawSync(d.tallies.buffer).toString('utf8')) as Record<string, Tally>)),
    new Map(d.positions.map(({ stream, position }) => [stream, BigInt(position)])),
  );

const toDocument = (s: ValueSheet): ValueSheetDocument => ({
  _id: s.id, projectId: s.projectId, scope: s.scope, period: s.period, periodType: s.periodType, changeSequence: s.changeSequence,
  updatedAt: new Date().toISOString(),
  positions: [...s.positions].map(([stream, position]) => ({ stream, position: position.toString() })),
  tallies: new Binary(deflateRawSync(JSON.stringify(Object.fromEntries(s.tallies)))),
});

/**
 * The value sheets of the current read-model generation (or of the one a replay builds), with the
 * sheets the projection last wrote kept in memory: the projection is their only writer, so its copy
 * is the stored one and a report costs no read.
 */
@Injectable()
export class ValueSheets implements OnModuleInit {
  private readonly cached = new Map<number, Map<string, ValueSheet>>();
  /** Sheets known to be stored: the others are inserted, because the local server scans the collection to update. */
  private readonly stored = new WeakSet<ValueSheet>();
  private sequence?: number;

  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register('indicator_values', [{ key: { changeSequence: 1 } }, { key: { projectId: 1 } }]);
    this.readModels.onGenerationPrepared((generation) => this.cached.delete(generation));
  }

  collection() {
    return this.readModels.collection<ValueSheetDocument>('indicator_values');
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
    // By _id one at a time: the local server scans the collection for an $in.
    const found = await Promise.all(missing.map((w) => this.collection().findOne({ _id: w.id })));
    missing.forEach((w, i) => {
      const document = found[i];
      if (cache.has(w.id)) return;
      const sheet = document ? toSheet(document) : new ValueSheet(w.id, w.projectId, w.scope, w.period);
      if (document) this.stored.add(sheet);
      cache.set(w.id, sheet);
    });
    return wanted.map((w) => cache.get(w.id)!);
  }

  /** Stores the sheets, each in one write with its positions; if that fails the memory copies go too. */
  async save(sheets: ValueSheet[]): Promise<void> {
    try {
      const fresh = sheets.filter((s) => !this.stored.has(s));
      for (let i = 0; i < fresh.length; i += WRITE_CHUNK) await this.collection().insertMany(fresh.slice(i, i + WRITE_CHUNK).map(toDocument), { ordered: false });
      const known = sheets.filter((s) => this.stored.has(s));
      for (let i = 0; i < known.length; i += WRITE_CHUNK) {
        const chunk = known.slice(i, i + WRITE_CHUNK);
        await this.collection().bulkWrite(chunk.map((s) => ({ replaceOne: { filter: { _id: s.id }, replacement: toDocument(s) } })), { ordered: false });
      }
      for (const sheet of fresh) this.stored.add(sheet);
    } catch (error) {
      const cache = this.cache();
      for (const sheet of sheets) cache.delete(sheet.id);
      throw error;
    }
    this.trim();
  }

  /** Change sequences: one counter for every generation, so a rebuilt sheet reads as changed. */
  async nextSequence(): Promise<number> {
    if (this.sequence === undefined) {
      const live = this.readModels.generation;
      const [last] = await RequestContext.run({ readModelGeneration: live }, () =>
        this.collection().find({}, { projection: { changeSequence: 1 } }).sort({ changeSequence: -1 }).limit(1).toArray());
      this.sequence = Math.max(this.sequence ?? 0, last?.changeSequence ?? 0);
    }
    return ++this.sequence;
  }

  async find(filter: Filter<ValueSheetDocument>, sort: 'id' | 'change', limit: number): Promise<ValueSheet[]> {
    const documents = await this.collection().find(filter).sort(sort === 'id' ? { _id: 1 } : { changeSequence: 1 }).limit(limit).toArray();
    return documents.map(toSheet);
  }

  async byIds(ids: string[]): Promise<ValueSheet[]> {
    const documents = await Promise.all(ids.map((id) => this.collection().findOne({ _id: id })));
    return documents.filter((d): d is ValueSheetDocument => d !== null).map(toSheet);
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
