import { HttpException } from '@nestjs/common';
import { Language } from '../context/request-context';

/** A sentence a person reads, in both languages the platform speaks. */
export interface Bilingual {
  fr: string;
  en: string;
}

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
}

/** Thrown anywhere in a request to answer with an RFC 7807 problem body. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemSpec) {
    super(problem.title.en, problem.status);
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  errors?: { field: string; message: string }[];
}

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
