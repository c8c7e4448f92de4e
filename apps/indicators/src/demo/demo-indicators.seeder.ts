import { Injectable } from '@nestjs/common';
import { Actor, DemoSeeder } from '@tributary/platform';
import { IndicatorDefinitions } from '../indicators/commands/indicator-definitions.service';
import { IndicatorReplays } from '../indicators/commands/indicator-replays.service';
import { IndicatorDefinition } from '../indicators/domain/indicator';
import { KnownProjects } from '../projects/known-projects.projector';

const SEEDER: Actor = { userId: 'service:indicators-demo-seed', organisationId: null, roles: ['admin'] };

const PROJECT_ID = 'project-cove-tbk';
const BEFORE_THE_PROJECT = { value: 0, date: '2023-12-31' };
const FROM_VALIDATED_REPORTS = 'Rapports d’activité validés / validated activity reports';

const DIALOGUE = {
  fr: 'Les communautés, les femmes et les jeunes des zones touchées prennent part au dialogue sur la prévention de l’extrémisme violent',
  en: 'Communities, women and young people of the affected areas take part in dialogue on preventing violent extremism',
};
const COVERAGE = {
  fr: 'Les activités atteignent les cercles et les régions touchés par l’insécurité',
  en: 'Activities reach the cercles and regions affected by insecurity',
};
const ADVOCACY = {
  fr: 'Les recommandations des communautés sont portées auprès des autorités et suivies',
  en: 'Communities’ recommendations are brought to the authorities and followed up',
};
const SKILLS = {
  fr: 'Des acteurs locaux sont formés à l’analyse et à la gestion des conflits',
  en: 'Local actors are trained in conflict analysis and management',
};

type DemoIndicator = Omit<IndicatorDefinition, 'projectId'> & { id: string };

