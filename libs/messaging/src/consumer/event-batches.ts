import { Injectable } from '@nestjs/common';
import { KafkaMessage } from 'kafkajs';

/** Which aggregate an event of a batch is about, and its place in that aggregate's history. */
export interface BatchEvent {
  subject: string;
  sequence: number;
}

/**
 * Lets a projection gather the effect of many events and store it once per batch of messages:
 * the transport calls `flush` after the handlers of a batch ran and before the batch's offsets are
 * committed (a replay flushes once, naming the generation it builds; live work names none). A
 * crash before the flush re-delivers the batch, so what a projection stages must be idempotent too.
 * `received` comes first, with what a live batch is about, so a projection can read what it needs
 * for the whole batch in one query rather than one per event. `assigned` tells that the live
 * consumer was given its partitions (at start and after every rebalance): events another instance
 * took until then may come here from now on.
 */
@Injectable()
export class EventBatches {
  private readonly flushes: ((generation?: number) => Promise<void>)[] = [];
  private readonly arrivals: ((events: BatchEvent[]) => Promise<void>)[] = [];
  private readonly assignments: (() => void)[] = [];

  onBatchReceived(listener: (events: BatchEvent[]) => Promise<void>): void {
    this.arrivals.push(listener);
  }

  onBatchHandled(flush: (generation?: number) => Promise<void>): void {
    this.flushes.push(flush);
  }

  onPartitionsAssigned(listener: () => void): void {
    this.assignments.push(listener);
  }

  /** Unreadable messages are left out: the transport dead-letters them. */
  async received(messages: KafkaMessage[]): Promise<void> {
    if (this.arrivals.length === 0) return;
    const events = messages.flatMap((message): BatchEvent[] => {
      try {
        const { subject, sequence } = JSON.parse(String(message.value)) as Partial<BatchEvent>;
        return typeof subject === 'string' && typeof sequence === 'number' ? [{ subject, sequence }] : [];
      } catch {
        return [];
      }
    });
    for (const listener of this.arrivals) await listener(events);
  }

  /** Stores what the batch staged: in the live generation, or in the one a replay builds. */
  async flush(generation?: number): Promise<void> {
    for (const flush of this.flushes) await flush(generation);
  }

  assigned(): void {
    for (const listener of this.assignments) listener();
  }
}
