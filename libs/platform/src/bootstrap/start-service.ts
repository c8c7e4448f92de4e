import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { Logger } from 'nestjs-pino';
import { ConfigurationError } from '../config/environment';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { createValidationPipe } from '../problem/validation';

/** Applies what every service shares on top of its module: pipes, compression, OpenAPI. */
export function configureApplication(app: INestApplication): ServiceConfig {
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.use(compression());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`Tributary ${config.service.title}`)
      .setDescription(config.service.description)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return config;
}

/** A step a library adds between creating the application and listening, e.g. event consumers. */
export type ApplicationHook = (app: INestApplication) => Promise<void>;

/** Entry point of every service: a bad configuration stops the process naming the variable. */
export async function startService(module: Type<unknown>, hooks: ApplicationHook[] = []): Promise<INestApplication> {
  try {
    const app = await NestFactory.create(module, { bufferLogs: true, abortOnError: false });
    const config = configureApplication(app);
    for (const hook of hooks) await hook(app);
    await app.listen(config.PORT, '0.0.0.0');
    app.get(Logger).log(`${config.service.name} listening on port ${config.PORT}`);
    return app;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
