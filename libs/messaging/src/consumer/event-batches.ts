import { Injectable } from '@nestjs/common';

/**
 * Lets a projection gather the effect of many events and store it once per batch of messages:
 * the transport calls `flush` after the handlers of a batch ran and before the batch's offsets are
 * committed, inside the batch's work context (so a replay flushes into its own generation). A crash
 * before the flush re-delivers the batch, so what a projection stages must be idempotent too.
 */
@Injectable()
export class EventBatches {
  private readonly flushes: (() => Promise<void>)[] = [];

  onBatchHandled(flush: () => Promise<void>): void {
    this.flushes.push(flush);
  }

  async flush(): Promise<void> {
    for (const flush of this.flushes) await flush();
  }
}
