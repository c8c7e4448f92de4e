import 'reflect-metadata';
import { startService } from '@tributary/platform';
import { DirectoryModule } from './directory.module';

void startService(DirectoryModule);
