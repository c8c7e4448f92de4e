import { Module } from '@nestjs/common';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { ActivitiesController, ReferenceController } from './activities/activities.http.controller';
import { ActivityBatch } from './activities/commands/activity-batch.service';
import { ActivityCommands } from './activities/commands/activity-commands.service';
import { ACTIVITIES_SERVICE } from './activities.service-descriptor';
import { ReferenceService } from './reference/reference.service';
import { KnownSubGrants, KnownSubGrantsEvents } from './sub-grants/known-sub-grants.projector';

@Module({
  imports: [
    PlatformModule.forService(ACTIVITIES_SERVICE),
    MessagingModule.forService({ consumer: { groupId: 'activities.grants-sub-grants' } }),
    AuthModule,
  ],
  controllers: [ActivitiesController, ReferenceController, KnownSubGrantsEvents],
  providers: [ReferenceService, KnownSubGrants, ActivityCommands, ActivityBatch],
})
export class ActivitiesModule {}
