import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EnvelopeSchema, EventDefinition, EventEnvelope } from './event-envelope';

export class EventValidationError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(`${message}: ${problems.join('; ')}`);
    this.name = 'EventValidationError';
  }
}

const keyOf = (type: string, version: number) => `${type}@${version}`;

/** The event types a process knows, with compiled validators for envelope and data. */
export class EventCatalog {
  private readonly ajv: Ajv;
  private readonly envelope: ValidateFunction;
  private readonly definitions = new Map<string, { definition: EventDefinition; validate: ValidateFunction }>();

  constructor(definitions: readonly EventDefinition[]) {
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.envelope = this.ajv.compile(EnvelopeSchema);
    for (const definition of definitions) {
      const key = keyOf(definition.type, definition.version);
      if (this.definitions.has(key)) throw new Error(`event ${key} is defined twice`);
      this.definitions.set(key, { definition, validate: this.ajv.compile(definition.schema) });
    }
  }

  all(): EventDefinition[] {
    return [...this.definitions.values()].map((entry) => entry.definition);
  }

  definitionOf(type: string, version: number): EventDefinition | undefined {
    return this.definitions.get(keyOf(type, version))?.definition;
  }

  /** Topics that carry the given event types (any version). */
  topicsOf(types: Iterable<string>): string[] {
    const wanted = new Set(types);
    return [...new Set(this.all().filter((d) => wanted.has(d.type)).map((d) => d.topic))];
  }

  /** Throws EventValidationError unless the envelope and its data match the registered schema. */
  validate(candidate: unknown): EventEnvelope {
    if (!this.envelope(candidate)) {
      throw new EventValidationError('invalid event envelope', this.describe(this.envelope));
    }
    const event = candidate as EventEnvelope;
    const entry = this.definitions.get(keyOf(event.type, event.version));
    if (!entry) throw new EventValidationError('unknown event type', [keyOf(event.type, event.version)]);
    if (!entry.validate(event.data)) {
      throw new EventValidationError(`invalid data for ${keyOf(event.type, event.version)}`, this.describe(entry.validate));
    }
    return event;
  }

  private describe(validate: ValidateFunction): string[] {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  }
}
