import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Actor, RequestContext, StoreStartup } from '@tributary/platform';
import { DIRECTORY_ENVIRONMENT, DirectoryEnvironment } from '../directory.service-descriptor';
import { OrganisationCommands } from '../organisations/commands/organisation-commands.service';
import { UserCommands } from '../users/commands/user-commands.service';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-directory';

const SEEDER: Actor = { userId: 'service:directory-demo-seed', organisationId: null, roles: ['admin'] };

/** Loads the demo directory when DIRECTORY_SEED_DEMO=true; what exists already is left alone. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @Inject(DIRECTORY_ENVIRONMENT) private readonly env: DirectoryEnvironment,
    private readonly organisations: OrganisationCommands,
    private readonly users: UserCommands,
    private readonly startup: StoreStartup,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.DIRECTORY_SEED_DEMO) void this.startup.afterConnect('loading the demo directory', () => RequestContext.run({ actor: SEEDER }, () => this.seed()));
  }

  async seed(): Promise<void> {
    let created = 0;
    for (const { id, verified, ...profile } of DEMO_ORGANISATIONS) {
      if (await this.organisations.store.find(id)) continue;
      const organisation = await this.organisations.register(SEEDER, profile, id);
      if (verified) await this.organisations.decideDueDiligence(SEEDER, id, organisation.version, { status: 'verified' });
      created++;
    }
    for (const { id, ...user } of DEMO_USERS) {
      if (await this.users.store.find(id)) continue;
      await this.users.register({ ...user, password: DEMO_PASSWORD }, id);
      created++;
    }
    this.logger.log(`demo directory ready (${created} records created)`);
  }
}
