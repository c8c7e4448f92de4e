import { Bilingual } from '@tributary/kernel';
import { platformMessages as text } from '../platform.messages';
import { OUTAGE_RETRY_AFTER_SECONDS } from './dependency-outage';
import { ProblemSpec } from './problem';

/** Problems every service can answer with, for statuses Nest or the platform raise themselves. */
export const CommonProblems = {
  validation: (errors: ProblemSpec['errors']): ProblemSpec => ({ status: 400, code: 'validation', title: text('validationTitle'), errors }),
  malformedBody: (): ProblemSpec => ({ status: 400, code: 'malformed-body', title: text('malformedBodyTitle'), detail: text('malformedBodyDetail') }),
  unauthenticated: (): ProblemSpec => ({ status: 401, code: 'unauthenticated', title: text('unauthenticatedTitle'), detail: text('unauthenticatedDetail') }),
  forbidden: (): ProblemSpec => ({ status: 403, code: 'forbidden', title: text('forbiddenTitle'), detail: text('forbiddenDetail') }),
  notFound: (): ProblemSpec => ({ status: 404, code: 'not-found', title: text('notFoundTitle') }),
  methodNotAllowed: (allowed: string[]): ProblemSpec => ({
    status: 405,
    code: 'method-not-allowed',
    title: text('methodNotAllowedTitle'),
    detail: text('methodNotAllowedDetail', { methods: allowed.join(', ') }),
  }),
  conflict: (detail?: ProblemSpec['detail']): ProblemSpec => ({ status: 409, code: 'conflict', title: text('conflictTitle'), detail }),
  overLimit: (errors: ProblemSpec['errors']): ProblemSpec => ({ status: 422, code: 'limit-exceeded', title: text('overLimitTitle'), errors }),
  payloadTooLarge: (limitBytes?: number): ProblemSpec => ({
    status: 413,
    code: 'payload-too-large',
    title: text('payloadTooLargeTitle'),
    ...(limitBytes ? { detail: text('payloadTooLargeDetail', { kilobytes: Math.round(limitBytes / 1024) }) } : {}),
  }),
  tooManyRequests: (retryAfterSeconds: number, limit: Bilingual): ProblemSpec => ({
    status: 429,
    code: 'too-many-requests',
    title: text('tooManyRequestsTitle'),
    detail: text('tooManyRequestsDetail', { limit, seconds: retryAfterSeconds }),
    retryAfterSeconds,
  }),
  unavailable: (): ProblemSpec => ({
    status: 503,
    code: 'unavailable',
    title: text('unavailableTitle'),
    detail: text('unavailableDetail'),
    retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
  }),
  internal: (): ProblemSpec => ({ status: 500, code: 'internal', title: text('internalTitle'), detail: text('internalDetail') }),
};
