import 'reflect-metadata';
import { startService } from '@tributary/platform';
import { IndicatorsModule } from './indicators.module';

void startService(IndicatorsModule);
