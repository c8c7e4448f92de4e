import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Actor, readEnvironment, RequestContext, seedWhenReady } from '@tributary/platform';
import { z } from 'zod';
import { ActivityCommands } from '../activities/commands/activity-commands.service';
import { KnownSubGrants } from '../sub-grants/known-sub-grants.projector';

const SEEDER: Actor = { userId: 'service:activities-demo-seed', organisationId: null, roles: ['admin'] };
const environment = z.object({ ACTIVITIES_SEED_DEMO: z.enum(['true', 'false']).default('false') });

const FORA: [string, string][] = [['ML0601', 'Tombouctou'], ['ML0602', 'Diré'], ['ML0603', 'Goundam'], ['ML0604', 'Gourma-Rharous'], ['ML0605', 'Niafunké']];

/**
 * Demo activities from AMSS's diagnostic study in the Timbuktu region, once grants' demo
 * sub-grant is known here as active: the focus groups (188 participants, reported and validated)
 * and the validation fora planned in the five cercles.
 */
@Injectable()
export class DemoActivitiesSeeder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DemoActivitiesSeeder');
  private stopped = false;

  constructor(
    private readonly subGrants: KnownSubGrants,
    private readonly activities: ActivityCommands,
  ) {}

  onApplicationBootstrap(): void {
    if (readEnvironment(environment).ACTIVITIES_SEED_DEMO === 'true') void this.seedWhenReady();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  private async seedWhenReady(): Promise<void> {
    const ready = async () => (await this.subGrants.view('subgrant-amss-01'))?.status === 'active';
    await seedWhenReady(this.logger, ready, () => RequestContext.run({ actor: SEEDER }, () => this.seed()), () => this.stopped, 360);
  }

  async seed(): Promise<void> {
    if (await this.activities.store.find('activity-amss-focus-groups')) return;
    const { activity } = await this.activities.plan(SEEDER, 'activity-amss-focus-groups', {
      subGrantId: 'subgrant-amss-01', type: 'study', title: "Groupes de discussion de l'étude diagnostique sur l'extrémisme violent",
      plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180,
    });
    const cells = [
      { sex: 'not-stated', ageBand: 'unknown', category: 'community-leaders', count: 35 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'religious-leaders', count: 3 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'ngo-representatives', count: 6 },
      { sex: 'female', ageBand: 'unknown', category: 'womens-associations', count: 72 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'youth-associations', count: 72 },
    ];
    let current = await this.activities.saveReport(SEEDER, activity.id, activity.version, {
      actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
      participants: { total: 188, cells }, outputs: [{ kind: 'recommendation', quantity: 12 }, { kind: 'action-plan', quantity: 1 }],
      narrative: 'Groupes de discussion dans les cinq cercles de la région ; 97 entretiens individuels, dont 21 avec des femmes.',
    });
    current = await this.activities.submit(SEEDER, activity.id, current.version);
    await this.activities.validate(SEEDER, activity.id, current.version);
    for (const [pcode, cercle] of FORA) {
      await this.activities.plan(SEEDER, `activity-amss-forum-${pcode}`, {
        subGrantId: 'subgrant-amss-01', type: 'validation-forum', title: `Forum de validation des résultats à ${cercle}`,
        plannedStart: '2024-06-10', plannedEnd: '2024-06-11', pcode, themes: ['pve', 'social-cohesion'], plannedParticipants: 40,
      });
    }
    this.logger.log('demo activities ready');
  }
}
