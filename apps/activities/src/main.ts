import 'reflect-metadata';
import { connectEventConsumers } from '@tributary/messaging';
import { startService } from '@tributary/platform';
import { ActivitiesModule } from './activities.module';

void startService(ActivitiesModule, [connectEventConsumers]);
