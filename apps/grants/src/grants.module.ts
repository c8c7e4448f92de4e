import { Module } from '@nestjs/common';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { GRANTS_SERVICE } from './grants.service-descriptor';

@Module({
  imports: [PlatformModule.forService(GRANTS_SERVICE), MessagingModule.forService(), AuthModule],
})
export class GrantsModule {}
