const tails = new Map<string, Promise<void>>();

/**
 * Runs `work` once every earlier work on the same document in this process has finished.
 *
 * Why: FerretDB v1 over SQLite applies an update as read, modify, write without isolating
 * concurrent updates of one document, so two of them at once lose one (measured: 200 concurrent
 * `$inc` on one document left 28; of three concurrent conditional updates two won). MongoDB
 * does not need this, but it costs little there. Every write that reads-and-modifies a document
 * the outbox or a read model shares goes through here; writers in other processes are not
 * covered, which is why one relay holds a lease and each read model has one consumer group.
 */
export async function withDocumentLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  try {
    return await work();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}

export const documentKey = (collection: { dbName: string; collectionName: string }, id: unknown) =>
  `${collection.dbName}.${collection.collectionName}:${String(id)}`;
