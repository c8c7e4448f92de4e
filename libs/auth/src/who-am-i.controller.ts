import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { Actor, Allow, Nullable, Responds, ROLES, StringEnum } from '@tributary/platform';
import { CurrentActor } from './current-actor.decorator';

const CallerResponse = Type.Object(
  {
    userId: Type.String({ description: 'user id, or client:<id> for a machine client' }),
    organisationId: Nullable(Type.String()),
    roles: Type.Optional(Type.Array(Type.String())),
    scopes: Type.Optional(Type.Array(Type.String())),
    preferredLanguage: Type.Optional(StringEnum(['fr', 'en'])),
  },
  { title: 'Caller' },
);

/** Every service answers who the caller is as it understands the token: handy to check a token or a client's scopes. */
@ApiTags('auth')
@Controller('auth/whoami')
export class WhoAmIController {
  @Get()
  @Allow([...ROLES], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'The caller as this service sees it: user or client, organisation, roles, scopes' })
  @Responds(200, CallerResponse)
  whoAmI(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
