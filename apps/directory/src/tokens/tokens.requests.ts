import { Static, Type } from '@sinclair/typebox';
import { Id, OneOf, RequestObject, SCOPES, StringEnum } from '@tributary/platform';

const Scope = Type.Optional(Type.String({ minLength: 1, description: 'space-separated scopes asked for', examples: ['feeds:read'] }));

export const TokenRequest = OneOf(
  'grant_type',
  [
    RequestObject(
      {
        grant_type: Type.Literal('password'),
        username: Type.String({ minLength: 3, description: 'the email address', examples: ['rapporteur@amss.example'] }),
        password: Type.String({ minLength: 1 }),
        scope: Scope,
      },
      { title: 'PasswordGrant' },
    ),
    RequestObject({ grant_type: Type.Literal('refresh_token'), refresh_token: Type.String({ minLength: 10 }), scope: Scope }, { title: 'RefreshTokenGrant' }),
    RequestObject(
      { grant_type: Type.Literal('client_credentials'), client_id: Id, client_secret: Type.String({ minLength: 1 }), scope: Scope },
      { title: 'ClientCredentialsGrant' },
    ),
  ],
  { title: 'TokenRequest' },
);
export type TokenRequest = Static<typeof TokenRequest>;

export const RevokeRequest = RequestObject(
  { token: Type.String({ minLength: 10, description: 'the refresh token to revoke (with every token issued from the same sign-in)' }) },
  { title: 'RevokeRequest' },
);
export type RevokeRequest = Static<typeof RevokeRequest>;

export const RegisterClientRequest = RequestObject(
  {
    name: Type.String({ minLength: 1, maxLength: 120, examples: ['Outil de suivi-évaluation FHI 360'] }),
    organisationId: Id,
    scopes: Type.Array(StringEnum(SCOPES), { minItems: 1 }),
  },
  { title: 'RegisterClientRequest' },
);
export type RegisterClientRequest = Static<typeof RegisterClientRequest>;
