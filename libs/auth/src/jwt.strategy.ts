import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor } from '@tributary/platform';
import { passportJwtSecret } from 'jwks-rsa';
import { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_ENVIRONMENT, AuthEnvironment } from './auth.environment';
import { AccessTokenClaims, actorFromClaims } from './token-claims';

const KEYS_UNREACHABLE = Symbol('keys-unreachable');

function markKeysUnreachable(request: Request, error: unknown): void {
  (request as Request & { [KEYS_UNREACHABLE]?: unknown })[KEYS_UNREACHABLE] = error;
}

/** Why the token's keys could not be fetched (the issuer's JWKS is unreachable), if that is why it was refused. */
export function keysUnreachable(request: Request): unknown {
  return (request as Request & { [KEYS_UNREACHABLE]?: unknown })[KEYS_UNREACHABLE];
}

/**
 * Verifies RS256 access tokens against the issuer's JWKS. Keys are cached and fetched again when a
 * token names a key id the cache does not know, which is how rotation reaches every service.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(AUTH_ENVIRONMENT) env: AuthEnvironment) {
    const keys = passportJwtSecret({
      jwksUri: env.AUTH_JWKS_URL,
      cache: true,
      cacheMaxAge: 10 * 60 * 1000,
      rateLimit: true,
      jwksRequestsPerMinute: 30,
    });
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt answers every key failure as a bad token; an unreachable key source is marked so the guard answers 503.
      secretOrKeyProvider: (request: Request, token: string, done: (error: unknown, key?: string | Buffer) => void) =>
        keys(request, token, (error, key) => {
          // An unknown key id arrives as no key (401); the rate limit guards against forged key ids (401 too).
          if (error && (error as Error).name !== 'JwksRateLimitError') markKeysUnreachable(request, error);
          done(error, key ?? undefined);
        }),
      algorithms: ['RS256'],
      audience: env.AUTH_AUDIENCE,
      issuer: env.AUTH_ISSUER,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Actor {
    return actorFromClaims(claims);
  }
}
