import { NextFunction, Request, Response } from 'express';
import { openSpan, traceOf } from './tracing';

/** W3C Trace Context level 2's answer header: the caller learns the trace to quote, even when it sent none. */
export const TRACE_RESPONSE_HEADER = 'traceresponse';

const UNTRACED = /^\/(health|metrics)(\/|$)/;

/**
 * A server span per request, continuing the caller's trace when it sends `traceparent`, named by
 * route template once routing is done (`POST /activities/:id/report/validate`, not the id).
 * Everything the request does (its logs, the events it stores) runs inside it. Installed before
 * any other middleware, so that an answer from one of them (413 from the body parser) has its trace too.
 */
export function traceRequests(req: Request, res: Response, next: NextFunction): void {
  // Probes and scrapes come every few seconds and would bury the traces of real work.
  const path = req.originalUrl.split('?')[0];
  if (UNTRACED.test(path)) return next();
  const span = openSpan(req.method, {
    kind: 'server',
    parent: traceOf(req.headers),
    attributes: { 'http.request.method': req.method, 'url.path': path },
  });
  res.setHeader(TRACE_RESPONSE_HEADER, span.trace.traceparent);
  res.once('finish', () => {
    // Express sets req.route once a route matched; by the end of the answer it is the handler's.
    const route = (req.route as { path?: string } | undefined)?.path;
    span.set({ 'http.response.status_code': res.statusCode });
    if (route) {
      span.set({ 'http.route': route });
      span.rename(`${req.method} ${route}`);
    }
    span.end(res.statusCode >= 500 ? new Error(`answered ${res.statusCode}`) : undefined);
  });
  span.within(next);
}
