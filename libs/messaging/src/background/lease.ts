import { randomUUID } from 'node:crypto';
import { Db } from 'mongodb';

/**
 * A named lease in the store, held by one process at a time and renewed while it works: how one
 * instance among several becomes the only one doing a job (publishing the outbox, writing value
 * sheets). It is about efficiency, not safety: whoever holds it must still write as if another
 * holder might overlap (a process paused past its lease), with version-checked or idempotent writes.
 */
export class Lease {
  private until = 0;
  private readonly holder = randomUUID();
  private onAcquired?: () => void;

  constructor(
    private readonly db: () => Db,
    private readonly name: string,
    private readonly durationMs = 5000,
  ) {}

  /** Called each time the lease is taken after not being held: copies kept in memory may be stale then. */
  whenAcquired(listener: () => void): void {
    this.onAcquired = listener;
  }

  /** Whether this process holds the lease, renewing it when half of it has run out. */
  async held(): Promise<boolean> {
    const now = Date.now();
    if (this.until - now > this.durationMs / 2) return true;
    const before = this.until > now;
    try {
      const lease = await this.db()
        .collection<{ _id: string; holder: string; expiresAt: number }>('leases')
        .findOneAndUpdate(
          { _id: this.name, $or: [{ holder: this.holder }, { expiresAt: { $lt: now } }] },
          { $set: { holder: this.holder, expiresAt: now + this.durationMs } },
          { upsert: true, returnDocument: 'after' },
        );
      this.until = lease?.holder === this.holder ? now + this.durationMs : 0;
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      this.until = 0; // another process holds it
    }
    const nowHeld = this.until > now;
    if (nowHeld && !before) this.onAcquired?.();
    return nowHeld;
  }

  /** Gives the lease up before it runs out, so that another process need not wait for it. */
  async release(): Promise<void> {
    this.until = 0;
    await this.db().collection<{ _id: string; holder: string }>('leases').deleteOne({ _id: this.name, holder: this.holder });
  }
}
