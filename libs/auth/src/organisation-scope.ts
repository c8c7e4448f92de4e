import { Actor, Role } from '@tributary/platform';

/** Which organisations' records an actor may see: all of them, or only its own. */
export type OrganisationScope = { kind: 'all' } | { kind: 'own'; organisationId: string } | { kind: 'none' };

/**
 * "A CSO reporter sees only its own organisation's records": the roles listed as unrestricted see
 * every organisation; anyone else sees its own organisation's records and nothing more.
 */
export function organisationScope(actor: Actor, unrestricted: Role[]): OrganisationScope {
  if ((actor.roles ?? []).some((role) => (unrestricted as string[]).includes(role))) return { kind: 'all' };
  return actor.organisationId ? { kind: 'own', organisationId: actor.organisationId } : { kind: 'none' };
}

export function mayAccessOrganisation(scope: OrganisationScope, organisationId: string | null | undefined): boolean {
  return scope.kind === 'all' || (scope.kind === 'own' && scope.organisationId === organisationId);
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return (actor.roles ?? []).some((role) => (roles as string[]).includes(role));
}
