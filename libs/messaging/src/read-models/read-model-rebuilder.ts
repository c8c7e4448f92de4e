import { Injectable, Logger } from '@nestjs/common';
import { EventCatalog } from '@tributary/contracts';
import { Inject } from '@nestjs/common';
import { EVENT_CATALOG } from '../events/event-catalog.provider';
import { EventBatches } from '../consumer/event-batches';
import { EventConsumers } from '../consumer/event-consumers';
import { UnprocessableEventError } from '../consumer/event-errors';
import { KafkaConnection } from '../kafka-connection';
import { failpoint } from '../failpoints';
import { OneAtATime } from './one-at-a-time';
import { ReadModelStore } from './read-model-store';

export interface RebuildReport {
  generation: number;
  eventsReplayed: number;
  durationMs: number;
}

type Offsets = Map<string, bigint>;
const CATCH_UP_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Rebuilds every read model of the service from the beginning of its topics while the service
 * keeps serving: a separate consumer group replays into a new generation; once it has caught up,
 * live consumption pauses (in every instance: see ReadModelStore), the replay reaches the end of
 * each partition, each read model finishes the new generation (ReadModelStore.onSwitchingIn), readers
 * switch to it and live consumption resumes (re-applying at most a few events, which handlers
 * ignore because they are idempotent).
 */
@Injectable()
export class ReadModelRebuilder {
  private readonly logger = new Logger('ReadModelRebuilder');
  private readonly runs = new OneAtATime(() => this.run());

  constructor(
    private readonly kafka: KafkaConnection,
    private readonly store: ReadModelStore,
    private readonly consumers: EventConsumers,
    private readonly batches: EventBatches,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
  ) {}

  /** Starts a rebuild, or joins the one already running. */
  rebuild(): Promise<RebuildReport> {
    return this.runs.join();
  }

  /**
   * A rebuild that begins after the call, for a change its replay must see (a new rule): one
   * under way may have replayed past events already, so this one comes after it.
   */
  rebuildAfterChange(): Promise<RebuildReport> {
    return this.runs.after();
  }

  private async run(): Promise<RebuildReport> {
    const transport = this.consumers.transport;
    if (!transport) throw new Error('this service consumes no events, so it has no read model to rebuild');
    const started = Date.now();
    const generation = this.store.generation + 1;
    const topics = transport.subscribedTopics();
    const consumed: Offsets = new Map();
    let eventsReplayed = 0;
    let failure: Error | undefined;

    await this.store.prepareGeneration(generation);
    const replayGroup = this.kafka.topic(`${this.consumers.options!.groupId}.replay.${generation}.${started}`);
    let target = await this.endOffsets(topics);
    const replay = await transport.startConsumer(replayGroup, topics, async (topic, partition, message) => {
      let event;
      try {
        event = this.catalog.validate(JSON.parse(String(message.value)));
      } catch (error) {
        // The live consumer dead-lettered what cannot be read; the replay skips it the same way.
        this.logger.warn(`replay skipped ${topic}/${partition}@${message.offset}: ${(error as Error).message}`);
      }
      if (event) {
        try {
          await transport.dispatch(event, topic, partition, message.offset, generation);
          eventsReplayed++;
        } catch (error) {
          if (!(error instanceof UnprocessableEventError)) {
            failure ??= error as Error; // any other failure aborts the rebuild: the live model stays
            throw error;
          }
        }
      }
    }, { flushEachBatch: false, committed: (topic, partition, next) => consumed.set(`${topic}:${partition}`, next) });
    let stopped = false;
    try {
      await this.until(() => this.reached(consumed, target), () => failure);
      transport.pause();
      // Other instances hold their next live batch from here; whatever they took before is below the target.
      await this.store.beginSwitch(generation);
      failpoint('read-models.switch-begun');
      let switched = false;
      try {
        target = await this.endOffsets(topics);
        await this.until(() => this.reached(consumed, target), () => failure);
        // Stopped first, so that everything staged is stored by the one flush.
        await replay.disconnect();
        stopped = true;
        await this.batches.flush(generation);
        await this.store.finishGeneration(generation);
        await this.store.activate(generation);
        switched = true;
      } finally {
        if (!switched) await this.store.abandonSwitch(generation).catch(() => undefined);
        transport.resume();
      }
    } finally {
      if (!stopped) await replay.disconnect();
      await (await this.kafka.admin()).deleteGroups([replayGroup]).catch(() => undefined);
    }
    const report = { generation, eventsReplayed, durationMs: Date.now() - started };
    this.logger.log(`read models rebuilt: ${JSON.stringify(report)}`);
    return report;
  }

  private async endOffsets(topics: string[]): Promise<Offsets> {
    const admin = await this.kafka.admin();
    const ends: Offsets = new Map();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(p.high) > BigInt(p.low)) ends.set(`${topic}:${p.partition}`, BigInt(p.high));
      }
    }
    return ends;
  }

  private reached(consumed: Offsets, target: Offsets): boolean {
    for (const [key, end] of target) if ((consumed.get(key) ?? 0n) < end) return false;
    return true;
  }

  private async until(condition: () => boolean, failed: () => Error | undefined = () => undefined): Promise<void> {
    const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
    while (!condition()) {
      const error = failed();
      if (error) throw new Error(`rebuild aborted, live read models unchanged: ${error.message}`);
      if (Date.now() > deadline) throw new Error('replay did not catch up in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
