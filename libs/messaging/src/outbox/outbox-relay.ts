import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { EventCatalog, EventEnvelope } from '@tributary/contracts';
import { cachedOnScrape, currentTrace, OpenSpan, openSpan } from '@tributary/platform';
import { AnyBulkWriteOperation, Collection } from 'mongodb';
import { Connection, Model, UpdateQuery } from 'mongoose';
import { Lease } from '../background/lease';
import { NudgedLoop } from '../background/nudged-loop';
import { EVENT_CATALOG } from '../events/event-catalog.provider';
import { failpoint } from '../failpoints';
import { KafkaConnection } from '../kafka-connection';
import { messagingAttributes } from '../message-tracing';
import { MessagingMetrics } from '../metrics/messaging-metrics';
import { AggregateDocument, OutboxFields, OutboxWriter, pendingEvent, withEvents } from './outbox';

// Documents taken per pass: bounds what one pass holds in memory and sends in one Kafka batch.
const BATCH_DOCUMENTS = 50;

type Pending = { _id: string } & OutboxFields;
const POLL_INTERVAL_MS = 1000;
/** Documents a scrape reads for the oldest pending event: bounds a scrape during a long outage. */
const AGE_SAMPLE_DOCUMENTS = 1000;

/**
 * Publishes the events aggregates keep in their documents, in order per aggregate, then removes
 * them. A write nudges it at once; polling is only the fallback (and how it catches up after a
 * crash). One relay per database holds a lease, so two instances never interleave an aggregate's
 * events.
 */
