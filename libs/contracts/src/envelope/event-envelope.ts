import { Static, TSchema, Type } from '@sinclair/typebox';

export const ActorSchema = Type.Object(
  {
    userId: Type.String({ minLength: 1, description: 'user id, or `service:<name>` for work a service does on its own' }),
    organisationId: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type EventActor = Static<typeof ActorSchema>;

/** The one envelope every event travels in. `data` is checked against the event type's own schema. */
export const EnvelopeSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'unique per event; the idempotency key' }),
    type: Type.String({ pattern: '^[a-z]+(\\.[a-z-]+)+$', description: 'e.g. grants.subgrant.approved' }),
    version: Type.Integer({ minimum: 1, description: 'version of the data schema' }),
    source: Type.String({ minLength: 1, description: 'the service that produced it' }),
    subject: Type.String({ minLength: 1, description: 'id of the aggregate; the Kafka key' }),
    sequence: Type.Integer({ minimum: 1, description: 'aggregate version after this event' }),
    time: Type.String({ format: 'date-time' }),
    correlationId: Type.String({ minLength: 1 }),
    causationId: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
    actor: ActorSchema,
    data: Type.Unknown(),
  },
  { additionalProperties: false },
);

export interface EventEnvelope<TData = unknown> extends Omit<Static<typeof EnvelopeSchema>, 'data'> {
  data: TData;
}

/** Everything about one event type, defined once and imported by producers and consumers. */
export interface EventDefinition<TType extends string = string, TData extends TSchema = TSchema> {
  type: TType;
  version: number;
  /** Versioned topic of the aggregate stream, before any deployment prefix. */
  topic: string;
  summary: string;
  schema: TData;
  /** A realistic instance for the AsyncAPI document, whose test checks it against the schema. */
  example: EventExample<Static<TData>>;
}

export interface EventExample<TData> {
  /** The aggregate the example event is about. */
  subject: string;
  data: TData;
  /** The aggregate version after the event; 1 when left out. */
  sequence?: number;
  /** Who caused it; FHI 360's program manager when left out. */
  actor?: EventActor;
}

export type DataOf<D extends EventDefinition> = Static<D['schema']>;

/**
 * Declares an event type. Versioning rule: adding an optional field keeps the version; removing or
 * renaming a field, changing its type or making it required is a new version with its own
 * definition, published alongside the old one until every consumer has moved.
 */
export function defineEvent<TType extends string, TData extends TSchema>(
  definition: EventDefinition<TType, TData>,
): EventDefinition<TType, TData> {
  if (!definition.type.startsWith(definition.topic.split('.').slice(0, 2).join('.'))) {
    throw new Error(`event ${definition.type} does not belong to topic ${definition.topic}`);
  }
  return definition;
}
