import { Module } from '@nestjs/common';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { ACTIVITIES_SERVICE } from './activities.service-descriptor';

@Module({
  imports: [PlatformModule.forService(ACTIVITIES_SERVICE), MessagingModule.forService(), AuthModule],
})
export class ActivitiesModule {}
