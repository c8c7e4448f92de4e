import { EventEnvelope } from '@tributary/contracts';
import { Collection, Document, Filter, UpdateFilter } from 'mongodb';

/**
 * Fields an aggregate document carries for the outbox. The events a change causes are stored in
 * the same document as the change, in the same single-document write: the local server has no
 * multi-document transactions, and this way a crash loses both or neither.
 */
export interface OutboxFields {
  pendingEvents: EventEnvelope[];
  pendingCount: number;
}

export const emptyOutbox = (): OutboxFields => ({ pendingEvents: [], pendingCount: 0 });

/** Adds the events to an update so they are written atomically with it. */
export function withEvents<T extends Document>(update: UpdateFilter<T>, events: EventEnvelope[]): UpdateFilter<T> {
  const u = update as Record<string, Record<string, unknown> | undefined>;
  return {
    ...update,
    $push: { ...(u.$push ?? {}), pendingEvents: { $each: events } },
    $inc: { ...(u.$inc ?? {}), pendingCount: events.length },
  } as unknown as UpdateFilter<T>;
}

export interface OutboxWriter {
  /** Inserts a new aggregate with its first events. */
  insert<T extends Document>(collection: Collection<T>, document: T, events: EventEnvelope[]): Promise<void>;
  /**
   * Applies the update where the filter matches (put the expected version in it) together with
   * the events; returns the document after the change, or null if nothing matched.
   */
  update<T extends Document>(
    collection: Collection<T>,
    filter: Filter<T>,
    update: UpdateFilter<T>,
    events: EventEnvelope[],
  ): Promise<T | null>;
}
