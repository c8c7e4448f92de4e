import { ModelDefinition } from '@nestjs/mongoose';
import { documentSchema, partSchema } from '@tributary/platform';
import { Counts } from './value-sheet.schema';

/** One indicator's change in a journalled sheet: amounts to add, or a tally that replaced it. */
export interface JournalledChange {
  indicatorId: string;
  kind: 'add' | 'replace';
  amounts: Counts;
  distinct: Counts;
}

/** Where a journalled part counts. */
export interface JournalledSheet {
  id: string;
  projectId: string;
  scope: string;
  period: string;
}

/** What some events of a batch do alike to some sheets. */
export interface JournalledPart {
  sheets: JournalledSheet[];
  changes: JournalledChange[];
  /** The trace of the last event of the batch that changed the sheet (W3C headers). */
  trace?: { traceparent: string; tracestate?: string };
}

/**
 * One batch of value events, stored in one write: its changes to the sheets it counts in, in parts
 * of sheets changed alike, and the highest sequence it counted per report (or other aggregate). This write is the batch's effect:
 * once it is stored the batch's offsets may be committed, and the sheet writer applies it to the
 * sheets later, whichever instance consumed it.
 */
export interface ValueJournalDocument {
  _id: string;
  generation: number;
  /** When it was written (ms): entries are applied in this order. */
  writtenAt: number;
  applied: boolean;
  parts: JournalledPart[];
  /** Entries journalled before parts (one per sheet): read while a backlog of them may be left. */
  sheets?: (JournalledSheet & { changes: JournalledChange[] })[];
  counted: { aggregateId: string; sequence: number }[];
}

const CountsSchema = partSchema({ keys: [String], counts: [Number] });
const ChangeSchema = partSchema({ indicatorId: String, kind: String, amounts: CountsSchema, distinct: CountsSchema });

export const VALUE_JOURNAL = 'indicator_value_journal';
export const ValueJournalSchema = documentSchema<ValueJournalDocument>({
  generation: Number,
  writtenAt: Number,
  applied: Boolean,
  parts: [partSchema({
    sheets: [partSchema({ id: String, projectId: String, scope: String, period: String })],
    changes: [ChangeSchema],
    trace: partSchema({ traceparent: String, tracestate: String }),
  })],
  sheets: { type: [partSchema({ id: String, projectId: String, scope: String, period: String, changes: [ChangeSchema] })], default: undefined },
  counted: [partSchema({ aggregateId: String, sequence: Number })],
}).index({ applied: 1 });

export const ValueJournalModel: ModelDefinition = { name: 'ValueJournal', collection: VALUE_JOURNAL, schema: ValueJournalSchema };
