import { Injectable } from '@nestjs/common';
import { Actor, DemoSeeder } from '@tributary/platform';
import { ActivityCommands, PlanInput } from '../activities/commands/activity-commands.service';
import { FollowUpStatus } from '@tributary/contracts';
import { ReportInput } from '../activities/domain/activity';
import { KnownOrganisations } from '../organisations/known-organisations.projector';
import { ReferenceCommands } from '../reference/commands/reference-commands.service';
import { ReferenceService } from '../reference/queries/reference.service';
import { KnownSubGrants } from '../sub-grants/known-sub-grants.projector';

const SEEDER: Actor = { userId: 'service:activities-demo-seed', organisationId: null, roles: ['admin'] };

const FORA: [string, string][] = [['ML0601', 'Tombouctou'], ['ML0602', 'Diré'], ['ML0603', 'Goundam'], ['ML0604', 'Gourma-Rharous'], ['ML0605', 'Niafunké']];

type Cell = [sex: string, ageBand: string, category: string, count: number];

/** A demo activity with its report, drawn from the field reports; validated unless said otherwise. */
interface DemoActivity {
  id: string;
  plan: Omit<PlanInput, 'subGrantId'>;
  report: Omit<ReportInput, 'participants'> & { cells: Cell[] };
  validated?: false;
  /** Follow-ups of recommendations, by their position among the report's outputs. */
  followUps?: [output: number, status: FollowUpStatus][];
}

/** Added as an administrator would, to show the reference lists growing without a code change. */
const RADIO_BROADCAST = { code: 'radio-broadcast', fr: 'Émission radio diffusée', en: 'Radio broadcast' };

const recommendation = (fr: string, theme: string, addressee: string) => ({ kind: 'recommendation', text: { fr }, theme, addressee });

/**
 * Reported activities showing what a report can say: the organisations that took part (from the
 * directory or named, by kind) and what came out of it, item by item, a recommendation followed up.
 */
