import { Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestBody, RequestQuery, Responds } from '@tributary/platform';
import { UserCommands } from './commands/user-commands.service';
import { UserQueries } from './queries/user-queries.service';
import { ChangeRolesRequest, DisableUserRequest, ListUsersQuery, RegisterUserRequest } from './users.requests';
import { UserResponse } from './users.responses';

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
  @Responds(201, UserResponse)
  @Problems(409, 422)
  async register(@RequestBody(RegisterUserRequest) body: RegisterUserRequest): Promise<UserResponse> {
    const user = await this.commands.register({ ...body, organisationId: body.organisationId ?? null });
    return this.queries.me({ userId: user.id, organisationId: user.organisationId });
  }

  @Get()
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter', 'donor-viewer'])
  @ApiOperation({ summary: 'Users of your organisation (administrators: all, or one organisation)' })
  @Responds(200, Type.Array(UserResponse))
  list(@CurrentActor() actor: Actor, @RequestQuery(ListUsersQuery) query: ListUsersQuery): Promise<UserResponse[]> {
    return this.queries.list(actor, query);
  }

  @Get('me')
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter', 'donor-viewer'])
  @ApiOperation({ summary: 'The signed-in user' })
  @Responds(200, UserResponse)
  @Problems(404)
  me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return this.queries.me(actor);
  }

  @Put(':id/roles')
  @Allow(['admin'])
  @ApiOperation({ summary: "Replace a user's roles" })
  @Responds(200, UserResponse)
  @Problems(404, 409, 422)
  async changeRoles(@Param('id') id: string, @RequestBody(ChangeRolesRequest) body: ChangeRolesRequest): Promise<UserResponse> {
    await this.commands.changeRoles(id, body.version, body.roles);
    return this.queries.me({ userId: id, organisationId: null });
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: 'Disable a user: no more sign-in, refresh tokens revoked' })
  @Responds(200, UserResponse)
  @Problems(404, 409)
  async disable(@Param('id') id: string, @RequestBody(DisableUserRequest) body: DisableUserRequest): Promise<UserResponse> {
    await this.commands.disable(id, body.version, body.reason);
    return this.queries.me({ userId: id, organisationId: null });
  }
}
