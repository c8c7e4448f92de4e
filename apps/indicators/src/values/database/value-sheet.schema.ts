import { documentSchema, partSchema } from '@tributary/platform';

/** A count under a key that may hold any character (disaggregation keys, P-codes, organisation ids). */
export interface Entry {
  key: string;
  value: number;
}

export interface ValueSheetDocument {
  _id: string;
  projectId: string;
  scope: string;
  period: string;
  periodType: string;
  changeSequence: number;
  updatedAt: string;
  /** Last applied position per stream (topic partition). */
  positions: { stream: string; position: string }[];
  tallies: { indicatorId: string; amounts: Entry[]; distinct: Entry[] }[];
}

const EntrySchema = partSchema({ key: String, value: Number });

/**
 * Value sheets, listed by project and by change sequence (the change feed). Keys are values, not
 * field names, since stream names and disaggregation keys may contain dots.
 */
export const VALUE_SHEETS = 'indicator_values';
export const ValueSheetSchema = documentSchema<ValueSheetDocument>({
  projectId: String,
  scope: String,
  period: String,
  periodType: String,
  changeSequence: Number,
  updatedAt: String,
  positions: [partSchema({ stream: String, position: String })],
  tallies: [partSchema({ indicatorId: String, amounts: [EntrySchema], distinct: [EntrySchema] })],
})
  .index({ projectId: 1 })
  .index({ changeSequence: 1 });
