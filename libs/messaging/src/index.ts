export * from './kafka-connection';
export * from './messaging.module';
