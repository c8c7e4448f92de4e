import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { otlpTracesUrl } from '../config/environment';
import { flushTraces, startTracing } from './tracing';

/** Starts tracing with the service (before any request or event), and sends the last spans as it stops. */
@Injectable()
export class TracingLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    startTracing(config.service.name, otlpTracesUrl(config));
  }

  async onApplicationShutdown(): Promise<void> {
    await flushTraces();
  }
}
