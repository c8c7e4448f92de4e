import { ModelDefinition } from '@nestjs/mongoose';
import { EventEnvelope } from '@tributary/contracts';
import { documentSchema, partSchema } from '@tributary/platform';
import { Schema } from 'mongoose';
import { Counts } from './value-sheet.schema';

/** One indicator's change in a journalled sheet: amounts to add, or a tally that replaced it. */
export interface JournalledChange {
  indicatorId: string;
  kind: 'add' | 'replace';
  amounts: Counts;
  distinct: Counts;
}

/** What a batch does to one sheet, and the change sequence the sheet has once it is done. */
export interface JournalledSheet {
  id: string;
  projectId: string;
  scope: string;
  period: string;
  changeSequence: number;
  changes: JournalledChange[];
}

/**
 * One batch of value events, stored in one write before any sheet is: its changes to every sheet,
 * the highest sequence it counted per report (or other aggregate), and its value-change
 * announcements, which the outbox relay publishes once the batch is applied (`hasPendingEvents` is
 * set then, not before, so nobody hears of a value the feeds do not show yet).
 */
export interface ValueJournalDocument {
  _id: string;
  generation: number;
  /** The highest change sequence of the batch: unapplied entries are applied in this order. */
  sequence: number;
  applied: boolean;
  sheets: JournalledSheet[];
  counted: { aggregateId: string; sequence: number }[];
  pendingEvents: EventEnvelope[];
  hasPendingEvents: boolean;
}

const CountsSchema = partSchema({ keys: [String], counts: [Number] });

export const VALUE_JOURNAL = 'indicator_value_journal';
export const ValueJournalSchema = documentSchema<ValueJournalDocument>({
  generation: Number,
  sequence: Number,
  applied: Boolean,
  sheets: [partSchema({
    id: String, projectId: String, scope: String, period: String, changeSequence: Number,
    changes: [partSchema({ indicatorId: String, kind: String, amounts: CountsSchema, distinct: CountsSchema })],
  })],
  counted: [partSchema({ aggregateId: String, sequence: Number })],
  pendingEvents: [Schema.Types.Mixed],
  hasPendingEvents: Boolean,
})
  .index({ applied: 1 })
  .index({ hasPendingEvents: 1 });

export const ValueJournalModel: ModelDefinition = { name: 'ValueJournal', collection: VALUE_JOURNAL, schema: ValueJournalSchema };
