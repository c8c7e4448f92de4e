import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor } from '@tributary/platform';
import { passportJwtSecret } from 'jwks-rsa';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_ENVIRONMENT, AuthEnvironment } from './auth.environment';
import { AccessTokenClaims, actorFromClaims } from './token-claims';

/**
 * Verifies RS256 access tokens against the issuer's JWKS. Keys are cached and fetched again when a
 * token names a key id the cache does not know, which is how rotation reaches every service.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(AUTH_ENVIRONMENT) env: AuthEnvironment) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKeyProvider: passportJwtSecret({
        jwksUri: env.AUTH_JWKS_URL,
        cache: true,
        cacheMaxAge: 10 * 60 * 1000,
        rateLimit: true,
        jwksRequestsPerMinute: 30,
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
