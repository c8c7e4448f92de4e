import { Module } from '@nestjs/common';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { INDICATORS_SERVICE } from './indicators.service-descriptor';

@Module({
  imports: [PlatformModule.forService(INDICATORS_SERVICE), MessagingModule.forService()],
})
export class IndicatorsModule {}
