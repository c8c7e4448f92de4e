import { PendingEvent } from '@tributary/messaging';
import { documentSchema, partSchema } from '@tributary/platform';
import { Schema } from 'mongoose';

/**
 * Counts under keys that may hold any character (disaggregation keys, P-codes, organisation ids),
 * as two arrays of one length: the i-th count is under the i-th key. One array of {key, value}
 * parts took the local server twice as long to read (2,600 parts a sheet, eight sheets a page).
 */
export interface Counts {
  keys: string[];
  counts: number[];
}

export interface ValueSheetDocument {
  _id: string;
  projectId: string;
  scope: string;
  period: string;
  periodType: string;
  changeSequence: number;
  updatedAt: string;
  tallies: { indicatorId: string; amounts: Counts; distinct: Counts }[];
  version: number;
  /** Journalled batches written into the sheet that the journal may not yet know are applied. */
  appliedBatches: string[];
  /** The sheet's value-change announcements, written with the values they announce (an outbox). */
  pendingEvents: PendingEvent[];
  hasPendingEvents: boolean;
}

const CountsSchema = partSchema({ keys: [String], counts: [Number] });

/**
 * Value sheets, listed by project and by change sequence (the change feed), and by pending
 * announcements (the outbox relay). Keys are values, not
 * field names, since disaggregation keys may contain dots.
 */
export const VALUE_SHEETS = 'indicator_values';
export const ValueSheetSchema = documentSchema<ValueSheetDocument>({
  projectId: String,
  scope: String,
  period: String,
  periodType: String,
  changeSequence: Number,
  updatedAt: String,
  tallies: [partSchema({ indicatorId: String, amounts: CountsSchema, distinct: CountsSchema })],
  version: Number,
  appliedBatches: [String],
  pendingEvents: [Schema.Types.Mixed],
  hasPendingEvents: Boolean,
})
  .index({ projectId: 1 })
  .index({ changeSequence: 1 })
  .index({ hasPendingEvents: 1 });
