import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataOf, EventCatalog, EventDefinition, EventEnvelope } from '@tributary/contracts';
import { RequestContext, SERVICE_CONFIG, ServiceConfig } from '@tributary/platform';
import { EVENT_CATALOG } from './event-catalog.provider';

export interface NewEvent<D extends EventDefinition> {
  definition: D;
  subject: string;
  sequence: number;
  data: DataOf<D>;
}

/**
 * Builds envelopes from the work context: the correlation id of the request or event being
 * handled, that request or event as the cause, and the acting user. Invalid events are refused
 * here, before they can reach the outbox.
 */
@Injectable()
export class EventFactory {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
  ) {}

  create<D extends EventDefinition>(event: NewEvent<D>): EventEnvelope<DataOf<D>> {
    const context = RequestContext.current();
    const envelope: EventEnvelope<DataOf<D>> = {
      id: randomUUID(),
      type: event.definition.type,
      version: event.definition.version,
      source: this.config.service.name,
      subject: event.subject,
      sequence: event.sequence,
      time: new Date().toISOString(),
      correlationId: context?.correlationId ?? randomUUID(),
      causationId: context?.causationId ?? null,
      actor: context?.actor
        ? { userId: context.actor.userId, organisationId: context.actor.organisationId }
        : { userId: `service:${this.config.service.name}`, organisationId: null },
      data: event.data,
    };
    // Checked as consumers will read it, not as the code holds it: an undefined field is stored as
    // null and a Date as text, and an event that passed here once failed its schema on reading.
    const written = JSON.parse(JSON.stringify(envelope)) as EventEnvelope<DataOf<D>>;
    this.catalog.validate(written);
    return written;
  }
}
