import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TraceHeaders } from '@tributary/platform';
import { Collection } from 'mongodb';
import { Model } from 'mongoose';
import { BatchPart, SheetChange } from '../domain/value-sheet';
import { JournalledChange, ValueJournalDocument, ValueJournalModel } from './value-journal.schema';
import { toCounts, toRecord } from './value-sheets.store';

/** A part of a batch with the trace of the last event that changed its sheets, which their announcements continue. */
export type TracedPart = BatchPart & { trace?: TraceHeaders };

/** A batch as the journal keeps it. */
export interface JournalEntry {
  id: string;
  generation: number;
  /** What it does to the sheets, in order. */
  parts: TracedPart[];
  /** Per aggregate, the highest sequence of the events the batch counted. */
  counted: Map<string, number>;
  /** When it was journalled (ms), once read back from the journal. */
  writtenAt?: number;
}

const toChange = (indicatorId: string, change: SheetChange): JournalledChange => {
  const tally = 'add' in change ? change.add : change.replace;
  return { indicatorId, kind: 'add' in change ? 'add' : 'replace', amounts: toCounts(tally.amounts), distinct: toCounts(tally.distinct) };
};

const fromChange = (c: JournalledChange): [string, SheetChange] => {
  const tally = { amounts: toRecord(c.amounts), distinct: toRecord(c.distinct) };
  return [c.indicatorId, c.kind === 'add' ? { add: tally } : { replace: tally }];
};

const toEntry = (d: ValueJournalDocument): JournalEntry => ({
  id: d._id,
  generation: d.generation,
  parts: (d.parts ?? d.sheets?.map(({ changes, ...sheet }) => ({ sheets: [sheet], changes })) ?? []).map(({ sheets, changes, trace }) => ({ sheets, changes: new Map(changes.map(fromChange)), ...(trace ? { trace } : {}) })),
  counted: new Map(d.counted.map((c) => [c.aggregateId, c.sequence])),
  writtenAt: d.writtenAt,
});

/**
 * The batch journal of the value projection. A batch is stored here in one write, which is what
 * counting it means: the sheets get it afterwards from here (all of it, whatever fails while they
 * are written), and its events are recognised as counted from here until they are.
 */
@Injectable()
export class ValueJournal {
  constructor(@InjectModel(ValueJournalModel.name) private readonly model: Model<ValueJournalDocument>) {}

  /** Written past mongoose, like the sheets: the changes can be as many as a sheet's tallies. */
  private collection(): Collection<ValueJournalDocument> {
    return this.model.collection as unknown as Collection<ValueJournalDocument>;
  }

  async write(entry: JournalEntry): Promise<void> {
    await this.collection().insertOne({
      _id: entry.id,
      generation: entry.generation,
      writtenAt: Date.now(),
      applied: false,
      parts: entry.parts.map(({ sheets, changes, trace }) => ({
        sheets: sheets.map(({ id, projectId, scope, period }) => ({ id, projectId, scope, period })),
        changes: [...changes].map(([indicatorId, change]) => toChange(indicatorId, change)),
        ...(trace ? { trace } : {}),
      })),
      counted: [...entry.counted].map(([aggregateId, sequence]) => ({ aggregateId, sequence })),
    });
  }

  /**
   * The oldest entries of the generation not yet applied to every sheet, in the order they were
   * written. Entries this process journalled and still holds (`known`) are not read again: a batch's
   * changes are as large as the sheets it counts in, and reading them back cost as much as writing.
   */
  async unapplied(generation: number, limit: number, known: Map<string, JournalEntry>): Promise<JournalEntry[]> {
    // Only the oldest are read: a backlog must not make every pass read all of it.
    const oldest = await this.collection().find({ applied: false, generation }, { projection: { _id: 1, writtenAt: 1 } }).sort({ writtenAt: 1, _id: 1 }).limit(limit).toArray();
    const missing = oldest.filter((d) => !known.has(d._id)).map((d) => d._id);
    const read = new Map(missing.length === 0 ? [] : (await this.collection().find({ _id: { $in: missing } }).toArray()).map((d) => [d._id, toEntry(d)]));
    return oldest.flatMap((d) => {
      const entry = known.get(d._id) ?? read.get(d._id);
      return entry ? [{ ...entry, writtenAt: d.writtenAt }] : []; // removed meanwhile: applied
    });
  }

  /** What the entries of the generation that the sheets may not have yet counted, per entry: the highest sequence per aggregate. */
  async countedUnapplied(generation: number): Promise<{ batchId: string; counted: Map<string, number> }[]> {
    const documents = await this.collection().find({ applied: false, generation }, { projection: { counted: 1 } }).toArray();
    return documents.map((d) => ({ batchId: d._id, counted: new Map(d.counted.map((c) => [c.aggregateId, c.sequence])) }));
  }

  /** Of these entries, those not marked applied yet (an entry removed was applied). */
  async stillUnapplied(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const documents = await this.collection().find({ _id: { $in: ids }, applied: false }, { projection: { _id: 1 } }).toArray();
    return new Set(documents.map((d) => d._id));
  }

  async markApplied(ids: string[]): Promise<void> {
    await this.collection().updateMany({ _id: { $in: ids } }, { $set: { applied: true } });
  }

  /** Removes applied entries, and those of generations a rebuild replaced (the replay counted their events). */
  async removeDone(liveGeneration: number): Promise<void> {
    await this.collection().deleteMany({ $or: [{ applied: true }, { generation: { $lt: liveGeneration } }] });
  }
}
