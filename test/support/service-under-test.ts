import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connectEventConsumers, EventConsumers } from '@tributary/messaging';
import { configureApplication, StoreStartup } from '@tributary/platform';
import { requiredInfrastructure } from './test-namespace';

/**
 * Boots a service's real module in this process against the real servers, with the given
 * variables on top of the infrastructure's. Returns the app; close it in afterAll.
 */
export async function bootService(module: Type<unknown>, env: Record<string, string>): Promise<INestApplication> {
  const { kafkaBrokers, mongoUrl } = requiredInfrastructure();
  Object.assign(process.env, { KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, LOG_LEVEL: 'warn', ...env });
  const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false, bodyParser: false });
  configureApplication(app);
  await connectEventConsumers(app);
  await app.init();
  // The service starts before its store and broker answer; tests begin once it is ready.
  await app.get(StoreStartup).ready();
  await app.get(EventConsumers).started();
  return app;
}
