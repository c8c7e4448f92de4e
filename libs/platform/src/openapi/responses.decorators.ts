import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { TSchema } from '@sinclair/typebox';
import { ProblemSchema } from '../problem/problem';
import { plainSchema } from './schemas';

/** Where the statuses an operation documents are kept, for the response check run by the tests. */
export const DOCUMENTED_RESPONSES = 'tributary:documented-responses';

export interface DocumentedResponse {
  /** Absent for a response without a body (204). */
  schema?: TSchema;
  mediaTypes: string[];
}

export type DocumentedResponses = Record<number, DocumentedResponse>;

export function documentedResponses(handler: object): DocumentedResponses | undefined {
  return Reflect.getMetadata(DOCUMENTED_RESPONSES, handler);
}

const record = (status: number, response: DocumentedResponse): MethodDecorator => (_target, _key, descriptor) => {
  const method = descriptor.value as object;
  Reflect.defineMetadata(DOCUMENTED_RESPONSES, { ...documentedResponses(method), [status]: response }, method);
  return descriptor;
};

const SUCCESS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'Done; no content' };

/**
 * A success answer of the operation and the schema of its body. Declare each one the operation
 * gives; in tests every answer is checked against what is declared here.
 */
export function Responds(status: 200 | 201 | 204, body?: TSchema, options: { description?: string; mediaTypes?: string[] } = {}): MethodDecorator {
  const mediaTypes = options.mediaTypes ?? ['application/json'];
  return applyDecorators(
    ApiResponse({
      status,
      description: options.description ?? SUCCESS[status],
      ...(body ? { content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: plainSchema(body) }])) } : {}),
    }),
    record(status, { schema: body, mediaTypes: body ? mediaTypes : [] }),
  );
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 423 | 429 | 503;

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'The request does not fit its schema (`errors` names each field), or its body is not readable',
  401: 'No valid token (missing, invalid or expired), or wrong credentials',
  403: 'Your role, scope or organisation does not allow this',
  404: 'Not found, or not visible to you',
  409: 'Conflict with the current state: a stale version, a duplicate, or a step the current status does not allow',
  413: 'The body is too large',
  422: 'A business rule refused the request; `errors` names the field when there is one',
  423: 'The account is locked after repeated failed sign-ins',
  429: 'Too many requests from your organisation, account or client: `Retry-After` says when to try again',
  503: 'The store, Kafka or the token keys cannot be reached right now; `Retry-After` says when to try again',
};

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A problem answer as the OpenAPI document writes it. */
export const problemResponse = (status: ProblemStatus) => ({
  description: PROBLEM_DESCRIPTIONS[status],
  content: { [PROBLEM_MEDIA_TYPE]: { schema: plainSchema(ProblemSchema) } },
});

/** Error answers the operation can give, each an RFC 7807 problem in the caller's language. */
export const Problems = (...statuses: ProblemStatus[]): MethodDecorator =>
  applyDecorators(
    ...statuses.flatMap((status) => [
      ApiResponse({ status, ...problemResponse(status) }),
      record(status, { schema: ProblemSchema, mediaTypes: [PROBLEM_MEDIA_TYPE] }),
    ]),
  );
