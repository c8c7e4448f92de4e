import 'reflect-metadata';
import { connectEventConsumers } from '@tributary/messaging';
import { startService } from '@tributary/platform';
import { DirectoryModule } from './directory.module';

void startService(DirectoryModule, [connectEventConsumers]);
