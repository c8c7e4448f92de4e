import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { RequestContext } from '../context/request-context';
import { negotiateLanguage } from '../context/language';
import { DomainError } from '@tributary/kernel';
import { CommonProblems } from './common-problems';
import { isDependencyOutage } from './dependency-outage';
import { ProblemException, ProblemSpec, renderProblem } from './problem';

const DOMAIN_STATUS: Record<DomainError['kind'], number> = {
  invalid: 422,
  unauthenticated: 401,
  conflict: 409,
  'not-found': 404,
  forbidden: 403,
  locked: 423,
};

/** The problem an exception answers with. */
export function problemOf(exception: unknown): ProblemSpec {
  if (exception instanceof ProblemException) return exception.problem;
  if (exception instanceof DomainError) {
    return {
      status: DOMAIN_STATUS[exception.kind],
      code: exception.code,
      title: exception.text,
      ...(exception.field ? { errors: [{ field: exception.field, message: exception.text }] } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // body-parser marks unreadable JSON with type entity.parse.failed and status 400
    const cause = exception.cause as { type?: string } | undefined;
    if (status === 400 && (cause?.type === 'entity.parse.failed' || /JSON/.test(exception.message))) {
      return CommonProblems.malformedBody();
    }
    switch (status) {
      case 401: return CommonProblems.unauthenticated();
      case 403: return CommonProblems.forbidden();
      case 404: return CommonProblems.notFound();
      case 409: return CommonProblems.conflict();
      case 413: return CommonProblems.payloadTooLarge();
      default:
        return {
          status,
          code: `http-${status}`,
          title: { fr: exception.message, en: exception.message },
        };
    }
  }
  const bodyParserError = exception as { type?: string; status?: number; expose?: boolean; message?: string; limit?: number } | undefined;
  if (bodyParserError?.type === 'entity.parse.failed') return CommonProblems.malformedBody();
  if (bodyParserError?.type === 'entity.too.large') return CommonProblems.payloadTooLarge(bodyParserError.limit);
  if (bodyParserError?.expose && bodyParserError.status && bodyParserError.status >= 400 && bodyParserError.status < 500) {
    const message = bodyParserError.message ?? 'Bad request';
    return { status: bodyParserError.status, code: `http-${bodyParserError.status}`, title: { fr: message, en: message } };
  }
  if (isDependencyOutage(exception)) return CommonProblems.unavailable();
  return CommonProblems.internal();
}

/** Every error leaves as application/problem+json in the caller's language. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const spec = problemOf(exception);
    if (spec.status === 503) this.logger.warn(`${request.method} ${request.originalUrl} refused, a dependency is away: ${exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception)}`);
    else if (spec.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (spec.retryAfterSeconds) response.setHeader('Retry-After', String(spec.retryAfterSeconds));
    const context = RequestContext.current();
    const language = negotiateLanguage(request.headers['accept-language'], context?.language ?? null);
    response
      .status(spec.status)
      .type('application/problem+json')
      .json(renderProblem(spec, language, request.originalUrl, context?.correlationId));
  }
}
