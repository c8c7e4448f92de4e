import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { readEnvironment } from '@tributary/platform';
import { Connection } from 'mongoose';
import { AccessGuard } from './access.guard';
import { AUTH_ENVIRONMENT, authEnvironment } from './auth.environment';
import { JwtStrategy } from './jwt.strategy';
import { RateLimitGuard, rateLimitEnvironment, rateLimits, StoredRateCounters } from './rate-limits';
import { WhoAmIController } from './who-am-i.controller';

/** Token verification, the deny-by-default guard and the rate limits, for every service. */
@Global()
@Module({
  imports: [
    PassportModule,
    ThrottlerModule.forRootAsync({
      inject: [getConnectionToken()],
      useFactory: (mongo: Connection) => ({ ...rateLimits(readEnvironment(rateLimitEnvironment)), storage: new StoredRateCounters(mongo) }),
    }),
  ],
  controllers: [WhoAmIController],
  providers: [
    { provide: AUTH_ENVIRONMENT, useFactory: () => readEnvironment(authEnvironment) },
    JwtStrategy,
    // In this order: the limits count per organisation, known once the token is checked.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AUTH_ENVIRONMENT],
})
export class AuthModule {}
