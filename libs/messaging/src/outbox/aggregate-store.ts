import { Injectable } from '@nestjs/common';
import { InjectConnection, ModelDefinition } from '@nestjs/mongoose';
import { DataOf, EventDefinition } from '@tributary/contracts';
import { DomainError } from '@tributary/platform';
import { Connection, FilterQuery, Model, SortOrder } from 'mongoose';
import { EventFactory } from '../events/event-factory';
import { AggregateDocument } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { messagingMessages as text } from '../messaging.messages';

export interface AggregateState {
  id: string;
  /** Increases by one per change; the sequence of the event the change emits. */
  version: number;
}

/**
 * A query on an aggregate's stored state: its fields, with the id as `_id`. The outbox's own fields
 * are not the caller's business and cannot be named.
 */
export type AggregateFilter<S extends AggregateState> = FilterQuery<Omit<S, 'id'> & { _id: string }> & { pendingEvents?: never; hasPendingEvents?: never };

/** A change a domain function decided on: the state after it and the event that records it. */
export interface AggregateChange<S extends AggregateState, D extends EventDefinition = EventDefinition> {
  state: S;
  /** null for a change nobody else needs to hear about (a draft being edited). */
  event: { definition: D; data: DataOf<D> } | null;
}

const STALE: DomainError = new DomainError('conflict', 'stale-version', text('staleVersion'));

const WITHOUT_OUTBOX = { pendingEvents: 0, hasPendingEvents: 0 } as const;

/**
 * Stores one kind of aggregate: each change is one single-document write of the new state
 * together with its event (the outbox), guarded by the version the change was based on.
 */
export class AggregateStore<S extends AggregateState> {
  constructor(
    private readonly modelOf: () => Model<AggregateDocument>,
    collection: string,
    private readonly outbox: OutboxRelay,
    private readonly events: EventFactory,
  ) {
    outbox.register(collection);
  }

  private get model(): Model<AggregateDocument> {
    return this.modelOf();
  }

  async create(change: AggregateChange<S>): Promise<S> {
    const { id, ...rest } = change.state;
    try {
      await this.outbox.insert(this.model, { _id: id, ...rest }, change.event ? [this.eventOf(change)] : []);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) {
        throw new DomainError('conflict', 'already-exists', text('alreadyExists'), 'id');
      }
      throw error;
    }
    return change.state;
  }

  /** Writes the change if the stored version is still the one it was based on; else 409. */
  async save(change: AggregateChange<S>, basedOnVersion: number): Promise<S> {
    const { id, ...rest } = change.state;
    const filter = { _id: id, version: basedOnVersion };
    const saved = change.event
      ? (await this.outbox.update(this.model, filter, { $set: rest }, [this.eventOf(change)])) !== null
      : (await this.model.updateOne(filter, { $set: rest })).matchedCount > 0;
    if (!saved) throw STALE;
    return change.state;
  }

  /**
   * A change that is not a domain event (sign-in counters and the like), computed from the stored
   * state. It is written only where the fields it sets still hold the values it was computed from
   * (so keep them scalar), else computed again from a fresh read: concurrent changes of the same
   * fields are never lost, and the version and pending events are left alone.
   */
  async update<K extends keyof Omit<S, 'id' | 'version'>>(id: string, change: (current: S) => Pick<S, K> | null): Promise<void> {
    for (;;) {
      const current = await this.find(id);
      const fields = current ? change(current) : null;
      if (!current || !fields) return;
      const unchanged = Object.fromEntries(Object.keys(fields).map((field) => [field, current[field as K] ?? null]));
      if ((await this.model.updateOne({ _id: id, ...unchanged }, { $set: fields })).matchedCount > 0) return;
    }
  }

  async find(id: string): Promise<S | null> {
    const document = await this.model.findById(id, WITHOUT_OUTBOX).lean();
    return document ? this.toState(document) : null;
  }

  async findOne(filter: AggregateFilter<S>): Promise<S | null> {
    const document = await this.model.findOne(filter as FilterQuery<AggregateDocument>, WITHOUT_OUTBOX).lean();
    return document ? this.toState(document) : null;
  }

  /** The aggregates matching the filter, in the given order, at most `limit` if given. */
  async list(filter: AggregateFilter<S>, options: { sort: Record<string, SortOrder>; limit?: number }): Promise<S[]> {
    const query = this.model.find(filter as FilterQuery<AggregateDocument>, WITHOUT_OUTBOX).sort(options.sort);
    const documents = await (options.limit === undefined ? query : query.limit(options.limit)).lean();
    return documents.map((document) => this.toState(document));
  }

  private toState(document: object): S {
    const { _id, pendingEvents: _e, hasPendingEvents: _h, ...rest } = document as Partial<AggregateDocument>;
    return { id: _id, ...rest } as unknown as S;
  }

  private eventOf(change: AggregateChange<S>) {
    const event = change.event!;
    return this.events.create({ definition: event.definition, subject: change.state.id, sequence: change.state.version, data: event.data });
  }
}

/**
 * Makes the stores of a service's aggregates, from the definitions of their collections' models
 * (those given to MongooseModule.forFeature): the service sees its states, never the documents
 * with their outbox.
 */
@Injectable()
export class AggregateStores {
  constructor(
    @InjectConnection() private readonly mongo: Connection,
    private readonly outbox: OutboxRelay,
    private readonly events: EventFactory,
  ) {}

  for<S extends AggregateState>(definition: ModelDefinition): AggregateStore<S> {
    if (!definition.collection) throw new Error(`the model ${definition.name} must name its collection, which its outbox is relayed from`);
    // Looked up at each use, not now: MongooseModule.forFeature may register the model after the
    // service that asks for the store is made.
    return new AggregateStore<S>(() => this.mongo.model<AggregateDocument>(definition.name), definition.collection, this.outbox, this.events);
  }
}
