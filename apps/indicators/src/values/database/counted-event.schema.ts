import { documentSchema } from '@tributary/platform';

/**
 * Per aggregate (a report's activity, a manual value), the highest event sequence counted in the
 * values: an event at or below it is a repeat, however late it comes back.
 */
export interface CountedEventDocument {
  _id: string;
  sequence: number;
}

export const COUNTED_EVENTS = 'indicator_counted_events';
export const CountedEventSchema = documentSchema<CountedEventDocument>({ sequence: Number });
