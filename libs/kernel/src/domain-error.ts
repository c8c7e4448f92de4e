import { Bilingual } from './language';

export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'conflict' | 'not-found' | 'forbidden' | 'locked';

/**
 * A business rule said no. Plain TypeScript so domain code can throw it; the problem filter turns
 * it into a 4xx answer in the caller's language, naming the field when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly text: Bilingual,
    readonly field?: string,
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}
