import { Module } from '@nestjs/common';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { GRANTS_SERVICE } from './grants.service-descriptor';

@Module({
  imports: [PlatformModule.forService(GRANTS_SERVICE), MessagingModule.forService()],
})
export class GrantsModule {}
