import { Actor, Role, Scope } from '@tributary/platform';

/**
 * The parts an organisation takes in a record: it is the record (an organisation's own profile, its
 * users), leads the project it belongs to, receives the sub-grant, or funds the project.
 */
export type Part = 'self' | 'lead' | 'recipient' | 'donor';

/** Which organisations take which part in one record. */
export type RecordParts = Partial<Record<Part, string | readonly string[] | null | undefined>>;

/**
 * Per role, or per scope for machine clients (which hold scopes, not roles): every record, or the
 * records the actor's organisation takes one of these parts in.
 */
export type ScopeRules = Partial<Record<Role | Scope, 'all' | readonly Part[]>>;

/** Which records an actor reaches: all of them, those its organisation takes these parts in, or none. */
export type OrganisationScope = { kind: 'all' } | { kind: 'parts'; organisationId: string; parts: Part[] } | { kind: 'none' };

/** A store filter, in the stores' query language. */
export type ScopeFilter = Record<string, unknown>;

/** How to find, in the store, the records an organisation takes a part in: a field, or a filter made for it. */
export type PartConditions = Partial<Record<Part, string | ((organisationId: string) => ScopeFilter | Promise<ScopeFilter>)>>;

/**
 * The one place where "who sees which organisation's records" is decided, e.g. "a CSO reporter
 * sees the sub-grants its organisation receives". A policy names, per role, the parts through which
 * an actor's organisation reaches a kind of record; an actor with several roles reaches what any of
 * them does. Records out of reach are answered as absent, so their existence is not disclosed.
 */
export class ScopePolicy<R> {
  constructor(
    private readonly rules: ScopeRules,
    private readonly partsOf: (record: R) => RecordParts,
  ) {}

  scope(actor: Actor): OrganisationScope {
    const granted = [...(actor.roles ?? []), ...(actor.scopes ?? [])].flatMap((name) => this.rules[name as Role | Scope] ?? []);
    if (granted.includes('all')) return { kind: 'all' };
    const parts = [...new Set(granted as Part[])];
    return actor.organisationId && parts.length > 0 ? { kind: 'parts', organisationId: actor.organisationId, parts } : { kind: 'none' };
  }

  allows(actor: Actor, record: R): boolean {
    const scope = this.scope(actor);
    if (scope.kind !== 'parts') return scope.kind === 'all';
    const parts = this.partsOf(record);
    return scope.parts.some((part) => ([] as (string | null | undefined)[]).concat(parts[part]).includes(scope.organisationId));
  }

  /** The store filter of the records in the actor's reach: {} for all of them, null for none. */
  async where(actor: Actor, conditions: PartConditions): Promise<ScopeFilter | null> {
    const scope = this.scope(actor);
    if (scope.kind !== 'parts') return scope.kind === 'all' ? {} : null;
    const filters = await Promise.all(
      scope.parts.flatMap((part) => {
        const condition = conditions[part];
        if (condition === undefined) return [];
        return [typeof condition === 'string' ? { [condition]: scope.organisationId } : condition(scope.organisationId)];
      }),
    );
    if (filters.length === 0) return null;
    return filters.length === 1 ? filters[0] : { $or: filters };
  }
}

/** Every one of the filters (empty ones dropped), as one filter. */
export function allOf(...filters: ScopeFilter[]): ScopeFilter {
  const conditions = filters.filter((filter) => Object.keys(filter).length > 0);
  return conditions.length <= 1 ? (conditions[0] ?? {}) : { $and: conditions };
}

/** A role check that is not about whose records: what only some roles may do at all. */
export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return (actor.roles ?? []).some((role) => (roles as string[]).includes(role));
}
