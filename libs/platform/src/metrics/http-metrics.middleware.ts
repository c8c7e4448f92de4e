import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';
import { Metrics } from './metrics';

/** What a request that matched no route is counted as: raw paths would make a label per URL tried. */
const UNMATCHED = '(unmatched)';

/** Times every HTTP request by method, route template (`/grants/:id`, not the id) and status. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(metrics: Metrics) {
    this.duration = metrics.histogram({
      name: 'tributary_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route template and status',
      labelNames: ['method', 'route', 'status'],
    });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.duration.startTimer();
    // Express sets req.route once a route matched; by the end of the answer it is the handler's.
    res.once('finish', () => end({ method: req.method, route: (req.route as { path?: string } | undefined)?.path ?? UNMATCHED, status: String(res.statusCode) }));
    next();
  }
}
