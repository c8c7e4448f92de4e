import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ConfigurationError } from '../config/environment';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { AllowedMethods } from '../openapi/allowed-methods';
import { openApiDocument } from '../openapi/openapi-document';
import { isDependencyOutage } from '../problem/dependency-outage';
import { TRACE_RESPONSE_HEADER, traceRequests } from '../tracing/http-tracing.middleware';

/** JSON bodies up to this size; CSV imports and evidence files have their own limits. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Applies what every service shares on top of its module: a trace per request, security headers, the browser origins
 * allowed (the console's, from CORS_ORIGINS; none by default), compression, the OpenAPI document,
 * and 405 for the methods it does not list. Requests are validated by their operations' own schemas
 * (RequestBody, RequestQuery, RequestParam), so there is no global validation pipe.
 */
export function configureApplication(app: INestApplication): ServiceConfig {
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  app.useLogger(app.get(Logger));
  app.use(traceRequests);
  // No sniffing, no framing, HSTS for when TLS terminates in front; the CSP suits the Swagger UI.
  app.use(helmet({
    frameguard: { action: 'deny' },
    contentSecurityPolicy: { directives: { 'frame-ancestors': ["'none'"] } },
    crossOriginResourcePolicy: { policy: config.CORS_ORIGINS.length ? 'cross-origin' : 'same-origin' },
  }));
  if (config.CORS_ORIGINS.length) {
    app.enableCors({ origin: config.CORS_ORIGINS, exposedHeaders: ['Retry-After', 'Location', 'Content-Language', TRACE_RESPONSE_HEADER], maxAge: 600 });
  }
  app.use(compression());
  // The JSON parser registered here, not Nest's default (100 kB): an offline batch of 200 reports
  // with their disaggregation grids is several hundred kB. Over it: 413 naming the limit.
  (app as NestExpressApplication).useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.enableShutdownHooks();
  const document = openApiDocument(app, config.service);
  app.get(AllowedMethods).learn(document.paths);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return config;
}

/** A step a library adds between creating the application and listening, e.g. event consumers. */
export type ApplicationHook = (app: INestApplication) => Promise<void>;

/**
 * Store and broker clients sometimes reject a promise nobody awaits (kafkajs's own retries, a
 * driver's background work). Such a retriable error is logged and the service goes on, waiting for
 * the dependency like everywhere else; any other unhandled rejection still ends the process.
 */
function surviveRetriableRejections(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (isDependencyOutage(reason) || (reason as { retriable?: unknown } | undefined)?.retriable === true) {
      logger.warn(`retriable error left unhandled, carrying on: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
      return;
    }
    throw reason;
  });
}

/** Entry point of every service: a bad configuration stops the process naming the variable. */
export async function startService(module: Type<unknown>, hooks: ApplicationHook[] = []): Promise<INestApplication> {
  try {
    const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false, bodyParser: false });
    const config = configureApplication(app);
    surviveRetriableRejections(app.get(Logger));
    for (const hook of hooks) await hook(app);
    await app.listen(config.PORT, config.HOST);
    app.get(Logger).log(`${config.service.name} listening on ${config.HOST}:${config.PORT}`);
    return app;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
