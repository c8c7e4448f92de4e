import { Controller, Inject, Injectable, OnModuleInit, Type } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { DataOf, EventDefinition, EventEnvelope } from '@tributary/contracts';
import { FilterQuery, Model, Schema, UpdateQuery } from 'mongoose';
import { AppliedEvents, applyOnce } from './apply-once';
import { ReadModelStore } from './read-model-store';

/** A copy as it is read: without the ids of the events applied to it. */
export type Copy<T extends AppliedEvents> = Omit<T, 'appliedEvents'>;

/**
 * Copies of another service's records that a service keeps from that service's events (grants'
 * organisations, indicators' projects): one read-model collection, rebuilt with the others, where
 * each event sets fields of one copy once. Extend `KnownCopiesOf(collection, schema)` with the
 * reads the service needs, and declare the events with `KnownCopiesEvents`.
 */
export abstract class KnownCopies<T extends AppliedEvents> implements OnModuleInit {
  constructor(
    protected readonly readModels: ReadModelStore,
    readonly collection: string,
    private readonly schema: Schema,
  ) {}

  onModuleInit(): void {
    this.readModels.register(this.collection, this.schema);
  }

  /** The collection of the current work: the live generation, or the one a rebuild writes. */
  protected model(): Model<T> {
    return this.readModels.model<T>(this.collection);
  }

  find(id: string): Promise<Copy<T> | null> {
    return this.model().findById(id, { appliedEvents: 0 }).lean<Copy<T>>();
  }

  /** The copies of these ids, by id; an id without a copy is absent. */
  async byIds(ids: string[]): Promise<Map<string, Copy<T>>> {
    const found = await this.list({ _id: { $in: [...new Set(ids)] } } as FilterQuery<T>);
    return new Map(found.map((copy) => [String((copy as { _id: unknown })._id), copy]));
  }

  list(filter: FilterQuery<T>, sort: Record<string, 1 | -1> = { _id: 1 }): Promise<Copy<T>[]> {
    return this.model().find(filter, { appliedEvents: 0 }).sort(sort).lean<Copy<T>[]>();
  }

  /** Sets the fields on the copy unless this event was applied to it already; false for a repeat. */
  apply(id: string, event: EventEnvelope, fields: Partial<Copy<T>>): Promise<boolean> {
    return applyOnce(this.model(), id, event.id, { $set: fields } as UpdateQuery<T>);
  }
}

/** The base class of a service's copies of one kind of record, kept in `collection`. */
export function KnownCopiesOf<T extends AppliedEvents>(collection: string, schema: Schema): Type<KnownCopies<T>> {
  @Injectable()
  class Copies extends KnownCopies<T> {
    constructor(readModels: ReadModelStore) {
      super(readModels, collection, schema);
    }
  }
  return Copies;
}

type FieldsOf<C> = C extends KnownCopies<infer T extends AppliedEvents> ? Partial<Copy<T>> : never;

/** What events of some types do to the copies: which copy, and which fields they set. */
export interface CopyRule<C> {
  types: string[];
  apply(copies: C, event: EventEnvelope): Promise<boolean>;
}

/**
 * Declares that events of the given types set `fields` on a copy: the copy of the event's subject,
 * unless `copy` names another. `fields` gets the copies too, to read another copy first; when it
 * gives undefined, the event changes nothing.
 */
export type CopyRuleOf<C> = <D extends EventDefinition>(
  events: D | D[],
  fields: (event: EventEnvelope<DataOf<D>>, copies: C) => FieldsOf<C> | undefined | Promise<FieldsOf<C> | undefined>,
  options?: { copy?: (event: EventEnvelope<DataOf<D>>) => string },
) => CopyRule<C>;

const on = <C extends KnownCopies<any>>(...[events, fields, options]: Parameters<CopyRuleOf<C>>): CopyRule<C> => ({
  types: (Array.isArray(events) ? events : [events]).map((definition) => definition.type),
  async apply(copies, event) {
    const typed = event as EventEnvelope<never>;
    const set = await fields(typed, copies);
    return set ? copies.apply(options?.copy?.(typed) ?? event.subject, event, set) : false;
  },
});

/**
 * The event handlers that keep the copies: one per rule, each applying every event once, so a
 * redelivery or a rebuild's replay changes nothing twice.
 */
export function KnownCopiesEvents<C extends KnownCopies<any>>(copies: Type<C>, rules: (rule: CopyRuleOf<C>) => CopyRule<C>[]): Type<object> {
  @Controller()
  class Events {
    constructor(@Inject(copies) readonly copies: C) {}
  }
  rules(on as CopyRuleOf<C>).forEach((rule, index) => {
    const key = `on${index}`;
    Object.defineProperty(Events.prototype, key, {
      value(this: Events, event: EventEnvelope) {
        return rule.apply(this.copies, event);
      },
    });
    EventPattern(rule.types)(Events.prototype, key, Object.getOwnPropertyDescriptor(Events.prototype, key)!);
  });
  return Events;
}
