import { Controller, Get, Header, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, Public, RateLimited, RequestBody, Responds } from '@tributary/platform';
import { DIRECTORY_ENVIRONMENT, DirectoryEnvironment } from '../directory.service-descriptor';
import { TokenIssuer } from './commands/token-issuer.service';
import { SigningKeys } from './database/signing-keys.repository';
import { RegisterClientRequest, RevokeRequest, TokenRequest } from './tokens.requests';
import { JwksResponse, RegisteredClientResponse, RotatedKeyResponse, TokenResponse } from './tokens.responses';

@ApiTags('auth')
@Controller()
export class TokensController {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly keys: SigningKeys,
    @Inject(DIRECTORY_ENVIRONMENT) private readonly env: DirectoryEnvironment,
  ) {}

  @Post('auth/token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Public('signing in is how a caller gets credentials')
  @RateLimited('sign-in')
  @ApiOperation({ summary: 'OAuth 2.0 token endpoint: password, refresh_token and client_credentials grants (JSON body)' })
  @Responds(200, TokenResponse)
  @Problems(401, 403, 422, 423)
  token(@RequestBody(TokenRequest) body: TokenRequest): Promise<TokenResponse> {
    switch (body.grant_type) {
      case 'password':
        return this.issuer.withPassword(body.username, body.password);
      case 'refresh_token':
        return this.issuer.withRefreshToken(body.refresh_token);
      case 'client_credentials':
        return this.issuer.withClientCredentials(body.client_id, body.client_secret, body.scope);
    }
  }

  @Post('auth/revoke')
  @HttpCode(204)
  @Public('holding the refresh token is the proof; revoking an unknown token reveals nothing')
  @ApiOperation({ summary: 'Revoke a refresh token and every token of the same sign-in' })
  @Responds(204)
  async revoke(@RequestBody(RevokeRequest) body: RevokeRequest): Promise<void> {
    await this.issuer.revoke(body.token);
  }

  @Get('.well-known/jwks.json')
  @Public('services and OIDC clients fetch the public keys to verify tokens')
  @ApiOperation({ summary: 'Public keys that verify access tokens (current and, during a rotation, previous)' })
  @Responds(200, JwksResponse)
  async jwks(): Promise<JwksResponse> {
    return { keys: (await this.keys.published(new Date())) as JwksResponse['keys'] };
  }

  @Post('admin/signing-keys/rotate')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: 'Start signing with a new key; the previous one stays published for one access-token lifetime' })
  @Responds(200, RotatedKeyResponse)
  @Problems(409)
  async rotate() {
    const key = await this.keys.rotate(this.env.ACCESS_TOKEN_TTL_SECONDS + 60);
    return { kid: key.kid };
  }

  @Post('api-clients')
  @Allow(['admin'])
  @ApiOperation({ summary: 'Register a machine client; its secret is shown once' })
  @Responds(201, RegisteredClientResponse)
  @Problems(422)
  registerClient(@CurrentActor() actor: Actor, @RequestBody(RegisterClientRequest) body: RegisterClientRequest): Promise<RegisteredClientResponse> {
    return this.issuer.registerClient(body, actor.userId);
  }
}
