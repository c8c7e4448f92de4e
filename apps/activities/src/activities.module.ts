import { Module } from '@nestjs/common';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { ACTIVITIES_SERVICE } from './activities.service-descriptor';

@Module({
  imports: [PlatformModule.forService(ACTIVITIES_SERVICE), MessagingModule.forService()],
})
export class ActivitiesModule {}
