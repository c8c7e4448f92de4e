import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { RequestContext } from '../context/request-context';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { currentTraceIds } from '../tracing/tracing';

export const CORRELATION_HEADER = 'x-correlation-id';

function correlationIdOf(req: IncomingMessage): string {
  const header = req.headers[CORRELATION_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

/** JSON logs on stdout; every line carries the correlation id, and trace and span ids, of the work it belongs to. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: ServiceConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          base: { service: config.service.name },
          genReqId: (req) => correlationIdOf(req),
          customAttributeKeys: { reqId: 'correlationId' },
          mixin: () => {
            const context = RequestContext.current();
            return { ...(context ? { correlationId: context.correlationId } : {}), ...currentTraceIds() };
          },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => req.url === '/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
