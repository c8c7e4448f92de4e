import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { Role } from '@tributary/kernel';
import { Problems } from '../openapi/responses.decorators';


/** Scopes a machine client (client-credentials token) can hold. */
export const SCOPES = ['feeds:read'] as const;
export type Scope = (typeof SCOPES)[number];

export const ACCESS_RULE = 'tributary:access-rule';

export type AccessRule =
  | { kind: 'public'; reason: string }
  | { kind: 'authenticated'; roles: Role[]; scopes: Scope[] };

function rule(accessRule: AccessRule) {
  // The rule also goes into the OpenAPI document as x-access, where the role-matrix test reads it.
  return [SetMetadata(ACCESS_RULE, accessRule), ApiExtension('x-access', accessRule)];
}

/**
 * Open to anyone. A reason is required so every public endpoint says why; an endpoint with no
 * rule at all is refused to everyone (deny by default).
 */
export const Public = (reason: string) => applyDecorators(...rule({ kind: 'public', reason }));

/** Open to users holding one of the roles, or machine clients holding one of the scopes. */
export const Allow = (roles: Role[], options: { scopes?: Scope[] } = {}) =>
  applyDecorators(
    ...rule({ kind: 'authenticated', roles, scopes: options.scopes ?? [] }),
    ApiBearerAuth(),
    Problems(401, 403),
  );

export const RATE_LIMITED = 'tributary:rate-limited';

/**
 * What an endpoint's calls count against, beyond the per-organisation limit on every
 * authenticated write: `sign-in` (per account and per client address, stricter) or `bulk` (batch
 * and import endpoints, per organisation).
 */
export type RateLimitKind = 'sign-in' | 'bulk';

export const RateLimited = (kind: RateLimitKind) =>
  applyDecorators(SetMetadata(RATE_LIMITED, kind), ApiExtension('x-rate-limit', kind), Problems(429));
