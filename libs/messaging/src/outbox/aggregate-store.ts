import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { DataOf, EventDefinition } from '@tributary/contracts';
import { DomainError } from '@tributary/platform';
import { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import { documentKey, withDocumentLock } from './document-locks';
import { Connection } from 'mongoose';
import { EventFactory } from '../events/event-factory';
import { OutboxRelay } from './outbox-relay';

type Stored = Document & { _id: string };

export interface AggregateState {
  id: string;
  /** Increases by one per change; the sequence of the event the change emits. */
  version: number;
}

/** A change a domain function decided on: the state after it and the event that records it. */
export interface AggregateChange<S extends AggregateState, D extends EventDefinition = EventDefinition> {
  state: S;
  /** null for a change nobody else needs to hear about (a draft being edited). */
  event: { definition: D; data: DataOf<D> } | null;
}

const STALE: DomainError = new DomainError('conflict', 'stale-version', {
  fr: "L'enregistrement a changé depuis votre lecture ; rechargez-le et réessayez",
  en: 'The record changed since you read it; reload it and try again',
});

/**
 * Stores one kind of aggregate: each change is one single-document write of the new state
 * together with its event (the outbox), guarded by the version the change was based on.
 */
export class AggregateStore<S extends AggregateState> {
  constructor(
    readonly collection: Collection<Stored>,
    private readonly outbox: OutboxRelay,
    private readonly events: EventFactory,
  ) {
    outbox.register(collection.collectionName);
  }

  async create(change: AggregateChange<S>): Promise<S> {
    const { id, ...rest } = change.state;
    try {
      await this.outbox.insert(this.collection, { _id: id, ...rest } as Stored, change.event ? [this.eventOf(change)] : []);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) {
        throw new DomainError('conflict', 'already-exists', { fr: 'Cet identifiant existe déjà', en: 'This id already exists' }, 'id');
      }
      throw error;
    }
    return change.state;
  }

  /** Writes the change if the stored version is still the one it was based on; else 409. */
  async save(change: AggregateChange<S>, basedOnVersion: number): Promise<S> {
    const { id, ...rest } = change.state;
    const filter = { _id: id, version: basedOnVersion } as Filter<Stored>;
    const after = change.event
      ? await this.outbox.update(this.collection, filter, { $set: rest }, [this.eventOf(change)])
      : await withDocumentLock(documentKey(this.collection, id), () => this.collection.findOneAndUpdate(filter, { $set: rest }));
    if (!after) throw STALE;
    return change.state;
  }

  /**
   * A change that is not a domain event (sign-in counters and the like), computed from the state
   * read under the document lock and written under it, so it neither races its own kind nor
   * clobbers pending events.
   */
  async update(id: string, change: (current: S) => UpdateFilter<Stored> | null): Promise<void> {
    await withDocumentLock(documentKey(this.collection, id), async () => {
      const current = await this.find(id);
      const update = current ? change(current) : null;
      if (update) await this.collection.updateOne({ _id: id }, update);
    });
  }

  async find(id: string): Promise<S | null> {
    const document = await this.collection.findOne({ _id: id }, { projection: { pendingEvents: 0, pendingCount: 0 } });
    return document ? this.toState(document) : null;
  }

  toState(document: Document): S {
    const { _id, pendingEvents: _e, pendingCount: _c, ...rest } = document;
    return { id: _id, ...rest } as unknown as S;
  }

  private eventOf(change: AggregateChange<S>) {
    const event = change.event!;
    return this.events.create({ definition: event.definition, subject: change.state.id, sequence: change.state.version, data: event.data });
  }
}

/** Makes the stores of a service's aggregates. */
@Injectable()
export class AggregateStores {
  constructor(
    @InjectConnection() private readonly mongo: Connection,
    private readonly outbox: OutboxRelay,
    private readonly events: EventFactory,
  ) {}

  for<S extends AggregateState>(collection: string): AggregateStore<S> {
    const db = this.mongo.db;
    if (!db) throw new Error('MongoDB connection is not open');
    return new AggregateStore<S>(db.collection<Stored>(collection), this.outbox, this.events);
  }
}
