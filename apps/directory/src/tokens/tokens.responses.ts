import { Static, Type } from '@sinclair/typebox';
import { SCOPES, StringEnum } from '@tributary/platform';

export const TokenResponse = Type.Object(
  {
    access_token: Type.String({ description: 'RS256 JWT' }),
    token_type: Type.Literal('Bearer'),
    expires_in: Type.Integer({ minimum: 1, description: 'seconds' }),
    refresh_token: Type.Optional(Type.String({ description: 'for users; works once' })),
    scope: Type.Optional(Type.String({ description: 'for machine clients' })),
  },
  { title: 'Token' },
);
export type TokenResponse = Static<typeof TokenResponse>;

export const JwksResponse = Type.Object(
  { keys: Type.Array(Type.Object({ kty: Type.String(), kid: Type.String(), alg: Type.String(), use: Type.String(), n: Type.String(), e: Type.String() })) },
  { title: 'Jwks', description: 'JSON Web Key Set (RFC 7517)' },
);
export type JwksResponse = Static<typeof JwksResponse>;

export const RotatedKeyResponse = Type.Object({ kid: Type.String({ description: 'id of the new signing key' }) }, { title: 'RotatedKey' });

export const RegisteredClientResponse = Type.Object(
  { clientId: Type.String(), clientSecret: Type.String({ description: 'shown this once; only its hash is kept' }), scopes: Type.Array(StringEnum(SCOPES)) },
  { title: 'RegisteredClient' },
);
export type RegisteredClientResponse = Static<typeof RegisteredClientResponse>;
