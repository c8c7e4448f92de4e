import { EventEnvelope } from '@tributary/contracts';
import { currentTrace, documentSchema, TraceHeaders } from '@tributary/platform';
import { Model, Schema, SchemaDefinition, UpdateQuery } from 'mongoose';

/**
 * Fields an aggregate document carries for the outbox. The events a change causes are stored in
 * the same document as the change, in the same single-document write: there are no multi-document
 * transactions to rely on, and this way a crash loses both or neither.
 */
export interface OutboxFields {
  pendingEvents: PendingEvent[];
  /** Indexed, for the relay: a filter by equality is one that every server answers from its index. */
  hasPendingEvents: boolean;
}

/**
 * An event waiting in the outbox: the envelope as it will be published, and the trace of the work
 * that caused it, which the relay sends as the message's `traceparent`, so that the event's
 * consumers join that trace however much later it is published.
 */
export type PendingEvent = EventEnvelope & { trace?: TraceHeaders };

/** The event to store in the outbox with the trace it continues (usually `currentTrace()`, the work running now). */
export function pendingEvent(event: EventEnvelope, trace: TraceHeaders | undefined): PendingEvent {
  return trace ? { ...event, trace } : event;
}

/** A stored aggregate: its state under a string `_id`, with the events not yet published. */
export type AggregateDocument = { _id: string; version: number } & OutboxFields;

/**
 * The schema of an aggregate's collection: the state's fields, its version, and the outbox with
 * the index the relay finds pending events by.
 */
export function aggregateSchema(definition: SchemaDefinition): Schema {
  return documentSchema({
    version: { type: Number, required: true },
    ...definition,
    pendingEvents: [Schema.Types.Mixed],
    hasPendingEvents: { type: Boolean, required: true },
  }).index({ hasPendingEvents: 1 });
}

/** Adds the events to an update so they are written atomically with it. */
export function withEvents<T>(update: UpdateQuery<T>, events: EventEnvelope[]): UpdateQuery<T> {
  const u = update as Record<string, Record<string, unknown> | undefined>;
  return {
    ...update,
    $push: { ...(u.$push ?? {}), pendingEvents: { $each: events.map((event) => pendingEvent(event, currentTrace())) } },
    $set: { ...(u.$set ?? {}), hasPendingEvents: true },
  } as UpdateQuery<T>;
}

export interface OutboxWriter {
  /** Inserts a new aggregate with its first events. */
  insert<T extends AggregateDocument>(model: Model<T>, document: Omit<T, keyof OutboxFields>, events: EventEnvelope[]): Promise<void>;
  /**
   * Applies the update where the filter matches (put the expected version in it) together with
   * the events; returns the document after the change, or null if nothing matched.
   */
  update<T extends AggregateDocument>(model: Model<T>, filter: { _id: string; version: number }, update: UpdateQuery<T>, events: EventEnvelope[]): Promise<T | null>;
}
