import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Request, Response } from 'express';
import { catchError, map, Observable, throwError } from 'rxjs';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { problemOf } from '../problem/problem-details.filter';
import { schemaProblems } from '../problem/validation';
import { documentedResponses } from './responses.decorators';

/**
 * In tests (NODE_ENV=test), every answer of a documented operation is checked against its OpenAPI
 * operation: the status must be one it declares and a body must fit the declared schema, else the
 * answer becomes a 500 that names the mismatch in the log. So every end-to-end test also tests the
 * documents, and a response that drifts from its schema fails a build rather than a client.
 */
@Injectable()
export class ResponseContractCheck implements NestInterceptor {
  private readonly active: boolean;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    this.active = config.NODE_ENV === 'test';
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const documented = this.active && context.getType() === 'http' ? documentedResponses(context.getHandler()) : undefined;
    if (!documented) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const operation = `${request.method} ${request.route?.path ?? request.path}`;
    const mismatch = (what: string) => new Error(`response contract: ${operation} ${what}`);
    return next.handle().pipe(
      map((body) => {
        if (response.headersSent) return body;
        const declared = documented[response.statusCode];
        if (!declared) throw mismatch(`answered ${response.statusCode}, which its operation does not document`);
        if (declared.schema && body !== undefined) {
          const problems = schemaProblems(declared.schema, JSON.parse(JSON.stringify(body)));
          if (problems.length) throw mismatch(`answered a body outside its schema: ${problems.map((p) => `${p.field} ${p.message.en}`).join('; ')}`);
        }
        return body;
      }),
      catchError((error: unknown) => {
        const status = problemOf(error).status;
        return throwError(() => (status < 500 && !documented[status] ? mismatch(`answered ${status} (${String((error as Error).message)}), which its operation does not document`) : error));
      }),
    );
  }
}
