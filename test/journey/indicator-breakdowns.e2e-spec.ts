import { randomUUID } from 'node:crypto';
import { Schema } from '@tributary/client';
import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { produceRaw, readTopic } from '../support/kafka-probe';
import { amssActiveSubGrant } from '../support/amss-fixture';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

type ReportContent = Schema<'activities', 'ReportContentRequest'>;
type FeedValue = { code: string; value: number | null; disaggregation: Record<string, number> };

const cells = (women: number, men: number) => [
  { sex: 'female', ageBand: '18-35', category: 'womens-associations', count: women },
  { sex: 'male', ageBand: '18-35', category: 'youth-associations', count: men },
];

/**
 * What the field reports count, through the HTTP API of the services as separate processes: a
 * regional workshop in Goundam cercle (Timbuktu region) and a national forum in Bamako district
 * with other organisations taking part and recommendations; distinct organisations by kind,
 * cercles and regions, participants by activity type, theme and cercle, recommendations by
 * follow-up status; a training corrected then returned leaves every count exactly as before it.
 */
describe('journey: indicator breakdowns of the field reports', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let subGrantId: string;

  const activities = (who: string) => platform.client('activities', tokens[who]);
  const indicators = (who: string) => platform.client('indicators', tokens[who]);
  const ofActivity = (id: string) => ({ params: { path: { id } } });
  /** The project's values of 2024Q1, by indicator code. */
  const quarter = async (): Promise<Record<string, FeedValue>> => {
    const page = await body(indicators('me-officer').GET('/feeds/values', { params: { query: { projectId, scope: `project:${projectId}`, periodType: 'quarterly', limit: 500 } } }), 200);
    return Object.fromEntries(page.items.filter((v) => v.period === '2024Q1').map((v) => [v.code, { code: v.code, value: v.value, disaggregation: v.disaggregation }]));
  };
  const define = (indicator: Omit<Schema<'indicators', 'DefineIndicatorRequest'>, 'level' | 'direction' | 'targets' | 'title' | 'measure'> & { rule: object }) =>
    eventually(() => body(indicators('me-officer').POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: { title: { fr: indicator.code, en: indicator.code }, level: 'output', direction: 'increase', targets: [], measure: 'unit', ...indicator } as Schema<'indicators', 'DefineIndicatorRequest'>,
    }), 201), 30000, 250);

  /** Plans, reports, submits and validates an activity; answers the validated activity. */
  async function validated(type: string, themes: string[], content: Omit<ReportContent, 'narrative'>) {
    const id = randomUUID();
    await eventually(() => body(activities('cso-reporter').PUT('/activities/{id}', {
      ...ofActivity(id),
      body: { subGrantId, type, title: `${type} ${content.pcode}`, plannedStart: content.actualStart, plannedEnd: content.actualEnd, pcode: content.pcode, themes, plannedParticipants: content.participants.total },
    }), 201), 30000, 250);
    const draft = await body(activities('cso-reporter').PUT('/activities/{id}/report', { ...ofActivity(id), body: { version: 1, ...content, narrative: 'compte rendu' } }), 200);
    const submitted = await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(id), body: { version: draft.version } }), 200);
    return body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(id), body: { version: submitted.version } }), 200);
  }

  beforeAll(async () => {
    platform = await startPlatform('breakdowns', ['grants', 'activities', 'indicators']);
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    subGrantId = setUp.subGrant.id;
    await define({ code: 'ORG', disaggregations: ['organisationKind'], rule: { measure: 'distinct-organisations' } });
    await define({ code: 'ORG-CSO', disaggregations: [], rule: { measure: 'distinct-organisations', filter: { organisationKinds: ['cso', 'womens-association', 'youth-association'] } } });
    await define({ code: 'CERCLES', disaggregations: ['adm1'], rule: { measure: 'distinct-places', level: 'adm2' } });
    await define({ code: 'REGIONS', disaggregations: ['activityType'], rule: { measure: 'distinct-places', level: 'adm1' } });
    await define({ code: 'PART', disaggregations: ['activityType', 'theme', 'adm1', 'adm2', 'sex'], rule: { measure: 'participants' } });
    await define({ code: 'RECO', disaggregations: ['status', 'theme'], rule: { measure: 'outputs', filter: { outputKinds: ['recommendation'] } } });
    await define({ code: 'RECO-DONE', disaggregations: [], rule: { measure: 'outputs', filter: { statuses: ['adopted', 'in-progress', 'implemented'] } } });
  });
  afterAll(() => platform?.stop());

  let workshop: Awaited<ReturnType<typeof validated>>;
  let beforeTraining: Record<string, FeedValue>;

  it('counts organisations by kind, cercles and regions (Bamako district a region, no cercle), participants by type, theme and place, recommendations by status', async () => {
    workshop = await validated('workshop', ['pve', 'gender'], {
      actualStart: '2024-03-04', actualEnd: '2024-03-05', pcode: 'ML0603', participants: { total: 40, cells: cells(25, 15) },
      organisations: [{ kind: 'local-authority', name: 'Mairie de Goundam' }, { kind: 'womens-association', organisationId: 'org-benkadi' }],
      outputs: [
        { kind: 'recommendation', text: { fr: 'Associer les femmes aux comités de paix' }, theme: 'governance', addressee: 'Mairie de Goundam' },
        { kind: 'recommendation', text: { fr: 'Former les jeunes à la médiation' } },
        { kind: 'action-plan' },
      ],
    });
    await validated('forum', ['social-cohesion'], {
      actualStart: '2024-03-12', actualEnd: '2024-03-13', pcode: 'ML09', participants: { total: 60, cells: cells(30, 30) },
      organisations: [
        { kind: 'government', name: 'Ministère de la Réconciliation' },
        // the same town hall, written otherwise: one organisation
        { kind: 'local-authority', name: 'MAIRIE DE GOUNDAM' },
        { kind: 'womens-association', organisationId: 'org-benkadi' },
      ],
      outputs: [{ kind: 'recommendation', text: { fr: 'Pérenniser l’espace d’échange national' } }, { kind: 'declaration', text: { fr: 'Déclaration de Bamako' } }],
    });

    const values = await eventually(async () => {
      const found = await quarter();
      expect(found.PART?.value).toBe(100);
      expect(found.RECO?.value).toBe(3);
      return found;
    }, 30000, 250);
    expect(values.ORG).toEqual({
      code: 'ORG', value: 4,
      disaggregation: { 'organisationKind=cso': 1, 'organisationKind=local-authority': 1, 'organisationKind=womens-association': 1, 'organisationKind=government': 1 },
    });
    expect(values['ORG-CSO'].value).toBe(2); // AMSS and the women's association
    expect(values.CERCLES).toEqual({ code: 'CERCLES', value: 1, disaggregation: { 'adm1=ML06': 1 } });
    expect(values.REGIONS).toEqual({ code: 'REGIONS', value: 2, disaggregation: { 'activityType=workshop': 1, 'activityType=forum': 1 } });
    expect(values.PART.disaggregation).toEqual({
      'activityType=workshop': 40, 'activityType=forum': 60, 'theme=pve': 40, 'theme=gender': 40, 'theme=social-cohesion': 60,
      'adm1=ML06': 40, 'adm1=ML09': 60, 'adm2=ML0603': 40, 'sex=female': 55, 'sex=male': 45,
    });
    expect(values.RECO.disaggregation).toEqual({ 'status=proposed': 3, 'theme=governance': 1, 'theme=pve': 1, 'theme=gender': 1, 'theme=social-cohesion': 1 });
    expect(values['RECO-DONE']).toBeUndefined();

    const dhis2 = await body(indicators('me-officer').GET('/feeds/dhis2', { params: { query: { projectId, scope: `project:${projectId}`, periodType: 'quarterly' } } }), 200);
    expect(dhis2.dataValues).toEqual(expect.arrayContaining([
      { dataElement: 'ORG', period: '2024Q1', orgUnit: `project:${projectId}`, categoryOptionCombo: 'organisationKind=government', value: '1' },
      { dataElement: 'PART', period: '2024Q1', orgUnit: `project:${projectId}`, categoryOptionCombo: 'activityType=forum', value: '60' },
    ]));
    // CSV with HXL, long by one dimension: a row per organisation kind
    const csv = await body(indicators('me-officer').GET('/feeds/values.csv', {
      params: { query: { projectId, scope: `project:${projectId}`, periodType: 'quarterly', disaggregation: 'organisationKind', hxl: true } }, parseAs: 'text',
    }), 200);
    const lines = csv.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'indicator_code,indicator,scope,period,organisationKind,value,women,men,target,status',
      '#indicator+code,#indicator+name,#org+scope,#date+period,#org+type,#indicator+value+num,#reached+f,#reached+m,#targeted+num,#status',
    ]);
    const organisationRows = lines.filter((l) => l.startsWith('ORG,'));
    // The total first, its dimension cell empty, then a row per kind.
    expect(organisationRows[0]).toMatch(new RegExp(`^ORG,ORG,project:${projectId},2024Q1,,4,,,`));
    expect(organisationRows.slice(1).sort()).toEqual(['cso', 'government', 'local-authority', 'womens-association'].map((kind) => `ORG,ORG,project:${projectId},2024Q1,${kind},1,,,,`));
    // An indicator not broken down by organisation kind keeps its total row.
    expect(lines.some((l) => l.startsWith('PART,') && l.split(',')[4] === '')).toBe(true);
    beforeTraining = values;
  });

  it('takes a corrected, then returned, report back out exactly', async () => {
    const training = await validated('training', ['pve'], {
      actualStart: '2024-03-20', actualEnd: '2024-03-21', pcode: 'ML0602', participants: { total: 20, cells: cells(8, 12) },
      organisations: [{ kind: 'youth-association', name: 'Association des jeunes de Diré' }, { kind: 'local-authority', name: 'Mairie de Goundam' }],
      outputs: [{ kind: 'recommendation', text: { fr: 'Un relais jeunes par commune' } }, { kind: 'trained-people', quantity: 20 }],
    });
    await eventually(async () => {
      const values = await quarter();
      expect(values.PART.value).toBe(120);
      expect(values.ORG.value).toBe(5);
      expect(values.CERCLES).toMatchObject({ value: 2, disaggregation: { 'adm1=ML06': 2 } });
      expect(values.REGIONS.disaggregation).toEqual({ 'activityType=workshop': 1, 'activityType=forum': 1, 'activityType=training': 1 });
      expect(values.RECO.disaggregation).toMatchObject({ 'status=proposed': 4, 'theme=pve': 2 });
    }, 30000, 250);

    // The training was in Goundam, with 18 people: Diré is no longer reached.
    const corrected = await body(activities('program-manager').POST('/activities/{id}/report/correct', {
      ...ofActivity(training.id),
      body: {
        version: training.version, reason: 'lieu et présence corrigés', actualStart: '2024-03-20', actualEnd: '2024-03-21', pcode: 'ML0603', narrative: 'corrigé',
        participants: { total: 18, cells: cells(8, 10) }, organisations: training.report!.organisations,
        outputs: training.report!.outputs.map(({ status: _s, ...o }) => o),
      },
    }), 200);
    await eventually(async () => {
      const values = await quarter();
      expect(values.PART.value).toBe(118);
      expect(values.PART.disaggregation).toMatchObject({ 'adm2=ML0603': 58, 'activityType=training': 18 });
      expect(values.PART.disaggregation['adm2=ML0602']).toBeUndefined();
      expect(values.CERCLES).toEqual({ code: 'CERCLES', value: 1, disaggregation: { 'adm1=ML06': 1 } });
    }, 30000, 250);

    await body(activities('program-manager').POST('/activities/{id}/report/return', { ...ofActivity(training.id), body: { version: corrected.version, comments: 'liste de présence illisible' } }), 200);
    await eventually(async () => expect(await quarter()).toEqual(beforeTraining), 30000, 250);
  });

  it("counts recommendations by the program manager's follow-up", async () => {
    const followUp = (version: number, outputId: string, status: 'adopted' | 'implemented') =>
      body(activities('program-manager').POST('/activities/{id}/outputs/{outputId}/follow-up', { params: { path: { id: workshop.id, outputId } }, body: { version, status } }), 200);
    const recommendation = workshop.report!.outputs.find((o) => o.theme === 'governance')!;
    const adopted = await followUp(workshop.version, recommendation.id, 'adopted');
    await eventually(async () => {
      const values = await quarter();
      expect(values.RECO).toMatchObject({ value: 3, disaggregation: { 'status=proposed': 2, 'status=adopted': 1, 'theme=governance': 1 } });
      expect(values['RECO-DONE'].value).toBe(1);
    }, 30000, 250);
    await followUp(adopted.version, recommendation.id, 'implemented');
    await eventually(async () => {
      const values = await quarter();
      expect(values.RECO.disaggregation).toEqual({ 'status=proposed': 2, 'status=implemented': 1, 'theme=governance': 1, 'theme=pve': 1, 'theme=gender': 1, 'theme=social-cohesion': 1 });
      expect(values['RECO-DONE'].value).toBe(1);
    }, 30000, 250);
  });

  it('counts report events of version 1 as the log keeps them: outputs by three fixed kinds, no other organisation', async () => {
    const topic = `${platform.topicPrefix}activities.activity.v1`;
    const before = await quarter();
    const current = (await readTopic(topic)).map((r) => JSON.parse(r.value)).find((e) => e.type === 'activities.activity.report-validated' && e.subject === workshop.id);
    const { organisations: _o, outputs: _p, ...report } = current.data;
    const subject = randomUUID();
    const v1 = (sequence: number, type: string, extra: object = {}) => JSON.stringify({
      ...current, id: randomUUID(), subject, sequence, version: 1, type, data: { ...report, outputs: { recommendations: 2, declarations: 1, actionPlans: 0 }, ...extra },
    });
    await produceRaw(topic, [{ key: subject, value: v1(3, 'activities.activity.report-validated') }]);
    await eventually(async () => {
      const values = await quarter();
      expect(values.PART.value).toBe(before.PART.value! + 40);
      expect(values.RECO.disaggregation['status=proposed']).toBe(before.RECO.disaggregation['status=proposed'] + 2);
      expect(values.ORG).toEqual(before.ORG);
    }, 30000, 250);
    await produceRaw(topic, [{ key: subject, value: v1(4, 'activities.activity.report-returned', { comments: 'doublon', wasValidated: true }) }]);
    await eventually(async () => expect(await quarter()).toEqual(before), 30000, 250);
  });

  it('rebuilds the same values by replay', async () => {
    const live = await quarter();
    await body(indicators('admin').POST('/admin/read-models/rebuild'), 200);
    expect(await quarter()).toEqual(live);
  });

  it('refuses a rule its measure cannot answer, naming the field, in the reader’s language', async () => {
    const refused = async (rule: object, disaggregations: string[]) => {
      const response = await fetch(`${platform.url('indicators')}/projects/${projectId}/indicators`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens['me-officer']}`, 'accept-language': 'fr' },
        body: JSON.stringify({ code: 'X-1', title: { fr: 'x', en: 'x' }, level: 'output', measure: 'unit', direction: 'increase', disaggregations, targets: [], rule }),
      });
      const problem = (await response.json()) as { errors: { field: string; message: string }[] };
      return { status: response.status, errors: problem.errors };
    };
    expect(await refused({ measure: 'participants', level: 'adm2' }, [])).toEqual({
      status: 422, errors: [{ field: 'rule.level', message: 'Un niveau (région, cercle, commune) ne s’applique qu’aux lieux distincts' }],
    });
    expect(await refused({ measure: 'participants' }, ['status'])).toEqual({
      status: 422, errors: [{ field: 'disaggregations[0]', message: 'La ventilation status ne s’applique pas à la mesure participants' }],
    });
    expect(await refused({ measure: 'activities', filter: { outputKinds: ['declaration'] } }, [])).toMatchObject({ status: 422, errors: [{ field: 'rule.filter.outputKinds' }] });
    // unknown values: the request schema's 400, naming the field
    expect(await refused({ measure: 'distinct-places', level: 'district' }, [])).toMatchObject({ status: 400, errors: [{ field: 'rule.level' }] });
    expect(await refused({ measure: 'participants' }, ['region'])).toMatchObject({ status: 400, errors: [{ field: 'disaggregations[0]' }] });
  });
});
