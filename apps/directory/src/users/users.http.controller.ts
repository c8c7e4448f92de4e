import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, ROLES } from '@tributary/platform';
import { ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { UserCommands } from './commands/user-commands.service';
import { MIN_PASSWORD_LENGTH } from './domain/user';
import { UserQueries } from './queries/user-queries.service';

class RegisterUserRequest {
  @ApiProperty({ example: 'rapporteur@amss.example' })
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'Rapporteur AMSS' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName: string;

  @ApiProperty({ enum: ['fr', 'en'] })
  @IsIn(['fr', 'en'])
  preferredLanguage: 'fr' | 'en';

  @ApiPropertyOptional({ description: 'omitted only for platform administrators' })
  @IsOptional()
  @IsString()
  organisationId?: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ROLES, { each: true })
  roles: string[];

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, description: 'initial password; stored only as a bcrypt hash' })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;
}

class ChangeRolesRequest {
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ROLES, { each: true })
  roles: string[];

  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

class DisableUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

class ListUsersQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  organisationId?: string;
}

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly commands: UserCommands,
    private readonly queries: UserQueries,
  ) {}

  @Post()
  @Allow(['admin'])
  @ApiOperation({ summary: 'Create a user in an organisation with roles and an initial password' })
  async register(@Body() body: RegisterUserRequest) {
    const user = await this.commands.register({ ...body, organisationId: body.organisationId ?? null });
    return this.queries.me({ userId: user.id, organisationId: user.organisationId });
  }

  @Get()
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter', 'donor-viewer'])
  @ApiOperation({ summary: 'Users of your organisation (administrators: all, or one organisation)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery) {
    return this.queries.list(actor, query);
  }

  @Get('me')
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter', 'donor-viewer'])
  me(@CurrentActor() actor: Actor) {
    return this.queries.me(actor);
  }

  @Put(':id/roles')
  @Allow(['admin'])
  async changeRoles(@Param('id') id: string, @Body() body: ChangeRolesRequest) {
    await this.commands.changeRoles(id, body.version, body.roles);
    return this.queries.me({ userId: id, organisationId: null });
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: 'Disable a user: no more sign-in, refresh tokens revoked' })
  async disable(@Param('id') id: string, @Body() body: DisableUserRequest) {
    await this.commands.disable(id, body.version, body.reason);
    return this.queries.me({ userId: id, organisationId: null });
  }
}
