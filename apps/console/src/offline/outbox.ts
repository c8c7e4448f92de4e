import Dexie, { EntityTable } from 'dexie';
import type { Schema } from '@tributary/client';
import { api } from '../api';

export type BatchItem = Schema<'activities', 'BatchItem'>;
export type BatchItemResult = Schema<'activities', 'BatchItemResult'>;

/**
 * One report written on this device, kept in IndexedDB until the activities service has answered
 * for it, so closing the tab or losing the network loses nothing. `item.id` is the activity's id,
 * made here once: the batch endpoint applies an item with a known id once and answers the copy
 * `unchanged`, so sending again after a lost answer never creates a second activity.
 */
export interface OutboxEntry {
  id: string;
  item: BatchItem;
  title: string;
  queuedAt: string;
  state: 'waiting' | 'sent' | 'refused';
  result?: BatchItemResult;
  answeredAt?: string;
}

class ConsoleDatabase extends Dexie {
  outbox!: EntityTable<OutboxEntry, 'id'>;
  constructor() {
    super('tributary-console');
    this.version(1).stores({ outbox: 'id, state, queuedAt' });
  }
}

export const db = new ConsoleDatabase();

export async function enqueue(item: BatchItem): Promise<void> {
  await db.outbox.put({ id: item.id, item, title: item.plan.title, queuedAt: new Date().toISOString(), state: 'waiting' });
  void syncOutbox();
}

let running: Promise<number> | null = null;

/**
 * Sends every waiting item in one `POST /activities/batch` and records each item's answer.
 * One sync at a time (a second caller waits for the first), so an item is never in two requests of this tab.
 * Returns how many items were answered.
 */
export function syncOutbox(): Promise<number> {
  running ??= (async () => {
    if (!navigator.onLine) return 0;
    const waiting = await db.outbox.where('state').equals('waiting').sortBy('queuedAt');
    if (waiting.length === 0) return 0;
    const { data } = await api('activities').POST('/activities/batch', { body: { items: waiting.slice(0, 200).map((e) => e.item) } });
    // No answer (network gone again, service away): everything stays waiting for the next try.
    if (!data) return 0;
    const answeredAt = new Date().toISOString();
    await db.transaction('rw', db.outbox, async () => {
      for (const result of data) {
        const refused = result.outcome === 'conflict' || result.outcome === 'invalid';
        await db.outbox.update(result.id, { state: refused ? 'refused' : 'sent', result, answeredAt });
      }
    });
    window.dispatchEvent(new Event('tributary:synced'));
    return data.length;
  })()
    .catch(() => 0)
    .finally(() => (running = null));
  return running;
}

/** Syncs when the network comes back, when the console opens, and every 15 s while items wait. */
export function startSync(): () => void {
  const online = () => void syncOutbox();
  window.addEventListener('online', online);
  const timer = window.setInterval(online, 15000);
  void syncOutbox();
  return () => {
    window.removeEventListener('online', online);
    window.clearInterval(timer);
  };
}
