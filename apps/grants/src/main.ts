import 'reflect-metadata';
import { startService } from '@tributary/platform';
import { GrantsModule } from './grants.module';

void startService(GrantsModule);
