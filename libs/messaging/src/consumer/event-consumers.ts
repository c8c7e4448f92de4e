import { INestApplication, Inject, Injectable, Optional } from '@nestjs/common';
import { EventCatalog } from '@tributary/contracts';
import { EVENT_CATALOG } from '../events/event-catalog.provider';
import { KafkaConnection } from '../kafka-connection';
import { EventBatches } from './event-batches';
import { EventConsumerOptions, KafkaEventTransport } from './kafka-event.transport';

export const EVENT_CONSUMER_OPTIONS = Symbol('EVENT_CONSUMER_OPTIONS');

/** Holds the service's event transport once it is connected, for pausing and replays. */
@Injectable()
export class EventConsumers {
  transport?: KafkaEventTransport;

  constructor(@Optional() @Inject(EVENT_CONSUMER_OPTIONS) readonly options?: EventConsumerOptions) {}
}

/**
 * Connects the service's @EventPattern handlers to Kafka. Called by the service bootstrap (and by
 * tests booting a service) between creating the application and listening.
 */
export async function connectEventConsumers(app: INestApplication): Promise<void> {
  const consumers = app.get(EventConsumers);
  if (!consumers.options) return;
  const transport = new KafkaEventTransport(app.get(KafkaConnection), app.get<EventCatalog>(EVENT_CATALOG), consumers.options, app.get(EventBatches));
  consumers.transport = transport;
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  await app.startAllMicroservices();
}
