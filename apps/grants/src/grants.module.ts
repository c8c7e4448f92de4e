import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { ProjectsController } from './projects/projects.http.controller';
import { ReportingObligationsController } from './sub-grants/reporting-obligations.http.controller';
import { SubGrantsController } from './sub-grants/sub-grants.http.controller';
import { DemoGrantsSeeder } from './demo/demo-grants.seeder';
import { GRANTS_SERVICE } from './grants.service-descriptor';
import { KnownOrganisations, KnownOrganisationsEvents } from './organisations/known-organisations.projector';
import { ProjectCommands } from './projects/commands/project-commands.service';
import { ProjectModel } from './projects/database/project.schema';
import { SubGrantCommands } from './sub-grants/commands/sub-grant-commands.service';
import { SubGrantModel } from './sub-grants/database/sub-grant.schema';
import { SubGrantQueries } from './sub-grants/queries/sub-grant-queries.service';
import { GrantsAudit } from './sub-grants/sub-grants.audit';

@Module({
  imports: [
    PlatformModule.forService(GRANTS_SERVICE),
    MongooseModule.forFeature([ProjectModel, SubGrantModel]),
    MessagingModule.forService({ consumer: { groupId: 'grants.directory-organisations' } }),
    AuthModule,
  ],
  controllers: [ProjectsController, SubGrantsController, ReportingObligationsController, KnownOrganisationsEvents],
  providers: [GrantsAudit, KnownOrganisations, ProjectCommands, SubGrantCommands, SubGrantQueries, DemoGrantsSeeder],
})
export class GrantsModule {}
