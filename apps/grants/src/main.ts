import 'reflect-metadata';
import { connectEventConsumers } from '@tributary/messaging';
import { startService } from '@tributary/platform';
import { GrantsModule } from './grants.module';

void startService(GrantsModule, [connectEventConsumers]);
