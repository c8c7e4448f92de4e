import { randomUUID } from 'node:crypto';

/** A new record id: a random UUID, so clients and services can mint ids without asking anyone. */
export const newId = (): string => randomUUID();
