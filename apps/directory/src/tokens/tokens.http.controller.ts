import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, DomainError, Public, SCOPES } from '@tributary/platform';
import { ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Inject } from '@nestjs/common';
import { DIRECTORY_ENVIRONMENT, DirectoryEnvironment } from '../directory.environment';
import { TokenIssuer } from './commands/token-issuer.service';
import { SigningKeys } from './database/signing-keys.repository';

const GRANTS = ['password', 'refresh_token', 'client_credentials'] as const;

class TokenRequest {
  @ApiProperty({ enum: GRANTS })
  @IsIn(GRANTS)
  grant_type: (typeof GRANTS)[number];

  @ApiPropertyOptional({ description: 'email, for grant_type=password' })
  @ValidateIf((r: TokenRequest) => r.grant_type === 'password')
  @IsString()
  @MinLength(3)
  username?: string;

  @ApiPropertyOptional()
  @ValidateIf((r: TokenRequest) => r.grant_type === 'password')
  @IsString()
  @MinLength(1)
  password?: string;

  @ApiPropertyOptional()
  @ValidateIf((r: TokenRequest) => r.grant_type === 'refresh_token')
  @IsString()
  @MinLength(10)
  refresh_token?: string;

  @ApiPropertyOptional()
  @ValidateIf((r: TokenRequest) => r.grant_type === 'client_credentials')
  @IsString()
  client_id?: string;

  @ApiPropertyOptional()
  @ValidateIf((r: TokenRequest) => r.grant_type === 'client_credentials')
  @IsString()
  client_secret?: string;

  @ApiPropertyOptional({ example: 'feeds:read' })
  @IsOptional()
  @IsString()
  scope?: string;
}

class RevokeRequest {
  @ApiProperty({ description: 'the refresh token to revoke (with every token issued from the same sign-in)' })
  @IsString()
  @MinLength(10)
  token: string;
}

class RegisterClientRequest {
  @ApiProperty({ example: 'Outil de suivi-évaluation FHI 360' })
  @IsString()
  @MaxLength(120)
  name: string;

  @ApiProperty()
  @IsString()
  organisationId: string;

  @ApiProperty({ enum: SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(SCOPES, { each: true })
  scopes: string[];
}

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
  @ApiOperation({ summary: 'OAuth 2.0 token endpoint: password, refresh_token and client_credentials grants (JSON body)' })
  token(@Body() body: TokenRequest) {
    switch (body.grant_type) {
      case 'password':
        return this.issuer.withPassword(body.username!, body.password!);
      case 'refresh_token':
        return this.issuer.withRefreshToken(body.refresh_token!);
      case 'client_credentials':
        return this.issuer.withClientCredentials(body.client_id!, body.client_secret!, body.scope);
      default:
        throw new DomainError('invalid', 'unsupported-grant', { fr: 'Type de demande non pris en charge', en: 'Unsupported grant type' }, 'grant_type');
    }
  }

  @Post('auth/revoke')
  @HttpCode(204)
  @Public('holding the refresh token is the proof; revoking an unknown token reveals nothing')
  @ApiOperation({ summary: 'Revoke a refresh token and every token of the same sign-in' })
  async revoke(@Body() body: RevokeRequest) {
    await this.issuer.revoke(body.token);
  }

  @Get('.well-known/jwks.json')
  @Public('services and OIDC clients fetch the public keys to verify tokens')
  @ApiOperation({ summary: 'Public keys that verify access tokens (current and, during a rotation, previous)' })
  async jwks() {
    return { keys: await this.keys.published(new Date()) };
  }

  @Post('admin/signing-keys/rotate')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: 'Start signing with a new key; the previous one stays published for one access-token lifetime' })
  async rotate() {
    const key = await this.keys.rotate(this.env.ACCESS_TOKEN_TTL_SECONDS + 60);
    return { kid: key.kid };
  }

  @Post('api-clients')
  @Allow(['admin'])
  @ApiOperation({ summary: 'Register a machine client; its secret is shown once' })
  registerClient(@CurrentActor() actor: Actor, @Body() body: RegisterClientRequest) {
    return this.issuer.registerClient(body, actor.userId);
  }
}