/** COVE-TBK's results framework, each indicator counting what AMSS's demo reports say. */
const INDICATORS: DemoIndicator[] = [
  {
    id: 'indicator-cove-tbk-participants', code: 'OUT-1.1', result: DIALOGUE, level: 'output', measure: 'unit', direction: 'increase',
    title: { fr: 'Participants aux activités', en: 'Participants in activities' },
    definition: { fr: 'Personnes ayant pris part aux activités dont le rapport est validé', en: 'People who took part in activities whose report is validated' },
    rule: { measure: 'participants' }, disaggregations: ['sex', 'activityType', 'adm1'],
    baseline: BEFORE_THE_PROJECT, frequency: 'quarterly', meansOfVerification: FROM_VALIDATED_REPORTS,
    targets: [{ period: '2024', value: 400 }, { period: '2024', value: 160, disaggregation: 'sex=female' }, { period: '2025', value: 600 }],
  },
  {
    id: 'indicator-cove-tbk-women-share', code: 'OUT-1.2', result: DIALOGUE, level: 'output', measure: 'percent', direction: 'increase',
    title: { fr: 'Part des femmes parmi les participants (%)', en: 'Share of women among participants (%)' },
    numerator: { measure: 'participants', filter: { sexes: ['female'] } }, denominator: { measure: 'participants' }, disaggregations: [],
    frequency: 'quarterly', meansOfVerification: FROM_VALIDATED_REPORTS,
    targets: [{ period: '2024', value: 40 }, { period: '2025', value: 45 }],
  },
  {
    id: 'indicator-cove-tbk-organisations', code: 'OUT-1.3', result: DIALOGUE, level: 'output', measure: 'unit', direction: 'increase',
    title: { fr: 'Organisations distinctes ayant pris part aux activités', en: 'Distinct organisations that took part in activities' },
    definition: { fr: 'Chaque organisation compte une fois, quel que soit le nombre d’activités', en: 'Each organisation counts once, however many activities it attended' },
    rule: { measure: 'distinct-organisations' }, disaggregations: ['organisationKind'],
    baseline: BEFORE_THE_PROJECT, frequency: 'yearly', meansOfVerification: FROM_VALIDATED_REPORTS,
    targets: [{ period: '2024', value: 30 }, { period: '2025', value: 45 }],
  },
  {
    id: 'indicator-cove-tbk-cercles', code: 'OUT-2.1', result: COVERAGE, level: 'output', measure: 'unit', direction: 'increase',
    title: { fr: 'Cercles atteints', en: 'Cercles reached' },
    rule: { measure: 'distinct-places', level: 'adm2' }, disaggregations: ['adm1'],
    baseline: BEFORE_THE_PROJECT, frequency: 'yearly', meansOfVerification: FROM_VALIDATED_REPORTS,
    targets: [{ period: '2024', value: 6 }, { period: '2025', value: 10 }],
  },
  {
    id: 'indicator-cove-tbk-regions', code: 'OUT-2.2', result: COVERAGE, level: 'output', measure: 'unit', direction: 'increase',
    title: { fr: 'Régions atteintes (district de Bamako compris)', en: 'Regions reached (Bamako district included)' },
    rule: { measure: 'distinct-places', level: 'adm1' }, disaggregations: [],
    baseline: BEFORE_THE_PROJECT, frequency: 'yearly', meansOfVerification: FROM_VALIDATED_REPORTS,
    targets: [{ period: '2024', value: 4 }, { period: '2025', value: 6 }],
  },
  {
    id: 'indicator-cove-tbk-recommendations', code: 'OUT-3.1', result: ADVOCACY, level: 'output', measure: 'unit', direction: 'increase',
    title: { fr: 'Recommandations formulées', en: 'Recommendations made' },
    rule: { measure: 'outputs', filter: { outputKinds: ['recommendation'] } }, disaggregations: ['status', 'theme'],
    baseline: BEFORE_THE_PROJECT, frequency: 'yearly', meansOfVerification: FROM_VALIDATED_REPORTS,
    targets: [{ period: '2024', value: 20 }, { period: '2025', value: 30 }],
  },
  {
    id: 'indicator-cove-tbk-recommendations-taken-up', code: 'OC-3.2', result: ADVOCACY, level: 'outcome', measure: 'unit', direction: 'increase',
    title: { fr: 'Recommandations adoptées, en cours de mise en œuvre ou mises en œuvre', en: 'Recommendations adopted, in progress or implemented' },
    definition: { fr: 'Selon le dernier suivi de chaque recommandation', en: 'As of the latest follow-up of each recommendation' },
    rule: { measure: 'outputs', filter: { outputKinds: ['recommendation'], statuses: ['adopted', 'in-progress', 'implemented'] } }, disaggregations: ['status'],
    baseline: BEFORE_THE_PROJECT, frequency: 'yearly', meansOfVerification: 'Suivi des recommandations / recommendation follow-up',
    targets: [{ period: '2024', value: 3 }, { period: '2025', value: 8 }],
  },
  {
    id: 'indicator-cove-tbk-trained', code: 'OUT-4.1', result: SKILLS, level: 'output', measure: 'unit', direction: 'increase',
    title: { fr: 'Personnes formées', en: 'People trained' },
    rule: { measure: 'outputs', filter: { outputKinds: ['trained-people'] } }, disaggregations: ['adm1'],
    baseline: BEFORE_THE_PROJECT, frequency: 'quarterly', meansOfVerification: 'Listes de présence des formations / training attendance lists',
    targets: [{ period: '2024', value: 25 }, { period: '2025', value: 50 }],
  },
];

/**
 * The results framework of the demo project that carries AMSS's sub-grant, loaded when
 * INDICATORS_SEED_DEMO=true once grants' demo project is known here, so that the M&E dashboard
 * and the feeds show values as soon as activities' demo reports arrive: participants by sex,
 * activity type and region, the share of women, organisations by kind, cercles and regions
 * reached, recommendations by follow-up status and theme, and people trained.
 */
@Injectable()
export class DemoIndicatorsSeeder extends DemoSeeder {
  constructor(
    private readonly projects: KnownProjects,
    private readonly definitions: IndicatorDefinitions,
    private readonly replays: IndicatorReplays,
  ) {
    super('INDICATORS_SEED_DEMO', SEEDER, 360);
  }

  protected async ready(): Promise<boolean> {
    return Boolean(await this.projects.find(PROJECT_ID));
  }

  /** Each indicator once: a code already in the project, seeded or defined by someone, is left as it is. */
  async seed(): Promise<void> {
    const taken = new Set((await this.definitions.list(PROJECT_ID)).map((indicator) => indicator.code));
    const missing = INDICATORS.filter((indicator) => !taken.has(indicator.code));
    for (const { id, ...indicator } of missing) await this.definitions.define({ ...indicator, projectId: PROJECT_ID }, id);
    // Reports validated before the definitions count only once replayed under them (tried again until it succeeds).
    await this.replays.untilReplayed();
    this.logger.log('demo indicators ready');
  }
}
