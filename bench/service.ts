import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connectEventConsumers, EventConsumers } from '@tributary/messaging';
import { configureApplication, StoreStartup } from '@tributary/platform';

/**
 * A service in the benchmark's own process, listening on a free port. It answers before its store
 * and consumers are up; measuring starts once they are.
 */
export async function startService(module: Type<unknown>): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(module, { logger: ['error', 'warn'], abortOnError: false, bodyParser: false });
  configureApplication(app);
  await connectEventConsumers(app);
  await app.listen(0, '127.0.0.1');
  await app.get(StoreStartup).ready();
  await app.get(EventConsumers).started();
  return { app, url: await app.getUrl() };
}
