import { INestApplication, Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { EventCatalog } from '@tributary/contracts';
import { HealthRegistry, StoreStartup } from '@tributary/platform';
import { EVENT_CATALOG } from '../events/event-catalog.provider';
import { KafkaConnection } from '../kafka-connection';
import { MessagingMetrics } from '../metrics/messaging-metrics';
import { ReadModelStore } from '../read-models/read-model-store';
import { EventBatches } from './event-batches';
import { EventConsumerOptions, KafkaEventTransport } from './kafka-event.transport';

export const EVENT_CONSUMER_OPTIONS = Symbol('EVENT_CONSUMER_OPTIONS');

/** Holds the service's event transport once it is connected, for pausing, replays and readiness. */
@Injectable()
export class EventConsumers implements OnModuleInit {
  transport?: KafkaEventTransport;

  constructor(
    private readonly health: HealthRegistry,
    @Optional() @Inject(EVENT_CONSUMER_OPTIONS) readonly options?: EventConsumerOptions,
  ) {}

  onModuleInit(): void {
    if (!this.options) return;
    this.health.register({
      name: 'events',
      check: async () => {
        const waitingFor = this.transport ? this.transport.waitingFor : 'not connected';
        if (waitingFor) throw new Error(waitingFor);
      },
    });
  }

  /** Settles once the service consumes its events; tests booting a service wait for it. */
  async started(): Promise<void> {
    await this.transport?.started;
  }
}

/**
 * Connects the service's @EventPattern handlers to Kafka. Called by the service bootstrap (and by
 * tests booting a service) between creating the application and listening.
 */
export async function connectEventConsumers(app: INestApplication): Promise<void> {
  const consumers = app.get(EventConsumers);
  if (!consumers.options) return;
  const readModels = app.get(ReadModelStore);
  const transport = new KafkaEventTransport(
    app.get(KafkaConnection), app.get<EventCatalog>(EVENT_CATALOG), consumers.options, app.get(EventBatches),
    () => app.get(StoreStartup).ready(),
    () => readModels.settled(),
    app.get(MessagingMetrics),
  );
  consumers.transport = transport;
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  await app.startAllMicroservices();
}
