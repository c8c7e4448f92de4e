import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { EventEnvelope } from '@tributary/contracts';
import { OutboxRelay } from '@tributary/messaging';
import { Collection } from 'mongodb';
import { Model } from 'mongoose';
import { SheetChange } from '../domain/value-sheet';
import { JournalledChange, VALUE_JOURNAL, ValueJournalDocument, ValueJournalModel } from './value-journal.schema';
import { toCounts, toRecord } from './value-sheets.store';

/** A batch as the journal keeps it. */
export interface JournalEntry {
  id: string;
  generation: number;
  sequence: number;
  sheets: { id: string; projectId: string; scope: string; period: string; changeSequence: number; changes: Map<string, SheetChange> }[];
  /** Per aggregate, the highest sequence of the events the batch counted. */
  counted: Map<string, number>;
  announcements: EventEnvelope[];
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
  sequence: d.sequence,
  sheets: d.sheets.map((s) => ({ ...s, changes: new Map(s.changes.map(fromChange)) })),
  counted: new Map(d.counted.map((c) => [c.aggregateId, c.sequence])),
  announcements: d.pendingEvents,
});

/**
 * The batch journal of the value projection: a batch is stored here in one write before any of its
 * sheets, so that whatever fails while the sheets are written, the batch is completed from here
 * (all of it or, if this write failed, none of it). Its announcements leave through the outbox.
 */
@Injectable()
export class ValueJournal implements OnModuleInit {
  constructor(
    @InjectModel(ValueJournalModel.name) private readonly model: Model<ValueJournalDocument>,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.relay.register(VALUE_JOURNAL);
  }

  /** Written past mongoose, like the sheets: the changes can be as many as a sheet's tallies. */
  private collection(): Collection<ValueJournalDocument> {
    return this.model.collection as unknown as Collection<ValueJournalDocument>;
  }

  async write(entry: JournalEntry): Promise<void> {
    await this.collection().insertOne({
      _id: entry.id,
      generation: entry.generation,
      sequence: entry.sequence,
      applied: false,
      sheets: entry.sheets.map((s) => ({ ...s, changes: [...s.changes].map(([indicatorId, change]) => toChange(indicatorId, change)) })),
      counted: [...entry.counted].map(([aggregateId, sequence]) => ({ aggregateId, sequence })),
      pendingEvents: entry.announcements,
      hasPendingEvents: false,
    });
  }

  /** Marks the entry applied to every sheet, and hands its announcements to the relay. */
  async markApplied(entry: JournalEntry): Promise<void> {
    await this.collection().updateOne({ _id: entry.id }, { $set: { applied: true, hasPendingEvents: entry.announcements.length > 0 } });
    if (entry.announcements.length > 0) this.relay.nudge();
  }

  /** Entries of the generation not yet applied to every sheet, in the order they were written. */
  async unapplied(generation: number): Promise<JournalEntry[]> {
    const documents = await this.collection().find({ applied: false }).toArray();
    return documents.filter((d) => d.generation === generation).sort((a, b) => a.sequence - b.sequence).map(toEntry);
  }

  /** Removes the entries that are applied and announced. */
  async removeDone(): Promise<void> {
    await this.collection().deleteMany({ applied: true, hasPendingEvents: false });
  }
}
