import { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import { documentKey, withDocumentLock } from '../outbox/document-locks';

/**
 * Applies a consumed event's effect to one read-model document unless that event was already
 * applied there, in one single-document write: the document lists the ids of the events applied
 * to it. Returns false for a repeat. Meant for documents that a bounded number of events touch
 * (one aggregate's projection); a counter fed by unbounded streams needs its own scheme.
 */
export async function applyOnce<T extends Document>(
  collection: Collection<T>,
  documentId: unknown,
  eventId: string,
  update: UpdateFilter<T>,
): Promise<boolean> {
  const u = update as Record<string, Record<string, unknown> | undefined>;
  try {
    const result = await withDocumentLock(documentKey(collection, documentId), () => collection.updateOne(
      { _id: documentId, appliedEvents: { $ne: eventId } } as Filter<T>,
      { ...update, $push: { ...(u.$push ?? {}), appliedEvents: eventId } } as unknown as UpdateFilter<T>,
      { upsert: true },
    ));
    return result.modifiedCount + result.upsertedCount > 0;
  } catch (error) {
    // The document exists and already lists the event: the upsert's insert hits the unique _id.
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}
