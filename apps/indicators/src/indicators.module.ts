import { Module } from '@nestjs/common';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { INDICATORS_SERVICE } from './indicators.service-descriptor';

@Module({
  imports: [PlatformModule.forService(INDICATORS_SERVICE), MessagingModule.forService(), AuthModule],
})
export class IndicatorsModule {}
