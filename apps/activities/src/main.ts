import 'reflect-metadata';
import { startService } from '@tributary/platform';
import { ActivitiesModule } from './activities.module';

void startService(ActivitiesModule);