const FIELD_ACTIVITIES: DemoActivity[] = [
  {
    id: 'activity-amss-peace-exchange-bamako',
    plan: {
      type: 'workshop', title: 'Échange national des artisans de paix à Bamako', plannedStart: '2024-05-08', plannedEnd: '2024-05-10',
      pcode: 'ML09', themes: ['social-cohesion', 'pve'], plannedParticipants: 20,
    },
    report: {
      actualStart: '2024-05-08', actualEnd: '2024-05-10', pcode: 'ML09',
      cells: [['female', 'unknown', 'womens-associations', 6], ['female', 'unknown', 'ngo-representatives', 4], ['male', 'unknown', 'ngo-representatives', 7], ['male', 'unknown', 'youth-associations', 3]],
      organisations: [
        { kind: 'youth-association', organisationId: 'org-ajcet' },
        { kind: 'womens-association', organisationId: 'org-afip' },
        { kind: 'cso', organisationId: 'org-tassaght' },
        { kind: 'womens-association', organisationId: 'org-benkadi' },
        { kind: 'cso', name: 'Réseau des médiateurs communautaires de Mopti' },
        { kind: 'youth-association', name: 'Collectif des jeunes pour la paix de Gao' },
        { kind: 'cso', name: 'Plateforme des organisations de paix de Koulikoro' },
        { kind: 'womens-association', name: 'Coordination des femmes leaders de Ségou' },
        { kind: 'cso', name: 'Cellule de recherche sur la gouvernance locale (Bamako)' },
      ],
      outputs: [
        recommendation("Faire de l'éducation civique et de la culture de la paix une priorité de l'école et des médias", 'social-cohesion', 'Gouvernement du Mali'),
        recommendation("Ouvrir des cadres de dialogue réguliers entre l'État et les organisations de la société civile, du niveau national au niveau communal", 'governance', 'Gouvernement du Mali'),
        recommendation('Soutenir les initiatives communautaires de prévention prévues par la stratégie nationale', 'pve', 'Partenaires techniques et financiers'),
        recommendation('Former et accompagner les organisations locales de paix dans toutes les régions', 'social-cohesion', 'Partenaires techniques et financiers'),
      ],
      narrative: 'Trois jours d’analyse des conflits entre vingt praticiens de dix-huit organisations venues de Bamako et de sept régions, autant de femmes que d’hommes.',
    },
    followUps: [[1, 'in-progress']],
  },
  {
    id: 'activity-amss-peace-forum-bamako',
    plan: {
      type: 'forum', title: 'Forum national sur la paix et la prévention de l’extrémisme violent', plannedStart: '2024-06-18', plannedEnd: '2024-06-20',
      pcode: 'ML09', themes: ['pve', 'governance', 'natural-resources'], plannedParticipants: 120,
    },
    report: {
      actualStart: '2024-06-18', actualEnd: '2024-06-20', pcode: 'ML09',
      cells: [
        ['male', '18-35', 'youth-associations', 30], ['female', '18-35', 'youth-associations', 15], ['male', '36-59', 'community-leaders', 25],
        ['female', 'unknown', 'displaced-people', 10], ['male', 'unknown', 'displaced-people', 10], ['male', '36-59', 'government-officials', 15], ['not-stated', 'unknown', 'other', 15],
      ],
      organisations: [
        { kind: 'cso', name: 'Collectif des associations de déplacés de Mopti' },
        { kind: 'traditional-authority', name: 'Chefferies traditionnelles du cercle de Ménaka' },
        { kind: 'government', name: 'Ministère de la Réconciliation nationale' },
        { kind: 'international-organisation', name: 'Union africaine' },
        { kind: 'foreign-delegation', name: 'Délégation du Burkina Faso' },
        { kind: 'foreign-delegation', name: 'Délégation du Niger' },
      ],
      outputs: [
        { kind: 'declaration', text: { fr: 'Déclaration de Bamako : des solutions locales aux causes profondes de l’extrémisme violent' }, theme: 'pve', addressee: 'Président de la Transition' },
        recommendation('Confier la gestion des terres et des ressources naturelles à des instances locales reconnues par tous', 'natural-resources', 'Président de la Transition'),
        recommendation('Rétablir un contrat social entre l’État et les communautés, avec des services publics présents dans chaque commune', 'governance', 'Président de la Transition'),
        recommendation('Créer des emplois pour les jeunes des zones touchées par l’insécurité', 'pve', 'Gouvernement du Mali'),
        recommendation('Associer les radios communautaires à la lutte contre les discours de haine', 'social-cohesion', 'Haute autorité de la communication'),
      ],
      narrative: 'Des communautés de toutes les régions, souvent absentes de ces débats, ont travaillé en groupes sur le foncier, la cohésion, la gouvernance, les médias et l’emploi ; leur déclaration a été remise aux autorités.',
    },
    followUps: [[1, 'adopted']],
  },
  {
    id: 'activity-amss-training-kenieba',
    plan: {
      type: 'training', title: 'Formation à l’analyse et à la gestion des conflits à Kéniéba', plannedStart: '2024-07-09', plannedEnd: '2024-07-11',
      pcode: 'ML0104', themes: ['natural-resources', 'social-cohesion'], plannedParticipants: 25,
    },
    report: {
      actualStart: '2024-07-09', actualEnd: '2024-07-11', pcode: 'ML0104',
      cells: [['male', '36-59', 'community-leaders', 10], ['female', '18-35', 'womens-associations', 8], ['male', '18-35', 'youth-associations', 7]],
      organisations: [
        { kind: 'local-authority', name: 'Mairie de Kéniéba' },
        { kind: 'womens-association', organisationId: 'org-benkadi' },
      ],
      outputs: [
        { kind: 'trained-people', quantity: 25, text: { fr: 'Analyse des conflits liés à l’orpaillage et médiation entre communautés et sociétés minières' }, theme: 'natural-resources' },
        { kind: 'committee', text: { fr: 'Comité local de veille sur les conflits miniers' }, theme: 'natural-resources' },
        // An output kind an administrator added (RADIO_BROADCAST), not a shipped one.
        { kind: 'radio-broadcast', quantity: 2, text: { fr: 'Débats sur la radio communautaire de Kéniéba avec les formés' }, theme: 'natural-resources' },
      ],
      narrative: 'Trois jours de formation pour des communautés riveraines des mines d’or du cercle de Kéniéba, région de Kayes.',
    },
  },
  {
    id: 'activity-amss-workshop-segou',
    plan: {
      type: 'workshop', title: 'Atelier régional de restitution à Ségou', plannedStart: '2024-08-06', plannedEnd: '2024-08-06',
      pcode: 'ML04', themes: ['security-trust', 'gender'], plannedParticipants: 40,
    },
    report: {
      actualStart: '2024-08-06', actualEnd: '2024-08-06', pcode: 'ML04',
      cells: [
        ['female', '18-35', 'womens-associations', 14], ['female', '36-59', 'womens-associations', 6], ['male', '60-plus', 'religious-leaders', 8],
        ['male', '36-59', 'government-officials', 6], ['male', '36-59', 'community-leaders', 6],
      ],
      organisations: [
        { kind: 'womens-association', name: 'Coordination des femmes leaders de Ségou' },
        { kind: 'religious-leaders', name: 'Conseil régional des leaders religieux de Ségou' },
        { kind: 'local-authority', name: 'Association des maires de la région de Ségou' },
      ],
      outputs: [{ kind: 'action-plan', text: { fr: 'Plan d’action régional : groupes de veille femmes et jeunes sur les nouvelles formes de violence' }, theme: 'security-trust' }],
      narrative: 'Les communautés, y compris éloignées, ont dit ce que leurs activités ont changé pour la sécurité locale.',
    },
  },
  {
    id: 'activity-amss-seminar-bamako',
    plan: {
      type: 'seminar', title: 'Séminaire national sur les perceptions communautaires de la criminalité', plannedStart: '2024-09-17', plannedEnd: '2024-09-17',
      pcode: 'ML09', themes: ['security-trust', 'pve'], plannedParticipants: 60,
    },
    report: {
      actualStart: '2024-09-17', actualEnd: '2024-09-17', pcode: 'ML09',
      cells: [['female', 'unknown', 'ngo-representatives', 18], ['male', 'unknown', 'ngo-representatives', 22], ['male', 'unknown', 'security-forces', 8], ['female', 'unknown', 'journalists', 6], ['male', 'unknown', 'journalists', 4]],
      organisations: [
        { kind: 'security-forces', name: 'Direction générale de la police nationale' },
        { kind: 'media', name: 'Studio Tamani' },
        { kind: 'foreign-delegation', name: 'Ambassade du Canada' },
      ],
      outputs: [{ kind: 'study', text: { fr: 'Note de synthèse : criminalité, violence et extrémisme vus par les communautés' }, theme: 'security-trust' }],
      narrative: 'Présentation de la note de synthèse et débat sur le rôle des organisations de paix face à la criminalité.',
    },
    validated: false,
  },
];