@Injectable()
export class OutboxRelay implements OutboxWriter, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly collections = new Set<string>();
  private readonly lease = new Lease(() => this.db(), 'outbox-relay');
  private readonly loop = new NudgedLoop(this.logger, 'publishing pending events', async () => (await this.lease.held()) && (await this.relayOnce()) > 0, POLL_INTERVAL_MS);
  private topicsReady = false;

  constructor(
    private readonly kafka: KafkaConnection,
    @InjectConnection() private readonly mongo: Connection,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
    private readonly metrics: MessagingMetrics,
  ) {
    const backlog = cachedOnScrape(() => this.backlog());
    metrics.scrapedGauge('tributary_outbox_pending_aggregates', 'Aggregates whose events wait in the outbox to be published', ['collection'], async () =>
      (await backlog()).map(({ collection, pending }) => ({ labels: { collection }, value: pending })));
    metrics.scrapedGauge('tributary_outbox_oldest_pending_age_seconds', 'Age of the oldest event waiting in the outbox (0 when none waits)', ['collection'], async () =>
      (await backlog()).map(({ collection, oldestAgeSeconds }) => ({ labels: { collection }, value: oldestAgeSeconds })));
  }

  /** Per outbox collection, how many aggregates wait and how old their oldest event is. */
  private async backlog(): Promise<{ collection: string; pending: number; oldestAgeSeconds: number }[]> {
    return Promise.all([...this.collections].map(async (name) => {
      const collection = this.db().collection<Pending>(name);
      const pending = await collection.countDocuments({ hasPendingEvents: true });
      const documents = pending === 0 ? [] : await collection.find({ hasPendingEvents: true }, { projection: { pendingEvents: 1 } }).limit(AGE_SAMPLE_DOCUMENTS).toArray();
      const oldest = Math.min(...documents.flatMap((d) => d.pendingEvents.map((event) => Date.parse(event.time))));
      return { collection: name, pending, oldestAgeSeconds: Number.isFinite(oldest) ? Math.max(0, Date.now() - oldest) / 1000 : 0 };
    }));
  }

  /** Declares a collection whose documents carry outbox fields. */
  register(collection: string): void {
    this.collections.add(collection);
  }

  async insert<T extends AggregateDocument>(model: Model<T>, document: Omit<T, keyof OutboxFields>, events: EventEnvelope[]): Promise<void> {
    await model.create({ ...document, pendingEvents: events.map((event) => pendingEvent(event, currentTrace())), hasPendingEvents: events.length > 0 });
    this.register(model.collection.collectionName);
    this.nudge();
  }

  async update<T extends AggregateDocument>(
    model: Model<T>,
    filter: { _id: string; version: number },
    update: UpdateQuery<T>,
    events: EventEnvelope[],
  ): Promise<T | null> {
    const after = await model.findOneAndUpdate(filter, withEvents(update, events), { new: true }).lean<T>();
    if (after) {
      this.register(model.collection.collectionName);
      this.nudge();
    }
    return after;
  }

  nudge(): void {
    this.loop.nudge();
  }

  onApplicationBootstrap(): void {
    // Topics made before the first publish spare it the retries of a partition with no leader yet;
    // not awaited, as the service must open its port (readiness 503) while the broker is away.
    void this.ensureTopics().catch((error: Error) => this.logger.warn(`topics not created yet: ${error.message}`));
    this.loop.start();
  }

  private async ensureTopics(): Promise<void> {
    if (this.topicsReady) return;
    await this.kafka.ensureTopics([...new Set(this.catalog.all().map((d) => this.kafka.topic(d.topic)))]);
    this.topicsReady = true;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  private db() {
    const db = this.mongo.db;
    if (!db) throw new Error('MongoDB connection is not open');
    return db;
  }

  /** One pass over every outbox collection; returns how many events it published. */
  async relayOnce(): Promise<number> {
    let published = 0;
    for (const name of this.collections) {
      const collection = this.db().collection<Pending>(name);
      const documents = await collection
        .find({ hasPendingEvents: true }, { projection: { pendingEvents: 1 } })
        .limit(BATCH_DOCUMENTS)
        .toArray();
      if (documents.length > 0) published += await this.publish(collection, documents);
    }
    return published;
  }

  /**
   * Publishes the documents' pending events in order, removes exactly those, then clears the flag
   * of the documents left without any (a write that appended events meanwhile keeps it set).
   */
  private async publish(collection: Collection<Pending>, documents: Pending[]): Promise<number> {
    const withEvents = documents.filter((document) => document.pendingEvents.length > 0);
    let unsettled = withEvents.length < documents.length;
    if (withEvents.length > 0) {
      const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
      // One producer span per event, in the trace of the work that stored it; its consumers continue from it.
      const spans: OpenSpan[] = [];
      for (const document of withEvents) {
        for (const { trace, ...event } of document.pendingEvents) {
          const definition = this.catalog.definitionOf(event.type, event.version);
          if (!definition) throw new Error(`no contract for ${event.type}@${event.version}`);
          const topic = this.kafka.topic(definition.topic);
          const span = openSpan(`publish ${definition.topic}`, { kind: 'producer', parent: trace, attributes: messagingAttributes(definition.topic, event) });
          spans.push(span);
          const messages = byTopic.get(topic) ?? [];
          messages.push({
            key: event.subject,
            value: JSON.stringify(event),
            headers: { 'event-id': event.id, 'event-type': event.type, 'correlation-id': event.correlationId, ...span.trace },
          });
          byTopic.set(topic, messages);
        }
      }

      try {
        // Also here, for a service that started while its broker was down.
        await this.ensureTopics();
        failpoint('outbox.before-publish');
        const producer = await this.kafka.producer();
        await producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        });
      } catch (error) {
        for (const span of spans) span.end(error);
        throw error;
      }
      for (const span of spans) span.end();
      for (const [topic, messages] of byTopic) this.metrics.published.inc({ topic: this.kafka.unprefixed(topic) }, messages.length);
      failpoint('outbox.after-publish');

      // A document whose events are still exactly those published is emptied and unflagged in one
      // write (the store rewrites a document on every update, and some, value sheets, are large);
      // one that got more meanwhile loses those published and keeps its flag.
      const emptied = await collection.bulkWrite(
        withEvents.map((document): AnyBulkWriteOperation<Pending> => ({
          updateOne: {
            filter: { _id: document._id, pendingEvents: { $size: document.pendingEvents.length }, 'pendingEvents.id': { $all: document.pendingEvents.map((event) => event.id) } },
            update: { $set: { pendingEvents: [], hasPendingEvents: false } },
          },
        })),
        { ordered: false },
      );
      if (emptied.matchedCount < withEvents.length) {
        unsettled = true;
        await collection.bulkWrite(
          withEvents.map((document): AnyBulkWriteOperation<Pending> => ({
            updateOne: {
              filter: { _id: document._id },
              update: { $pull: { pendingEvents: { id: { $in: document.pendingEvents.map((event) => event.id) } } } },
            },
          })),
          { ordered: false },
        );
      }
    }
    if (unsettled) {
      await collection.updateMany(
        { _id: { $in: documents.map((document) => document._id) }, pendingEvents: { $size: 0 } },
        { $set: { hasPendingEvents: false } },
      );
    }
    return withEvents.reduce((sum, d) => sum + d.pendingEvents.length, 0);
  }
}
