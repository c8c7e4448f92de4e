import { Inject, Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AccessTokenClaims, AUTH_ENVIRONMENT, AuthEnvironment } from '@tributary/auth';
import { DomainError, Scope, SCOPES } from '@tributary/platform';
import { compare, hash } from 'bcryptjs';
import { sign } from 'jsonwebtoken';
import { DIRECTORY_ENVIRONMENT, DirectoryEnvironment } from '../../directory.service-descriptor';
import { BCRYPT_COST, UserCommands } from '../../users/commands/user-commands.service';
import { User, UserState } from '../../users/domain/user';
import { ApiClients } from '../database/api-clients.repository';
import { RefreshTokens } from '../database/refresh-tokens.repository';
import { SigningKeys } from '../database/signing-keys.repository';
import { hashSecret, newSecret } from '../domain/tokens';
import { tokenMessages as text } from '../tokens.messages';

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token?: string;
  scope?: string;
}

const badCredentials = () =>
  new DomainError('unauthenticated', 'invalid-grant', text('invalidGrant'));

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/** Issues access tokens (RS256, short-lived) and rotating refresh tokens. */
@Injectable()
export class TokenIssuer {
  constructor(
    @Inject(AUTH_ENVIRONMENT) private readonly auth: AuthEnvironment,
    @Inject(DIRECTORY_ENVIRONMENT) private readonly env: DirectoryEnvironment,
    private readonly users: UserCommands,
    private readonly keys: SigningKeys,
    private readonly refreshTokens: RefreshTokens,
    private readonly clients: ApiClients,
  ) {}

  async withPassword(email: string, password: string): Promise<TokenResponse> {
    const user = await this.users.store.findOne({ email: email.trim().toLowerCase() });
    if (!user) {
      dummyHash ??= hash('no such user', BCRYPT_COST);
      await compare(password, await dummyHash);
      throw badCredentials();
    }
    const now = new Date();
    User.assertMaySignIn(user, now);
    if (!(await compare(password, user.passwordHash))) {
      await this.users.store.update(user.id, (current) => User.afterFailedSignIn(current, now));
      throw badCredentials();
    }
    await this.users.store.update(user.id, () => ({ failedSignIns: 0, lockedUntil: null }));
    return this.forUser(user, newId());
  }

  async withRefreshToken(refreshToken: string): Promise<TokenResponse> {
    const spent = await this.refreshTokens.spend(hashSecret(refreshToken));
    if (!spent || spent.token.revoked || new Date(spent.token.expiresAt) <= new Date()) throw badCredentials();
    if (!spent.firstUse) {
      // A spent token used again means it leaked: end every session that grew from it.
      await this.refreshTokens.revokeFamily(spent.token.familyId);
      throw badCredentials();
    }
    const user = await this.users.store.find(spent.token.userId);
    if (!user) throw badCredentials();
    User.assertMaySignIn(user, new Date());
    return this.forUser(user, spent.token.familyId);
  }

  async withClientCredentials(clientId: string, clientSecret: string, requested?: string): Promise<TokenResponse> {
    const client = await this.clients.find(clientId);
    if (!client || !(await compare(clientSecret, client.secretHash))) throw badCredentials();
    const scopes = requested ? requested.split(' ').filter(Boolean) : client.scopes;
    if (scopes.some((scope) => !client.scopes.includes(scope))) {
      throw new DomainError('invalid', 'invalid-scope', text('scopeNotGranted'), 'scope');
    }
    const scope = scopes.join(' ');
    return { ...(await this.sign({ sub: `client:${clientId}`, org: client.organisationId, roles: [], scope })), scope };
  }

  async revoke(refreshToken: string): Promise<void> {
    const spent = await this.refreshTokens.spend(hashSecret(refreshToken));
    if (spent) await this.refreshTokens.revokeFamily(spent.token.familyId);
  }

  async registerClient(input: { name: string; organisationId: string; scopes: Scope[] }, createdBy: string) {
    const unknown = input.scopes.find((scope) => !(SCOPES as readonly string[]).includes(scope));
    if (unknown) throw new DomainError('invalid', 'unknown-scope', text('unknownScope', { scope: unknown }), 'scopes');
    const clientId = newId();
    const clientSecret = newSecret();
    await this.clients.add({
      clientId,
      ...input,
      scopes: input.scopes,
      secretHash: await hash(clientSecret, BCRYPT_COST),
      createdBy,
      createdAt: new Date().toISOString(),
    });
    return { clientId, clientSecret, scopes: input.scopes };
  }

  private async forUser(user: UserState, familyId: string): Promise<TokenResponse> {
    const refreshToken = newSecret();
    await this.refreshTokens.add({
      id: hashSecret(refreshToken),
      userId: user.id,
      familyId,
      expiresAt: new Date(Date.now() + this.env.REFRESH_TOKEN_TTL_DAYS * 86400000).toISOString(),
      spent: false,
      revoked: false,
    });
    const access = await this.sign({ sub: user.id, org: user.organisationId, roles: user.roles, lang: user.preferredLanguage });
    return { ...access, refresh_token: refreshToken };
  }

  private async sign(claims: AccessTokenClaims): Promise<TokenResponse> {
    const key = await this.keys.active();
    const accessToken = sign(claims, key.privateKeyPem, {
      algorithm: 'RS256',
      keyid: key.kid,
      expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS,
      audience: this.auth.AUTH_AUDIENCE,
      issuer: this.auth.AUTH_ISSUER,
      jwtid: newId(),
    });
    return { access_token: accessToken, token_type: 'Bearer', expires_in: this.env.ACCESS_TOKEN_TTL_SECONDS };
  }
}