/** The directory's demo organisations the reports name, which activities must know before saving them. */
const DIRECTORY_ORGANISATIONS = [...new Set(FIELD_ACTIVITIES.flatMap(({ report }) => (report.organisations ?? []).flatMap((o) => o.organisationId ?? [])))];

/**
 * Demo activities under AMSS's demo sub-grant, once grants' demo sub-grant is known here as active
 * and the directory's organisations the reports name are known here too:
 * the diagnostic study in the Timbuktu region (focus groups of 188 people, reported and validated;
 * validation fora planned in the five cercles), and activities drawn from the field reports with
 * participating organisations and outputs (a national peace exchange, a forum ending in a
 * declaration, a training in Kayes region, a regional workshop, a seminar waiting for validation).
 */
@Injectable()
export class DemoActivitiesSeeder extends DemoSeeder {
  constructor(
    private readonly subGrants: KnownSubGrants,
    private readonly organisations: KnownOrganisations,
    private readonly activities: ActivityCommands,
    private readonly reference: ReferenceService,
    private readonly referenceCommands: ReferenceCommands,
  ) {
    super('ACTIVITIES_SEED_DEMO', SEEDER, 360);
  }

  protected async ready(): Promise<boolean> {
    return (await this.subGrants.view('subgrant-amss-01'))?.status === 'active' && (await this.organisations.known(DIRECTORY_ORGANISATIONS)).size === DIRECTORY_ORGANISATIONS.length;
  }

  async seed(): Promise<void> {
    if (!(await this.reference.listed()).outputKinds.some((kind) => kind.code === RADIO_BROADCAST.code)) {
      await this.referenceCommands.add('output-kinds', RADIO_BROADCAST, { userId: SEEDER.userId, organisationId: null });
    }
    await this.seedStudy();
    for (const activity of FIELD_ACTIVITIES) await this.seedReported(activity);
    this.logger.log('demo activities ready');
  }

  /** Each demo activity once, even when an earlier version of the demo seeded the others. */
  private async seedReported({ id, plan, report: { cells, ...report }, validated, followUps }: DemoActivity): Promise<void> {
    if (await this.activities.store.find(id)) return;
    const { activity } = await this.activities.plan(SEEDER, id, { subGrantId: 'subgrant-amss-01', ...plan });
    const participants = { total: cells.reduce((sum, [, , , count]) => sum + count, 0), cells: cells.map(([sex, ageBand, category, count]) => ({ sex, ageBand, category, count })) };
    let current = await this.activities.saveReport(SEEDER, id, activity.version, { ...report, participants });
    current = await this.activities.submit(SEEDER, id, current.version);
    if (validated === false) return;
    current = await this.activities.validate(SEEDER, id, current.version);
    for (const [output, status] of followUps ?? []) {
      current = await this.activities.followUp(SEEDER, id, current.version, current.report!.outputs[output].id, status);
    }
  }

  private async seedStudy(): Promise<void> {
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
      participants: { total: 188, cells }, outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }],
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
  }
}
