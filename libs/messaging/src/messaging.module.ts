import { DynamicModule, Global, Module } from '@nestjs/common';
import { EventCatalog, platformCatalog } from '@tributary/contracts';
import { EventBatches } from './consumer/event-batches';
import { EVENT_CONSUMER_OPTIONS, EventConsumers } from './consumer/event-consumers';
import { EventConsumerOptions } from './consumer/kafka-event.transport';
import { EVENT_CATALOG } from './events/event-catalog.provider';
import { EventFactory } from './events/event-factory';
import { KafkaConnection } from './kafka-connection';
import { MessagingMetrics } from './metrics/messaging-metrics';
import { OutboxRelay } from './outbox/outbox-relay';
import { AggregateStores } from './outbox/aggregate-store';
import { ReadModelRebuilder } from './read-models/read-model-rebuilder';
import { ReadModelsAdminController } from './read-models/read-models-admin.controller';
import { ReadModelStore } from './read-models/read-model-store';
import { AuditController } from './audit/audit.http.controller';
import { AuditTrail } from './audit/audit-trail';

export interface MessagingOptions {
  /** Set when the service consumes events. */
  consumer?: EventConsumerOptions;
  /** The platform's catalogue unless given (tests bring their own). */
  catalog?: EventCatalog;
}

/** Kafka, the outbox relay, event consumers and read models of one service. */
@Global()
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      controllers: [AuditController, ...(options.consumer ? [ReadModelsAdminController] : [])],
      providers: [
        KafkaConnection,
        EventFactory,
        OutboxRelay,
        AggregateStores,
        ReadModelStore,
        ReadModelRebuilder,
        EventConsumers,
        EventBatches,
        AuditTrail,
        MessagingMetrics,
        { provide: EVENT_CATALOG, useValue: options.catalog ?? platformCatalog() },
        { provide: EVENT_CONSUMER_OPTIONS, useValue: options.consumer },
      ],
      exports: [KafkaConnection, EventFactory, OutboxRelay, AggregateStores, ReadModelStore, ReadModelRebuilder, EventConsumers, EventBatches, AuditTrail, MessagingMetrics, EVENT_CATALOG],
    };
  }
}
