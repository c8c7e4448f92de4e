import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { readEnvironment } from '@tributary/platform';
import { AccessGuard } from './access.guard';
import { AUTH_ENVIRONMENT, authEnvironment } from './auth.environment';
import { JwtStrategy } from './jwt.strategy';
import { WhoAmIController } from './who-am-i.controller';

/** Token verification and the deny-by-default guard, for every service. */
@Global()
@Module({
  imports: [PassportModule],
  controllers: [WhoAmIController],
  providers: [
    { provide: AUTH_ENVIRONMENT, useFactory: () => readEnvironment(authEnvironment) },
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AUTH_ENVIRONMENT],
})
export class AuthModule {}
