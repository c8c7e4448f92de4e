import { HttpException } from '@nestjs/common';
import { Static, Type } from '@sinclair/typebox';
import { Bilingual, Language } from '@tributary/kernel';

export interface FieldProblem {
  /** Path of the offending field in the request, e.g. `participants[3].count`. */
  field: string;
  message: Bilingual;
}

export interface ProblemSpec {
  status: number;
  /** Stable machine-readable code; becomes the problem `type` URI. */
  code: string;
  title: Bilingual;
  detail?: Bilingual;
  errors?: FieldProblem[];
  /** Sent as `Retry-After` (seconds): the request may succeed unchanged later. */
  retryAfterSeconds?: number;
}

/** Thrown anywhere in a request to answer with an RFC 7807 problem body. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemSpec) {
    super(problem.title.en, problem.status);
  }
}

/** The body of every error answer (application/problem+json), as the OpenAPI documents show it. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ format: 'uri', description: 'stable identifier of the kind of problem', examples: ['https://tributary.example/problems/validation'] }),
    title: Type.String({ description: "what went wrong, in the caller's language (fr or en)" }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String({ description: 'the path of the request' })),
    correlationId: Type.Optional(Type.String({ description: 'follows the request into logs and the events it caused' })),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'path of the offending field, e.g. participants.cells[3].count', examples: ['participants.cells[3].count'] }),
          message: Type.String(),
        }),
      ),
    ),
  },
  { title: 'Problem', description: 'RFC 7807 problem details' },
);

export type ProblemBody = Static<typeof ProblemSchema>;

export const PROBLEM_TYPE_BASE = 'https://tributary.example/problems/';

export function renderProblem(spec: ProblemSpec, language: Language, instance?: string, correlationId?: string): ProblemBody {
  return {
    type: PROBLEM_TYPE_BASE + spec.code,
    title: spec.title[language],
    status: spec.status,
    ...(spec.detail ? { detail: spec.detail[language] } : {}),
    ...(instance ? { instance } : {}),
    ...(correlationId ? { correlationId } : {}),
    ...(spec.errors?.length
      ? { errors: spec.errors.map((e) => ({ field: e.field, message: e.message[language] })) }
      : {}),
  };
}
