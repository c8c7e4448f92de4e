import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { platformEnvironment, readEnvironment } from './config/environment';
import { SERVICE_CONFIG, ServiceConfig, ServiceDescriptor } from './config/service-config';
import { RequestContextMiddleware } from './context/request-context.middleware';
import { HealthController } from './health/health.controller';
import { HealthRegistry } from './health/health-registry';
import { LoggingModule } from './logging/logging.module';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { MongoModule } from './mongo/mongo.module';
import { AllowedMethods, MethodNotAllowedMiddleware } from './openapi/allowed-methods';
import { ResponseContractCheck } from './openapi/response-contract.check';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { TracingLifecycle } from './tracing/tracing-lifecycle';

@Global()
@Module({})
class ConfigHolderModule {
  static register(service: ServiceDescriptor, env: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: ConfigHolderModule,
      providers: [
        {
          provide: SERVICE_CONFIG,
          // Read when the application is created, so a bad value surfaces as a ConfigurationError there.
          useFactory: (): ServiceConfig => ({
            ...readEnvironment(platformEnvironment({ port: service.defaultPort, database: `tributary_${service.name}` }), env),
            service,
          }),
        },
        HealthRegistry,
        Metrics,
        TracingLifecycle,
      ],
      exports: [SERVICE_CONFIG, HealthRegistry, Metrics],
    };
  }
}

/**
 * Everything a Tributary service needs before its own code: validated configuration, JSON logs
 * with correlation and trace ids, traces, its MongoDB database, RFC 7807 errors, GET /health and GET /metrics.
 */
@Module({})
export class PlatformModule implements NestModule {
  static forService(service: ServiceDescriptor, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: PlatformModule,
      imports: [ConfigHolderModule.register(service, env), LoggingModule, MongoModule, TerminusModule],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: ResponseContractCheck },
        AllowedMethods,
      ],
      exports: [ConfigHolderModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware, RequestContextMiddleware, MethodNotAllowedMiddleware).forRoutes('*');
  }
}
