import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TraceHeaders } from '@tributary/platform';
import { Collection } from 'mongodb';
import { Model } from 'mongoose';
import { SheetChange, SheetRef } from '../domain/value-sheet';
import { JournalledChange, ValueJournalDocument, ValueJournalModel } from './value-journal.schema';
import { toCounts, toRecord } from './value-sheets.store';

/** A batch as the journal keeps it. */
export interface JournalEntry {
  id: string;
  generation: number;
  /** With, per sheet, the trace of the last event that changed it, which its announcement continues. */
  sheets: { sheet: SheetRef; changes: Map<string, SheetChange>; trace?: TraceHeaders }[];
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
  sheets: d.sheets.map(({ changes, trace, ...sheet }) => ({ sheet, changes: new Map(changes.map(fromChange)), ...(trace ? { trace } : {}) })),
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
      sheets: entry.sheets.map(({ sheet, changes, trace }) => ({
        id: sheet.id, projectId: sheet.projectId, scope: sheet.scope, period: sheet.period,
        changes: [...changes].map(([indicatorId, change]) => toChange(indicatorId, change)),
        ...(trace ? { trace } : {}),
      })),
      counted: [...entry.counted].map(([aggregateId, sequence]) => ({ aggregateId, sequence })),
    });
  }

  /** The oldest entries of the generation not yet applied to every sheet, in the order they were written. */
  async unapplied(generation: number, limit: number): Promise<JournalEntry[]> {
    // Only the oldest are read whole: a backlog must not make every pass read all of it.
    const documents = await this.collection().find({ applied: false, generation }).sort({ writtenAt: 1, _id: 1 }).limit(limit).toArray();
    return documents.map(toEntry);
  }

  /** Per aggregate, the highest sequence counted by entries of the generation that the sheets may not have yet. */
  async countedUnapplied(generation: number): Promise<Map<string, number>> {
    const documents = await this.collection().find({ applied: false, generation }, { projection: { counted: 1 } }).toArray();
    const highest = new Map<string, number>();
    for (const d of documents) {
      for (const c of d.counted) highest.set(c.aggregateId, Math.max(highest.get(c.aggregateId) ?? 0, c.sequence));
    }
    return highest;
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
