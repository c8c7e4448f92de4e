import { Module } from '@nestjs/common';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule } from '@tributary/platform';
import { DIRECTORY_SERVICE } from './directory.service-descriptor';

@Module({
  imports: [PlatformModule.forService(DIRECTORY_SERVICE), MessagingModule.forService()],
})
export class DirectoryModule {}
