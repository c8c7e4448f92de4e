import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { EventCatalog, EventEnvelope } from '@tributary/contracts';
import { Actor, DomainError, ProblemException, SERVICE_CONFIG, ServiceConfig, StoreStartup } from '@tributary/platform';
import { Consumer } from 'kafkajs';
import { Connection } from 'mongoose';
import { EVENT_CATALOG } from '../events/event-catalog.provider';
import { KafkaConnection } from '../kafka-connection';

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change to a record, as people ask about it: who, when, what went from what to what. */
export interface AuditEntry {
  eventId: string;
  type: string;
  time: string;
  actor: { userId: string; organisationId: string | null };
  correlationId: string;
  changes: AuditChange[];
}

interface AuditTrailDocument {
  _id: string;
  topic: string;
  lastSequence: number;
  /** The record's fields as the events so far left them (JSON: field names may hold dots). */
  state: string;
  entries: AuditEntry[];
}

/** Who may see the trail of a record: whoever may read the record itself. */
export type AuditAccess = (actor: Actor, subject: string) => Promise<boolean>;

const RETRY_MS = 2000;

/** Nested fields as dotted paths; arrays are values of their own. */
function flatten(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) into[prefix] = value;
  return into;
}

/** What an event changed, field by field, against the record's fields before it. */
export function changesOf(before: Record<string, unknown>, data: unknown): { changes: AuditChange[]; after: Record<string, unknown> } {
  const fields = flatten(data);
  const changes = Object.entries(fields)
    .filter(([field, value]) => JSON.stringify(before[field]) !== JSON.stringify(value))
    .map(([field, value]) => ({ field, before: before[field] ?? null, after: value ?? null }));
  return { changes, after: { ...before, ...fields } };
}

/**
 * The history of each record a service owns, built from its own events: a consumer group of its
 * own reads the service's audited topics and keeps, per record, every change with who made it,
 * when, the fields before and after, and the correlation id. One conditional write per event, by
 * the record's event sequence, so redelivery never records a change twice. A record's trail is
 * shown to whoever may read the record (each service says how); otherwise it does not exist.
 */
@Injectable()
export class AuditTrail implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditTrail');
  private readonly access = new Map<string, AuditAccess>();
  private consumer?: Consumer;
  private stopped = false;

  constructor(
    private readonly kafka: KafkaConnection,
    @InjectConnection() private readonly mongo: Connection,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly startup: StoreStartup,
  ) {}

  /** Audits a topic of the service's own records, shown to those `access` lets read the record. */
  audit(topic: string, access: AuditAccess): void {
    this.access.set(topic, access);
  }

  private trails() {
    if (!this.mongo.db) throw new Error('MongoDB connection is not open');
    return this.mongo.db.collection<AuditTrailDocument>('audit_trails');
  }

  onApplicationBootstrap(): void {
    if (this.access.size > 0) void this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.consumer?.disconnect().catch(() => undefined);
  }

  /** Consumes in the background once the store is up, starting again after any failure. */
  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.startup.ready();
        const topics = [...this.access.keys()].map((topic) => this.kafka.topic(topic));
        await this.kafka.ensureTopics(topics);
        const consumer = this.kafka.kafka.consumer({ groupId: this.kafka.topic(`${this.config.service.name}.audit`) });
        this.consumer = consumer;
        await consumer.connect();
        await consumer.subscribe({ topics, fromBeginning: true });
        await consumer.run({
          eachMessage: async ({ topic, message }) => {
            const event = this.catalog.validate(JSON.parse(String(message.value)));
            await this.record(topic.slice(this.kafka.topic('').length), event);
          },
        });
        return;
      } catch (error) {
        this.logger.warn(`audit trail consumer not running, retrying in ${RETRY_MS} ms: ${(error as Error).message}`);
        await this.consumer?.disconnect().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  async record(topic: string, event: EventEnvelope): Promise<void> {
    for (;;) {
      const trail = await this.trails().findOne({ _id: event.subject });
      if (trail && trail.lastSequence >= event.sequence) return;
      const { changes, after } = changesOf(trail ? (JSON.parse(trail.state) as Record<string, unknown>) : {}, event.data);
      const entry: AuditEntry = {
        eventId: event.id, type: event.type, time: event.time, actor: event.actor, correlationId: event.correlationId, changes,
      };
      const state = JSON.stringify(after);
      if (!trail) {
        const inserted = await this.trails()
          .insertOne({ _id: event.subject, topic, lastSequence: event.sequence, state, entries: [entry] })
          .then(() => true, (error: { code?: number }) => {
            if (error.code === 11000) return false;
            throw error;
          });
        if (inserted) return;
        continue;
      }
      const written = await this.trails().updateOne(
        { _id: event.subject, lastSequence: trail.lastSequence },
        { $set: { lastSequence: event.sequence, state }, $push: { entries: entry } },
      );
      if (written.matchedCount === 1) return;
    }
  }

  /** The record's changes, oldest first, or undefined when the caller may not see the record. */
  async of(actor: Actor, subject: string): Promise<AuditEntry[] | undefined> {
    const trail = await this.trails().findOne({ _id: subject });
    const access = trail && this.access.get(trail.topic);
    if (!trail || !access || !(await access(actor, subject))) return undefined;
    return trail.entries;
  }
}

/** A record's access check from its scoped read: readable means visible, not found means not. */
export async function readable(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if ((error instanceof DomainError && (error.kind === 'not-found' || error.kind === 'forbidden')) || (error instanceof ProblemException && [403, 404].includes(error.getStatus()))) return false;
    throw error;
  }
}
