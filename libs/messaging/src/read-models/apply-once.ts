import { Model, UpdateQuery } from 'mongoose';

/** The ids of the events applied to a read-model document that `applyOnce` writes. */
export interface AppliedEvents {
  _id: string;
  appliedEvents?: string[];
}

/** What a schema of a document `applyOnce` writes declares besides its own fields. */
export const APPLIED_EVENTS = { appliedEvents: { type: [String], default: undefined } };

/**
 * Applies a consumed event's effect to one read-model document unless that event was already
 * applied there, in one single-document write: the document lists the ids of the events applied
 * to it. Returns false for a repeat. Meant for documents that a bounded number of events touch
 * (one aggregate's projection); a counter fed by unbounded streams needs its own scheme.
 */
export async function applyOnce<T extends AppliedEvents>(model: Model<T>, documentId: string, eventId: string, update: UpdateQuery<T>): Promise<boolean> {
  const u = update as Record<string, Record<string, unknown> | undefined>;
  const write = () =>
    model.updateOne(
      { _id: documentId, appliedEvents: { $ne: eventId } },
      { ...update, $push: { ...(u.$push ?? {}), appliedEvents: eventId } } as UpdateQuery<T>,
      { upsert: true },
    );
  const applied = (result: { modifiedCount: number; upsertedCount: number }) => result.modifiedCount + result.upsertedCount > 0;
  const duplicate = (error: unknown) => (error as { code?: number }).code === 11000;
  try {
    return applied(await write());
  } catch (error) {
    if (!duplicate(error)) throw error;
  }
  // The upsert's insert hit the unique _id: the document was inserted at the same moment for
  // another event, or it lists this one already. Once more against the stored document tells.
  try {
    return applied(await write());
  } catch (error) {
    if (duplicate(error)) return false;
    throw error;
  }
}
