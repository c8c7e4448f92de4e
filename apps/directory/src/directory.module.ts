import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '@tributary/auth';
import { MessagingModule } from '@tributary/messaging';
import { PlatformModule, readEnvironment } from '@tributary/platform';
import { DemoSeeder } from './demo/demo-seeder.service';
import { DIRECTORY_ENVIRONMENT, DIRECTORY_SERVICE, directoryEnvironment } from './directory.service-descriptor';
import { OrganisationCommands } from './organisations/commands/organisation-commands.service';
import { OrganisationModel } from './organisations/database/organisation.schema';
import { OrganisationsController } from './organisations/organisations.http.controller';
import { OrganisationQueries } from './organisations/queries/organisation-queries.service';
import { TokenIssuer } from './tokens/commands/token-issuer.service';
import { ApiClientModel } from './tokens/database/api-client.schema';
import { ApiClients } from './tokens/database/api-clients.repository';
import { RefreshTokenModel } from './tokens/database/refresh-token.schema';
import { RefreshTokens } from './tokens/database/refresh-tokens.repository';
import { SigningKeyModel } from './tokens/database/signing-key.schema';
import { SigningKeys } from './tokens/database/signing-keys.repository';
import { TokensController } from './tokens/tokens.http.controller';
import { UserCommands } from './users/commands/user-commands.service';
import { UserModel } from './users/database/user.schema';
import { UserQueries } from './users/queries/user-queries.service';
import { UsersController } from './users/users.http.controller';
import { OrganisationsAudit } from './organisations/organisations.audit';

@Module({
  imports: [
    PlatformModule.forService(DIRECTORY_SERVICE),
    MongooseModule.forFeature([OrganisationModel, UserModel, SigningKeyModel, RefreshTokenModel, ApiClientModel]),
    MessagingModule.forService(),
    AuthModule,
  ],
  controllers: [OrganisationsController, UsersController, TokensController],
  providers: [
    { provide: DIRECTORY_ENVIRONMENT, useFactory: () => readEnvironment(directoryEnvironment) },
    OrganisationCommands,
    OrganisationQueries,
    OrganisationsAudit,
    UserCommands,
    UserQueries,
    TokenIssuer,
    SigningKeys,
    RefreshTokens,
    ApiClients,
    DemoSeeder,
  ],
})
export class DirectoryModule {}
