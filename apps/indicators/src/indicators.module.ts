import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { Feeds } from './feeds/feeds.service';
import { KnownDisbursements, KnownDisbursementsEvents } from './feeds/known-disbursements.projector';
import { FeedsController, IndicatorsController, ManualValuesController } from './indicators.http.controller';
import { ManualValues } from './indicators/manual-values.service';
import { INDICATORS_SERVICE } from './indicators.service-descriptor';
import { IndicatorModel } from './indicators/database/indicator.schema';
import { ManualValueModel } from './indicators/database/manual-value.schema';
import { IndicatorDefinitions } from './indicators/indicator-definitions.service';
import { KnownProjects, KnownProjectsEvents } from './indicators/known-projects.projector';
import { CountedEvents } from './values/database/counted-events.store';
import { ValueJournalModel } from './values/database/value-journal.schema';
import { ValueJournal } from './values/database/value-journal.store';
import { ValueSheetWriter } from './values/value-sheets.writer';
import { ValueSheets } from './values/database/value-sheets.store';
import { IndicatorValues, IndicatorValuesEvents } from './values/indicator-values.projector';
import { IndicatorsAudit } from './indicators/indicators.audit';

@Module({
  imports: [
    PlatformModule.forService(INDICATORS_SERVICE),
    MongooseModule.forFeature([IndicatorModel, ManualValueModel, ValueJournalModel]),
    // One partition at a time keeps the change sequence in the order values are written.
    MessagingModule.forService({ consumer: { groupId: 'indicators.values', partitionsConsumedConcurrently: 1 } }),
    AuthModule,
  ],
  controllers: [IndicatorsController, ManualValuesController, FeedsController, IndicatorValuesEvents, KnownProjectsEvents, KnownDisbursementsEvents],
  providers: [IndicatorsAudit, ManualValues, IndicatorDefinitions, KnownProjects, IndicatorValues, ValueSheetWriter, ValueSheets, ValueJournal, CountedEvents, Feeds, KnownDisbursements],
})
export class IndicatorsModule {}
