/** One page of a list ordered by id, and the cursor to the next page (null on the last). */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Turns `limit + 1` documents read after the cursor into a page: the extra document only says
 * that another page exists.
 */
export function cursorPage<D, T>(documents: D[], limit: number, toItem: (document: D) => T, idOf: (item: T) => string): CursorPage<T> {
  const items = documents.slice(0, limit).map(toItem);
  return { items, nextCursor: documents.length > limit && items.length ? idOf(items[items.length - 1]) : null };
}
