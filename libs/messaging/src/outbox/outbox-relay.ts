import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { EventCatalog, EventEnvelope } from '@tributary/contracts';
import { Collection, Document, Filter, OptionalUnlessRequiredId, UpdateFilter } from 'mongodb';
import { Connection } from 'mongoose';
import { EVENT_CATALOG } from '../events/event-catalog.provider';
import { failpoint } from '../failpoints';
import { KafkaConnection } from '../kafka-connection';
import { documentKey, withDocumentLock } from './document-locks';
import { OutboxFields, OutboxWriter, withEvents } from './outbox';

// Documents taken per pass; their clean-up updates run side by side, each under its document lock.
const BATCH_DOCUMENTS = 50;

type Pending = Document & OutboxFields;
const POLL_INTERVAL_MS = 1000;
const LEASE_MS = 5000;
const MAX_BACKOFF_MS = 5000;

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
  private readonly instance = randomUUID();
  private stopped = false;
  private nudged = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private leaseUntil = 0;
  private topicsReady = false;
  /** Documents written since the last pass, by collection: read by _id, the fast path. */
  private dirty = new Map<string, Set<unknown>>();

  constructor(
    private readonly kafka: KafkaConnection,
    @InjectConnection() private readonly mongo: Connection,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
  ) {}

  /** Declares a collection whose documents carry outbox fields. */
  register(collection: string): void {
    this.collections.add(collection);
  }

  async insert<T extends Document>(collection: Collection<T>, document: T, events: EventEnvelope[]): Promise<void> {
    const outbox: OutboxFields = { pendingEvents: events, pendingCount: events.length };
    await collection.insertOne({ ...document, ...outbox } as unknown as OptionalUnlessRequiredId<T>);
    this.register(collection.collectionName);
    this.markDirty(collection.collectionName, (document as { _id?: unknown })._id);
  }

  async update<T extends Document>(
    collection: Collection<T>,
    filter: Filter<T>,
    update: UpdateFilter<T>,
    events: EventEnvelope[],
  ): Promise<T | null> {
    const id = (filter as { _id?: unknown })._id;
    if (id === undefined || typeof id === 'object') throw new Error('outbox updates address one document by _id');
    const after = (await withDocumentLock(documentKey(collection, id), () =>
      collection.findOneAndUpdate(filter, withEvents(update, events), { returnDocument: 'after' }),
    )) as T | null;
    if (after) {
      this.register(collection.collectionName);
      this.markDirty(collection.collectionName, id);
    }
    return after;
  }

  private markDirty(collection: string, id: unknown): void {
    if (id !== undefined) {
      const ids = this.dirty.get(collection) ?? new Set();
      ids.add(id);
      this.dirty.set(collection, ids);
    }
    this.nudge();
  }

  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const name of this.collections) await this.db().collection(name).createIndex({ pendingCount: 1 });
    // Topics made before the first publish spare it the retries of a partition with no leader yet.
    await this.ensureTopics().catch((error: Error) => this.logger.warn(`topics not created yet: ${error.message}`));
    this.loop = this.run();
  }

  private async ensureTopics(): Promise<void> {
    if (this.topicsReady) return;
    await this.kafka.ensureTopics([...new Set(this.catalog.all().map((d) => this.kafka.topic(d.topic)))]);
    this.topicsReady = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private db() {
    const db = this.mongo.db;
    if (!db) throw new Error('MongoDB connection is not open');
    return db;
  }

  /**
   * Written documents are relayed as soon as they are nudged, read by _id (the local server scans
   * whole collections for any other filter). A full scan runs at start and whenever a poll
   * interval passes without a nudge: that is what finds events left by a crash.
   */
  private async run(): Promise<void> {
    let backoff = 100;
    let scan = true;
    while (!this.stopped) {
      this.nudged = false;
      try {
        if (await this.holdLease()) {
          if (scan) {
            while ((await this.relayOnce()) > 0 && !this.stopped);
            scan = false;
          }
          if (this.dirty.size > 0) {
            await this.relayDirty();
            backoff = 100;
            continue;
          }
        }
        backoff = 100;
        if (this.nudged) continue;
        scan = !(await this.idle(POLL_INTERVAL_MS));
      } catch (error) {
        scan = true;
        this.logger.warn(`publishing pending events failed, retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /** Waits for a nudge or the time; resolves true when nudged. */
  private idle(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), ms);
      const done = (nudged: boolean) => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(nudged);
      };
      this.wake = () => done(true);
      if (this.nudged || this.stopped) done(true);
    });
  }

  private async relayDirty(): Promise<void> {
    const dirty = this.dirty;
    this.dirty = new Map();
    try {
      for (const [name, ids] of dirty) {
        const collection = this.db().collection<Document>(name);
        const documents = await Promise.all(
          [...ids].map((id) => collection.findOne({ _id: id as never, pendingCount: { $gt: 0 } }, { projection: { pendingEvents: 1 } })),
        );
        await this.publish(collection, documents.filter((d) => d !== null) as unknown as Pending[]);
      }
    } catch (error) {
      for (const [name, ids] of dirty) for (const id of ids) this.markDirty(name, id);
      throw error;
    }
  }

  private async holdLease(): Promise<boolean> {
    const now = Date.now();
    if (this.leaseUntil - now > LEASE_MS / 2) return true;
    try {
      const lease = await this.db()
        .collection<{ _id: string; holder: string; expiresAt: number }>('outbox_relay_lease')
        .findOneAndUpdate(
          { _id: 'relay', $or: [{ holder: this.instance }, { expiresAt: { $lt: now } }] },
          { $set: { holder: this.instance, expiresAt: now + LEASE_MS } },
          { upsert: true, returnDocument: 'after' },
        );
      this.leaseUntil = lease?.holder === this.instance ? now + LEASE_MS : 0;
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      this.leaseUntil = 0; // another instance holds it
    }
    return this.leaseUntil > now;
  }

  /** One scan over every outbox collection; returns how many events it published. */
  async relayOnce(): Promise<number> {
    let published = 0;
    for (const name of this.collections) {
      const collection = this.db().collection<Document>(name);
      const documents = (await collection
        .find({ pendingCount: { $gt: 0 } }, { projection: { pendingEvents: 1 } })
        .limit(BATCH_DOCUMENTS)
        .toArray()) as unknown as Pending[];
      published += await this.publish(collection, documents);
    }
    return published;
  }

  /** Publishes the documents' pending events in order, then removes exactly those. */
  private async publish(collection: Collection<Document>, documents: Pending[]): Promise<number> {
    if (documents.length === 0) return 0;

      const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
      for (const document of documents) {
        for (const event of document.pendingEvents) {
          const definition = this.catalog.definitionOf(event.type, event.version);
          if (!definition) throw new Error(`no contract for ${event.type}@${event.version}`);
          const topic = this.kafka.topic(definition.topic);
          const messages = byTopic.get(topic) ?? [];
          messages.push({
            key: event.subject,
            value: JSON.stringify(event),
            headers: { 'event-id': event.id, 'event-type': event.type, 'correlation-id': event.correlationId },
          });
          byTopic.set(topic, messages);
        }
      }

      // Also here, for a service that started while its broker was down.
      await this.ensureTopics();
      failpoint('outbox.before-publish');
      const producer = await this.kafka.producer();
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
      failpoint('outbox.after-publish');

      // $pullAll with the exact entries read: they are gone, events appended since stay pending.
      await Promise.all(
        documents.map((document) =>
          withDocumentLock(documentKey(collection, document._id), () =>
            collection.updateOne({ _id: document._id }, {
              $pullAll: { pendingEvents: document.pendingEvents },
              $inc: { pendingCount: -document.pendingEvents.length },
            } as unknown as UpdateFilter<Document>),
          ),
        ),
      );
      return documents.reduce((sum, d) => sum + d.pendingEvents.length, 0);
  }
}
