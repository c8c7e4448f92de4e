import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, ROLES } from '@tributary/platform';
import { CurrentActor } from './current-actor.decorator';

/** Every service answers who the caller is as it understands the token: handy to check a token or a client's scopes. */
@ApiTags('auth')
@Controller('auth/whoami')
export class WhoAmIController {
  @Get()
  @Allow([...ROLES], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'The caller as this service sees it: user or client, organisation, roles, scopes' })
  whoAmI(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
