import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { deadLetterTopic, EventCatalog, EventEnvelope, EventValidationError } from '@tributary/contracts';
import { inSpan, isDependencyOutage, OpenSpan, RequestContext, traceOf, TraceHeaders } from '@tributary/platform';
import { Consumer, IHeaders, KafkaMessage } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { failpoint } from '../failpoints';
import { KafkaConnection } from '../kafka-connection';
import { messagingAttributes } from '../message-tracing';
import { MessagingMetrics } from '../metrics/messaging-metrics';
import { EventBatches } from './event-batches';
import { EventContext } from './event-context';
import { UnprocessableEventError } from './event-errors';

export interface EventConsumerOptions {
  /** Consumer group, without the deployment prefix; one per service and purpose. */
  groupId: string;
  /** Attempts after the first before a failing event is dead-lettered. */
  retries?: number;
  initialBackoffMs?: number;
  /** Partitions handled in parallel; order is kept within a partition, hence per aggregate. */
  partitionsConsumedConcurrently?: number;
}

/** How long a group waits for a silent member: short, so a crashed member is replaced quickly. */
const SESSION_TIMEOUT_MS = 10000;

type Outcome = 'handled' | 'dead-lettered';

const MAX_BACKOFF_MS = 5000;

/**
 * Heartbeats while `work` runs. kafkajs heartbeats only when asked, and a batch can outlast the
 * session: a flush of many sheets on a busy machine, or a handler waiting for the store to come back.
 * A member that stays silent is dropped from its group and its next commit crashes the consumer.
 */
