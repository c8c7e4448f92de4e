import { Injectable } from '@nestjs/common';
import { Actor, DemoSeeder } from '@tributary/platform';
import { KnownOrganisations } from '../organisations/known-organisations.projector';
import { ProjectCommands } from '../projects/commands/project-commands.service';
import { SubGrantCommands } from '../sub-grants/commands/sub-grant-commands.service';
import { Transition } from '../sub-grants/domain/sub-grant';

const SEEDER: Actor = { userId: 'service:grants-demo-seed', organisationId: null, roles: ['admin'] };

/**
 * Demo projects and sub-grants from the field reports, loaded when GRANTS_SEED_DEMO=true once the
 * directory's demo organisations have reached grants through events: FHI 360's CoVE-MENA work
 * funded by USAID, under which AMSS ran the diagnostic study in the Timbuktu region (its second
 * tranche paid in dollars, with the francs credited); International
 * Alert's programme in Ségou, Mopti and Timbuktu with Canadian support, with AJCET as partner.
 */
@Injectable()
export class DemoGrantsSeeder extends DemoSeeder {
  constructor(
    private readonly organisations: KnownOrganisations,
    private readonly projects: ProjectCommands,
    private readonly subGrants: SubGrantCommands,
  ) {
    super('GRANTS_SEED_DEMO', SEEDER);
  }

  protected async ready(): Promise<boolean> {
    const known = await this.organisations.kinds(['org-fhi360', 'org-usaid', 'org-amss', 'org-alert', 'org-canada', 'org-ajcet']);
    return known.size === 6 && (await this.organisations.find('org-amss'))?.dueDiligence === 'verified';
  }

  private async walk(id: string, steps: Transition[]): Promise<number> {
    let subGrant = (await this.subGrants.store.find(id))!;
    for (const step of steps) subGrant = await this.subGrants.transition(SEEDER, id, subGrant.version, step);
    return subGrant.version;
  }

  async seed(): Promise<void> {
    if (await this.projects.store.find('project-cove-tbk')) return;
    await this.projects.create(SEEDER, {
      code: 'COVE-TBK',
      title: { fr: "Prévention de l'extrémisme violent dans la région de Tombouctou", en: 'Preventing violent extremism in the Timbuktu region' },
      leadPartnerId: 'org-fhi360',
      donors: [{ organisationId: 'org-usaid', amount: { amount: 60_000_000, currency: 'XOF' } }],
      period: { start: '2024-01-01', end: '2025-12-31' },
      budget: { amount: 60_000_000, currency: 'XOF' },
      regions: ['ML06'],
    }, 'project-cove-tbk');
    await this.subGrants.draft(SEEDER, 'project-cove-tbk', {
      reference: 'SG-AMSS-01',
      recipientId: 'org-amss',
      purpose: 'Étude diagnostique des facteurs de l’extrémisme violent dans les cercles de Tombouctou, Goundam, Rharous, Diré et Niafunké',
      award: { amount: 12_000_000, currency: 'XOF' },
      period: { start: '2024-02-01', end: '2024-09-30' },
      budgetLines: [
        { category: 'entretiens et groupes de discussion', amount: { amount: 7_000_000, currency: 'XOF' } },
        { category: 'fora de validation dans cinq cercles', amount: { amount: 5_000_000, currency: 'XOF' } },
      ],
    }, 'subgrant-amss-01');
    let version = await this.walk('subgrant-amss-01', ['submit', 'approve', 'activate']);
    const planned = await this.subGrants.planTranche(SEEDER, 'subgrant-amss-01', version, {
      plannedDate: '2024-02-15', amount: { amount: 6_000_000, currency: 'XOF' }, condition: 'convention signée',
    });
    version = planned.version;
    version = (await this.subGrants.recordDisbursement(SEEDER, 'subgrant-amss-01', version, {
      trancheId: planned.tranches[0].id, date: '2024-02-20', amount: { amount: 6_000_000, currency: 'XOF' },
    })).version;
    // The second tranche left FHI 360's dollar account: 9,800 USD, of which AMSS's bank credited
    // 5,912,340 XOF after its charges; that is what counts, at the rate derived from the two (603.3).
    const second = await this.subGrants.planTranche(SEEDER, 'subgrant-amss-01', version, {
      plannedDate: '2024-05-15', amount: { amount: 6_000_000, currency: 'XOF' }, condition: 'rapport d’étape accepté',
    });
    await this.subGrants.recordDisbursement(SEEDER, 'subgrant-amss-01', second.version, {
      trancheId: second.tranches[1].id, date: '2024-05-20', amount: { amount: 980_000, currency: 'USD' }, creditedAmount: { amount: 5_912_340, currency: 'XOF' },
    });

    await this.projects.create(SEEDER, {
      code: 'ALERT-CENTRE',
      title: { fr: 'Confiance entre communautés et forces de sécurité au centre du Mali', en: 'Community–security forces trust in central Mali' },
      leadPartnerId: 'org-alert',
      donors: [{ organisationId: 'org-canada', amount: { amount: 150_000_000, currency: 'CAD' } }],
      period: { start: '2017-01-01', end: '2019-12-31' },
      budget: { amount: 150_000_000, currency: 'CAD' },
      regions: ['ML04', 'ML05', 'ML06'],
    }, 'project-alert-centre');
    await this.subGrants.draft(SEEDER, 'project-alert-centre', {
      reference: 'SG-AJCET-01',
      recipientId: 'org-ajcet',
      purpose: 'Dialogues communautaires et formation professionnelle des jeunes à Ségou et Mopti',
      award: { amount: 4_500_000, currency: 'CAD' },
      period: { start: '2017-03-01', end: '2018-02-28' },
      budgetLines: [{ category: 'dialogues communautaires', amount: { amount: 4_500_000, currency: 'CAD' } }],
    }, 'subgrant-ajcet-01');
    await this.walk('subgrant-ajcet-01', ['submit', 'approve']);
    this.logger.log('demo projects and sub-grants ready');
  }
}
