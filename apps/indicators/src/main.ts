import 'reflect-metadata';
import { connectEventConsumers } from '@tributary/messaging';
import { startService } from '@tributary/platform';
import { IndicatorsModule } from './indicators.module';

void startService(IndicatorsModule, [connectEventConsumers]);
