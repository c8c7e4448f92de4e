import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { DemoIndicatorsSeeder } from './demo/demo-indicators.seeder';
import { FeedsController } from './feeds/feeds.http.controller';
import { KnownDisbursements, KnownDisbursementsEvents, KnownSubGrants, KnownSubGrantsEvents } from './feeds/known-disbursements.projector';
import { KnownOrganisations, KnownOrganisationsEvents } from './feeds/known-organisations.projector';
import { Feeds } from './feeds/queries/feeds.service';
import { INDICATORS_SERVICE } from './indicators.service-descriptor';
import { IndicatorDefinitions } from './indicators/commands/indicator-definitions.service';
import { IndicatorReplays } from './indicators/commands/indicator-replays.service';
import { IndicatorModel } from './indicators/database/indicator.schema';
import { IndicatorsAudit } from './indicators/indicators.audit';
import { IndicatorsController } from './indicators/indicators.http.controller';
import { ManualValues } from './manual-values/commands/manual-values.service';
import { ManualValueModel } from './manual-values/database/manual-value.schema';
import { ManualValuesController } from './manual-values/manual-values.http.controller';
import { KnownProjects, KnownProjectsEvents } from './projects/known-projects.projector';
import { CountedEvents } from './values/database/counted-events.store';
import { ValueJournalModel } from './values/database/value-journal.schema';
import { ValueJournal } from './values/database/value-journal.store';
import { ValueSheets } from './values/database/value-sheets.store';
import { IndicatorValues, IndicatorValuesEvents } from './values/indicator-values.projector';
import { ValueSheetWriter } from './values/value-sheets.writer';

@Module({
  imports: [
    PlatformModule.forService(INDICATORS_SERVICE),
    MongooseModule.forFeature([IndicatorModel, ManualValueModel, ValueJournalModel]),
    // One partition at a time keeps the change sequence in the order values are written.
    MessagingModule.forService({ consumer: { groupId: 'indicators.values', partitionsConsumedConcurrently: 1 } }),
    AuthModule,
  ],
  controllers: [IndicatorsController, ManualValuesController, FeedsController, IndicatorValuesEvents, KnownProjectsEvents, KnownSubGrantsEvents, KnownDisbursementsEvents, KnownOrganisationsEvents],
  providers: [IndicatorsAudit, ManualValues, IndicatorDefinitions, IndicatorReplays, KnownProjects, IndicatorValues, ValueSheetWriter, ValueSheets, ValueJournal, CountedEvents, Feeds, KnownSubGrants, KnownDisbursements, KnownOrganisations, DemoIndicatorsSeeder],
})
export class IndicatorsModule {}
