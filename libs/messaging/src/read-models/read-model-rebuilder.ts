import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { EventCatalog } from '@tributary/contracts';
import { Connection } from 'mongoose';
import { Lease } from '../background/lease';
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
/** The last catch-up, while every instance holds its live events: only what came since the first. */
const SWITCH_CATCH_UP_TIMEOUT_MS = 60_000;
/** Renewed while a rebuild runs; one whose process died frees it this long after. */
const REBUILD_LEASE_MS = 30_000;
/** How often an instance whose rebuild waits looks whether another's has ended. */
const LEASE_POLL_MS = 1000;

/**
 * Rebuilds every read model of the service from the beginning of its topics while the service
 * keeps serving: a separate consumer group replays into a new generation; once it has caught up,
 * live consumption pauses (in every instance: see ReadModelStore), the replay reaches the end of
 * each partition, each read model finishes the new generation (ReadModelStore.onSwitchingIn), readers
 * switch to it and live consumption resumes (re-applying at most a few events, which handlers
 * ignore because they are idempotent). One instance rebuilds at a time, by lease: two would
 * prepare the same generation, each emptying the other's collections and replaying into them.
 */
@Injectable()
export class ReadModelRebuilder {
  private readonly logger = new Logger('ReadModelRebuilder');
  private readonly runs = new OneAtATime(() => this.inTurn());
  private readonly lease: Lease;

  constructor(
    private readonly kafka: KafkaConnection,
    private readonly store: ReadModelStore,
    private readonly consumers: EventConsumers,
    private readonly batches: EventBatches,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
    @InjectConnection() mongo: Connection,
  ) {
    this.lease = new Lease(() => {
      if (!mongo.db) throw new Error('MongoDB connection is not open');
      return mongo.db;
    }, 'read-model-rebuild', REBUILD_LEASE_MS);
  }

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

  /** Once no other instance rebuilds: the lease is held, and renewed, from the choice of the generation to the switch. */
  private async inTurn(): Promise<RebuildReport> {
    while (!(await this.lease.held())) await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
    let renewing: Promise<unknown> = Promise.resolve();
    const renewal = setInterval(() => (renewing = this.lease.held().catch(() => undefined)), REBUILD_LEASE_MS / 3);
    try {
      // The pointer as the last rebuild left it: the copy read each second may name the generation
      // before that rebuild's switch, and preparing the one after it would drop the live one.
      await this.store.refresh();
      return await this.run();
    } finally {
      clearInterval(renewal);
      // A renewal still on its way would take the lease again after the release.
      await renewing;
      await this.lease.release().catch(() => undefined);
    }
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
      let switched = false;
      try {
        // Other instances hold their next live batch from here; whatever they took before is below the target.
        await this.stillOurTurn();
        await this.store.beginSwitch(generation);
        failpoint('read-models.switch-begun');
        target = await this.endOffsets(topics);
        // Every instance holds meanwhile: a replay that stalls here gives up soon, not after the first catch-up's half hour.
        await this.until(() => this.reached(consumed, target), () => failure, SWITCH_CATCH_UP_TIMEOUT_MS);
        // Stopped first, so that everything staged is stored by the one flush.
        await replay.disconnect();
        stopped = true;
        await this.batches.flush(generation);
        await this.store.finishGeneration(generation);
        await this.stillOurTurn();
        await this.store.activate(generation);
        switched = true;
      } finally {
        if (!switched) await this.store.abandonSwitch().catch(() => undefined);
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

  /** A lease that lapsed (renewals failing, a stalled process) may let another instance prepare this same generation. */
  private async stillOurTurn(): Promise<void> {
    if (!(await this.lease.held())) throw new Error('the rebuild lease was lost, so another instance may be rebuilding this generation');
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

  private async until(condition: () => boolean, failed: () => Error | undefined, timeoutMs = CATCH_UP_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const error = failed();
      if (error) throw new Error(`rebuild aborted, live read models unchanged: ${error.message}`);
      if (Date.now() > deadline) throw new Error('replay did not catch up in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