async function keepingAlive<T>(heartbeat: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void heartbeat().catch(() => undefined), SESSION_TIMEOUT_MS / 5);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * A NestJS transport strategy: controllers declare `@EventPattern('<event type>')`, this
 * subscribes to the topics carrying those types and delivers each event validated, in order per
 * aggregate, inside the work context of the event (correlation and causation ids, actor).
 * Transient failures retry with backoff; events that fail their schema, or fail every retry, go to
 * the group's dead-letter topic with the error. The offset is committed only after the handler's
 * effect is stored or the message is in the dead-letter topic.
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger('EventConsumer');
  private consumer?: Consumer;
  private readonly groupId: string;
  private readonly deadLetters: string;
  private closed = false;
  /** Why events are not consumed, for readiness; undefined while the consumer runs. */
  waitingFor: string | undefined = 'starting';
  /** Settles once the consumer runs (or the transport is closed first). */
  started: Promise<void> = Promise.resolve();

  constructor(
    private readonly kafka: KafkaConnection,
    private readonly catalog: EventCatalog,
    private readonly options: EventConsumerOptions,
    private readonly batches: EventBatches,
    /** Handlers need the store (and the live read-model generation) before the first event. */
    private readonly storeReady: () => Promise<void> = async () => undefined,
    /** Holds each live batch while another instance switches read-model generations. */
    private readonly generationSettled: () => Promise<void> = async () => undefined,
    private readonly metrics?: MessagingMetrics,
  ) {
    super();
    this.groupId = kafka.topic(options.groupId);
    this.deadLetters = kafka.topic(deadLetterTopic(options.groupId));
  }

  /** The topics this service's handlers need, prefixed for the deployment. */
  subscribedTopics(): string[] {
    return this.catalog.topicsOf(this.messageHandlers.keys()).map((topic) => this.kafka.topic(topic));
  }

  /**
   * Starts consuming in the background and returns at once: a service whose broker or store is
   * away still starts and answers readiness 503 naming why, and consumes once they come.
   */
  async listen(callback: (error?: unknown) => void): Promise<void> {
    this.started = this.untilConsuming();
    callback();
  }

  private async untilConsuming(): Promise<void> {
    let backoff = 200;
    for (let attempt = 1; !this.closed; attempt++) {
      try {
        this.waitingFor = 'waiting for the store';
        await this.storeReady();
        this.waitingFor = 'connecting to Kafka';
        const topics = this.subscribedTopics();
        await this.kafka.ensureTopics([...topics, this.deadLetters]);
        if (topics.length > 0 && !this.closed) {
          this.consumer = await this.startConsumer(this.groupId, topics, (topic, partition, message) =>
            this.deliver(topic, partition, message),
          );
          this.metrics?.watchLag({ kafkaGroupId: this.groupId, group: this.options.groupId, kafkaTopics: topics });
        }
        this.waitingFor = undefined;
        return;
      } catch (error) {
        this.waitingFor = `event consumer not started: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
        this.logger.warn(`${this.waitingFor} (attempt ${attempt}), retrying in ${backoff} ms`);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /** kafkajs restarts itself after retriable errors only; after any other, so do we, for as long as it takes. */
  private restartAfterCrash(consumer: Consumer): void {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.closed || this.consumer !== consumer) return;
      this.consumer = undefined;
      this.waitingFor = `event consumer crashed: ${payload.error.name}: ${payload.error.message}`;
      this.logger.error(`${this.waitingFor}; starting it again`);
      // Out of the group first: a member that neither leaves nor rejoins holds the next rebalance,
      // and so the new consumer, for the whole rebalance timeout.
      this.started = consumer.disconnect().catch(() => undefined).then(() => this.untilConsuming());
    });
  }

  /**
   * Starts a kafkajs consumer that takes messages a batch at a time: `process` each message in
   * order, then let projections store what the batch staged, then commit the batch's offset. A
   * failure anywhere re-delivers the batch from its first uncommitted message.
   */
  async startConsumer(
    groupId: string,
    topics: string[],
    process: (topic: string, partition: number, message: KafkaMessage) => Promise<unknown>,
    options: {
      committed?: (topic: string, partition: number, next: bigint) => void;
      /** False for a replay, which stores what it staged once, when it has caught up. */
      flushEachBatch?: boolean;
    } = {},
  ): Promise<Consumer> {
    const consumer = this.kafka.kafka.consumer({
      groupId,
      sessionTimeout: SESSION_TIMEOUT_MS,
      heartbeatInterval: SESSION_TIMEOUT_MS / 10,
      retry: { retries: 10 },
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    if (groupId === this.groupId) {
      this.restartAfterCrash(consumer);
      consumer.on(consumer.events.GROUP_JOIN, () => this.batches.assigned());
    }
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => keepingAlive(heartbeat, () => this.tracedBatch(batch, options.flushEachBatch !== false, async () => {
        if (options.flushEachBatch !== false) {
          await this.generationSettled();
          await RequestContext.run({}, () => this.batches.received(batch.messages));
        }
        let last: string | undefined;
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          await process(batch.topic, batch.partition, message);
          last = message.offset;
        }
        if (last === undefined) return;
        if (options.flushEachBatch !== false) await RequestContext.run({}, () => this.batches.flush());
        failpoint('consumer.before-commit');
        const next = BigInt(last) + 1n;
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next.toString() }]);
        resolveOffset(last);
        options.committed?.(batch.topic, batch.partition, next);
      })),
    });
    return consumer;
  }

  /**
   * A live batch runs in a span of its own (what a projection stores for the whole batch, the
   * commit), linked to the trace of each of its messages: they may belong to many traces. A
   * replay makes no spans; its events' traces are long over.
   */
  private tracedBatch(batch: { topic: string; messages: KafkaMessage[] }, live: boolean, work: () => Promise<void>): Promise<void> {
    if (!live) return work();
    const topic = this.kafka.unprefixed(batch.topic);
    const links = batch.messages.map((message) => traceOf(message.headers)).filter((trace): trace is TraceHeaders => trace !== undefined);
    return inSpan(`receive ${topic}`, {
      kind: 'consumer',
      parent: null,
      links,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'messaging.consumer.group.name': this.options.groupId, 'messaging.batch.message_count': batch.messages.length },
    }, work);
  }

  pause(): void {
    this.consumer?.pause(this.subscribedTopics().map((topic) => ({ topic })));
  }

  resume(): void {
    this.consumer?.resume(this.subscribedTopics().map((topic) => ({ topic })));
  }

  /** Handles a message in a span of its own, in the trace of the work that published it. */
  private deliver(topic: string, partition: number, message: KafkaMessage): Promise<Outcome> {
    const name = this.kafka.unprefixed(topic);
    return inSpan(`process ${name}`, {
      kind: 'consumer',
      parent: traceOf(message.headers),
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': name, 'messaging.consumer.group.name': this.options.groupId, 'messaging.kafka.offset': message.offset },
    }, (span) => this.handle(topic, partition, message, span));
  }

  private async handle(topic: string, partition: number, message: KafkaMessage, span: OpenSpan): Promise<Outcome> {
    let event: EventEnvelope;
    try {
      event = this.catalog.validate(JSON.parse(String(message.value)));
    } catch (error) {
      const reason = error instanceof EventValidationError ? error.message : `unreadable message: ${(error as Error).message}`;
      return this.deadLetter(span, topic, partition, message, 'invalid', reason, message.headers?.['event-type']?.toString() ?? 'unknown');
    }
    span.set(messagingAttributes(this.kafka.unprefixed(topic), event));
    const labels = { group: this.options.groupId, type: event.type };
    const retries = this.options.retries ?? 5;
    let backoff = this.options.initialBackoffMs ?? 100;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.dispatch(event, topic, partition, message.offset);
        this.metrics?.handled.inc(labels);
        this.metrics?.delay.observe(labels, Math.max(0, Date.now() - Date.parse(event.time)) / 1000);
        return 'handled';
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (error instanceof UnprocessableEventError) return this.deadLetter(span, topic, partition, message, 'unprocessable', reason, event.type);
        // The database or network is away: the event is fine, so wait for them rather than dead-letter it.
        const infrastructure = isDependencyOutage(error);
        if (attempt >= retries && !infrastructure) return this.deadLetter(span, topic, partition, message, 'retries-exhausted', reason, event.type);
        this.metrics?.retried.inc(labels);
        this.logger.warn(`${event.type} ${event.id} failed (attempt ${attempt + 1}), retrying in ${backoff} ms: ${reason}`);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /** Runs the handler of the event's type in the event's work context. Used live and by replays. */
  async dispatch(event: EventEnvelope, topic: string, partition: number, offset: string, readModelGeneration?: number): Promise<void> {
    const handler = this.getHandlerByPattern(event.type);
    if (!handler) return; // another consumer of the topic cares about this type
    await RequestContext.run(
      {
        correlationId: event.correlationId,
        causationId: event.id,
        actor: { userId: event.actor.userId, organisationId: event.actor.organisationId },
        readModelGeneration,
      },
      async () => {
        const result = await handler(event, new EventContext([event, topic, partition, offset, readModelGeneration]));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      },
    );
  }

  private async deadLetter(
    span: OpenSpan,
    topic: string,
    partition: number,
    message: KafkaMessage,
    kind: 'invalid' | 'unprocessable' | 'retries-exhausted',
    reason: string,
    type: string,
  ): Promise<Outcome> {
    this.logger.error(`dead-lettering ${topic}/${partition}@${message.offset} (${kind}): ${reason}`);
    span.fail(`dead-lettered (${kind}): ${reason}`);
    const producer = await this.kafka.producer();
    const headers: IHeaders = {
      ...message.headers,
      'dead-letter-kind': kind,
      'dead-letter-error': reason.slice(0, 4000),
      'original-topic': topic,
      'original-partition': String(partition),
      'original-offset': message.offset,
      'consumer-group': this.groupId,
      'failed-at': new Date().toISOString(),
    };
    await producer.send({ topic: this.deadLetters, acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
    this.metrics?.deadLettered.inc({ group: this.options.groupId, type, kind });
    return 'dead-lettered';
  }

  on(): never {
    throw new Error('KafkaEventTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }
}
