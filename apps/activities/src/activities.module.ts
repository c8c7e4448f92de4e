import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { raw, text } from 'express';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { ActivitiesController } from './activities/activities.http.controller';
import { ActivityFilesController } from './activities/activity-files.http.controller';
import { ActivityBatch } from './activities/commands/activity-batch.service';
import { ActivityCsvImport } from './activities/commands/activity-csv-import.service';
import { ActivityModel } from './activities/database/activity.schema';
import { EvidenceModel } from './activities/database/evidence.schema';
import { EvidenceCommands } from './activities/commands/evidence-commands.service';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from './activities/domain/evidence';
import { ActivityQueries } from './activities/queries/activity-queries.service';
import { EvidenceQueries } from './activities/queries/evidence-queries.service';
import { ActivityCommands } from './activities/commands/activity-commands.service';
import { DemoActivitiesSeeder } from './demo/demo-activities.seeder';
import { ACTIVITIES_SERVICE } from './activities.service-descriptor';
import { EarlierActivityTypeModel, ReferenceEntryModel } from './reference/database/reference-entry.schema';
import { ReferenceCommands } from './reference/commands/reference-commands.service';
import { ReferenceService } from './reference/queries/reference.service';
import { ReferenceController } from './reference/reference.http.controller';
import { KnownSubGrants, KnownSubGrantsEvents } from './sub-grants/known-sub-grants.projector';
import { KnownOrganisations, KnownOrganisationsEvents } from './organisations/known-organisations.projector';
import { ActivitiesAudit } from './activities/activities.audit';

@Module({
  imports: [
    PlatformModule.forService(ACTIVITIES_SERVICE),
    MongooseModule.forFeature([ActivityModel, EvidenceModel, ReferenceEntryModel, EarlierActivityTypeModel]),
    MessagingModule.forService({ consumer: { groupId: 'activities.grants-sub-grants' } }),
    AuthModule,
  ],
  controllers: [ActivityFilesController, ActivitiesController, ReferenceController, KnownSubGrantsEvents, KnownOrganisationsEvents],
  providers: [ActivitiesAudit, ReferenceService, ReferenceCommands, KnownSubGrants, KnownOrganisations, ActivityCommands, ActivityQueries, ActivityBatch, ActivityCsvImport, EvidenceCommands, EvidenceQueries, DemoActivitiesSeeder],
})
export class ActivitiesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(raw({ type: EVIDENCE_TYPES, limit: EVIDENCE_MAX_BYTES })).forRoutes({ path: 'activities/:id/evidence', method: RequestMethod.POST });
    consumer.apply(text({ type: 'text/csv', limit: '5mb' })).forRoutes({ path: 'activities/import', method: RequestMethod.POST });
  }
}
