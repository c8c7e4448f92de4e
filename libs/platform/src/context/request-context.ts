import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Language } from '@tributary/kernel';

/** Who acts: a user of an organisation, or a service acting on an event. */
export interface Actor {
  userId: string;
  organisationId: string | null;
  roles?: string[];
  /** Held by machine clients (client-credentials tokens). */
  scopes?: string[];
  preferredLanguage?: Language;
}

/**
 * What travels with one unit of work — an HTTP request or one consumed event — so that log lines
 * and the events it causes carry the same correlation id without threading it through every call.
 */
export interface WorkContext {
  correlationId: string;
  /** Id of the event or request that caused this work. */
  causationId: string | null;
  actor: Actor | null;
  language: Language;
  /** Set while a read model is being rebuilt: handlers then write to that generation. */
  readModelGeneration?: number;
}

const storage = new AsyncLocalStorage<WorkContext>();

export const RequestContext = {
  run<T>(context: Partial<WorkContext>, work: () => T): T {
    return storage.run(
      {
        correlationId: context.correlationId ?? randomUUID(),
        causationId: context.causationId ?? null,
        actor: context.actor ?? null,
        language: context.language ?? 'en',
        readModelGeneration: context.readModelGeneration,
      },
      work,
    );
  },
  current(): WorkContext | undefined {
    return storage.getStore();
  },
  /** Fills in fields learned after the context started, e.g. the actor once the token is checked. */
  update(patch: Partial<WorkContext>): void {
    const store = storage.getStore();
    if (store) Object.assign(store, patch);
  },
};
