import { Actor, Language } from '@tributary/platform';

/** Claims of a Tributary access token, beyond the registered ones (sub, aud, iss, exp, iat, jti). */
export interface AccessTokenClaims {
  sub: string;
  /** Organisation the user or client acts for. */
  org: string | null;
  roles: string[];
  /** Space-separated, as in OAuth 2.0; only client-credentials tokens carry one. */
  scope?: string;
  lang?: Language;
}

export function actorFromClaims(claims: AccessTokenClaims): Actor {
  return {
    userId: claims.sub,
    organisationId: claims.org ?? null,
    roles: Array.isArray(claims.roles) ? claims.roles : [],
    scopes: claims.scope ? claims.scope.split(' ').filter(Boolean) : [],
    preferredLanguage: claims.lang === 'en' || claims.lang === 'fr' ? claims.lang : undefined,
  };
}
