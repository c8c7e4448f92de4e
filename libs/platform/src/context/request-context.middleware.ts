import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER } from '../logging/logging.module';
import { negotiateLanguage } from './language';
import { RequestContext } from './request-context';

/** Opens the work context of an HTTP request; pino-http already chose the correlation id. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const correlationId = String((req as Request & { id?: unknown }).id ?? '');
    res.setHeader(CORRELATION_HEADER, correlationId);
    RequestContext.run(
      {
        correlationId: correlationId || undefined,
        language: negotiateLanguage(req.headers['accept-language']),
      },
      next,
    );
  }
}
