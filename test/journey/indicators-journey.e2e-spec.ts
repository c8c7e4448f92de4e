import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '../support/eventually';
import { produceRaw, readTopic } from '../support/kafka-probe';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const CELLS = AMSS_FOCUS_GROUP_CELLS;

interface Value {
  code: string;
  scope: string;
  period: string;
  value: number | null;
  disaggregation: Record<string, number>;
  target?: number;
  status: string;
  changeSequence: number;
}

/**
 * The whole journey across the four services as separate processes: organisation and users →
 * project and active sub-grant → indicators → activity planned, reported, validated → the values
 * in every feed; then a correction and a return, and the values follow.
 */
describe('journey: from a validated report to indicator feeds', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let subGrantId: string;
  let feedsToken: string;

  const call = (who: string, service: 'grants' | 'activities' | 'indicators' | 'directory', method: string, path: string, body?: object) =>
    fetch(`${platform.url(service)}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${who === 'feeds' ? feedsToken : tokens[who]}` },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const json = async <T>(response: Promise<Response>): Promise<T> => (await (await response).json()) as T;
  const projectValues = async (who = 'me-officer') =>
    json<{ items: Value[] }>(call(who, 'indicators', 'GET', `/feeds/values?projectId=${projectId}&scope=project:${projectId}&periodType=quarterly`));
  const valueOf = async (code: string) => (await projectValues()).items.find((v) => v.code === code && v.period === '2024Q1');

  beforeAll(async () => {
    platform = await startPlatform('journey', ['grants', 'activities', 'indicators']);
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    const subGrant = setUp.subGrant;
    subGrantId = subGrant.id;
    const planned = await json<{ version: number; tranches: { id: string }[] }>(call('program-manager', 'grants', 'POST', `/sub-grants/${subGrantId}/tranches`, {
      version: subGrant.version, plannedDate: '2024-02-15', amount: { amount: 6_000_000, currency: 'XOF' },
    }));
    await call('program-manager', 'grants', 'POST', `/sub-grants/${subGrantId}/disbursements`, {
      version: planned.version, trancheId: planned.tranches[0].id, date: '2024-02-20', amount: { amount: 6_000_000, currency: 'XOF' },
    });

    const define = (body: object) =>
      eventually(async () => expect((await call('me-officer', 'indicators', 'POST', `/projects/${projectId}/indicators`, body)).status).toBe(201), 30000, 250);
    await define({ code: 'OUT-1', title: { fr: 'Participants aux activités', en: 'Activity participants' },
      result: { fr: 'Les communautés dialoguent sur les causes de la violence', en: 'Communities discuss the drivers of violence' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: ['category', 'sex'], rule: { measure: 'participants' },
      targets: [{ period: '2024Q1', value: 150 }, { period: '2024Q1', value: 80, disaggregation: 'sex=female' }] });
    await define({ code: 'OUT-2', title: { fr: 'Part des femmes', en: 'Share of women' }, level: 'output', measure: 'percent', direction: 'increase',
      disaggregations: [], numerator: { measure: 'participants', filter: { sexes: ['female'] } }, denominator: { measure: 'participants' }, targets: [] });
    await define({ code: 'OUT-3', title: { fr: 'Activités tenues', en: 'Activities held' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: [], rule: { measure: 'activities' }, targets: [] });

    const client = await json<{ clientId: string; clientSecret: string }>(call('admin', 'directory', 'POST', '/api-clients', { name: 'Outil S&E', organisationId: 'org-fhi360', scopes: ['feeds:read'] }));
    feedsToken = (await json<{ access_token: string }>(fetch(`${platform.url('directory')}/auth/token`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
    }))).access_token;
  });
  afterAll(() => platform?.stop());

  let activityId: string;
  let version: number;

  it('shows a validated report in every feed, with exact values', async () => {
    activityId = randomUUID();
    await eventually(async () => expect((await call('cso-reporter', 'activities', 'PUT', `/activities/${activityId}`, {
      subGrantId, type: 'study', title: 'Groupes de discussion', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180,
    })).status).toBe(201), 30000, 250);
    const draft = await json<{ version: number }>(call('cso-reporter', 'activities', 'PUT', `/activities/${activityId}/report`, {
      version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06', participants: { total: 188, cells: CELLS },
      outputs: { recommendations: 12, declarations: 0, actionPlans: 1 }, narrative: 'Groupes de discussion dans cinq cercles',
    }));
    const submitted = await json<{ version: number }>(call('cso-reporter', 'activities', 'POST', `/activities/${activityId}/report/submit`, { version: draft.version }));
    const validated = await json<{ version: number }>(call('program-manager', 'activities', 'POST', `/activities/${activityId}/report/validate`, { version: submitted.version }));
    version = validated.version;

    const participants = await eventually(async () => {
      const value = await valueOf('OUT-1');
      expect(value?.value).toBe(188);
      return value!;
    }, 30000, 200);
    expect(participants.disaggregation).toMatchObject({ 'category=womens-associations': 72, 'category=youth-associations': 72, 'category=community-leaders': 35, 'sex=female': 72 });
    expect(participants).toMatchObject({ target: 150, targetsByDisaggregation: { 'sex=female': 80 }, status: 'on-track' });
    expect((await valueOf('OUT-2'))?.value).toBe(38.3); // 72 of 188
    expect((await valueOf('OUT-3'))?.value).toBe(1);

    // roll-up: the same figure for the sub-grant, the project and the lead partner's portfolio
    const yearly = await json<{ items: Value[] }>(call('feeds', 'indicators', 'GET', `/feeds/values?projectId=${projectId}&periodType=yearly`));
    const out1 = yearly.items.filter((v) => v.code === 'OUT-1');
    expect(out1.map((v) => v.scope).sort()).toEqual([`portfolio:org-fhi360`, `project:${projectId}`, `subgrant:${subGrantId}`].sort());
    expect(out1.every((v) => v.value === 188)).toBe(true);

    const csv = await (await call('feeds', 'indicators', 'GET', `/feeds/values.csv?projectId=${projectId}&periodType=quarterly&hxl=true`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[1]).toContain('#indicator+code');
    expect(lines.some((l) => l.startsWith('OUT-1,') && l.includes(`project:${projectId}`) && l.includes(',2024Q1,188,72,'))).toBe(true);

    const dhis2 = await json<{ dataValues: { dataElement: string; period: string; orgUnit: string; value: string; categoryOptionCombo?: string }[] }>(
      call('feeds', 'indicators', 'GET', `/feeds/dhis2?projectId=${projectId}&scope=project:${projectId}&periodType=quarterly`));
    expect(dhis2.dataValues).toEqual(expect.arrayContaining([
      { dataElement: 'OUT-1', period: '2024Q1', orgUnit: `project:${projectId}`, value: '188' },
      { dataElement: 'OUT-1', period: '2024Q1', orgUnit: `project:${projectId}`, categoryOptionCombo: 'category=youth-associations', value: '72' },
    ]));
    const xml = await eventually(async () => {
      const body = await (await call('feeds', 'indicators', 'GET', `/feeds/iati.xml?projectId=${projectId}`)).text();
      expect(body).toContain('<transaction-type code="3"/>');
      return body;
    }, 30000, 250);
    expect(xml).toContain('<actual value="188"/>');
    expect(xml).toContain('Les communautés dialoguent sur les causes de la violence');
    expect(xml).toContain('<dimension name="category" value="womens-associations"/>');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'iati-')), 'activity.xml');
    writeFileSync(file, xml);
    const schema = path.resolve(__dirname, '..', 'standards', 'iati-2.03', 'iati-activities-schema.xsd');
    // xmllint exits non-zero (and this throws with its message) when the document breaks the schema.
    expect(execFileSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');

    expect((await call('cso-reporter', 'indicators', 'GET', `/feeds/values?projectId=${projectId}`)).status).toBe(403);
    expect((await call('donor-viewer', 'indicators', 'GET', `/feeds/values?projectId=${projectId}`)).status).toBe(200);
  });

  it('follows a correction and a return, and the change feed misses and repeats nothing', async () => {
    // The validation published again, as a crashed outbox relay does: it must not count twice
    // (the correction below would then show 374).
    const activityTopic = `${platform.topicPrefix}activities.activity.v1`;
    const validation = (await readTopic(activityTopic)).find((r) => r.key === activityId && JSON.parse(r.value).type === 'activities.activity.report-validated');
    expect(validation).toBeDefined();
    await produceRaw(activityTopic, [{ key: validation!.key!, value: validation!.value }]);
    const before = await json<{ items: Value[]; nextCursor: number }>(call('feeds', 'indicators', 'GET', '/feeds/changes?cursor=0&limit=500'));
    const corrected = await json<{ version: number }>(call('program-manager', 'activities', 'POST', `/activities/${activityId}/report/correct`, {
      version, reason: 'deux jeunes comptés deux fois', actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
      participants: { total: 186, cells: CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: 70 } : c)) },
      outputs: { recommendations: 12, declarations: 0, actionPlans: 1 }, narrative: 'corrigé',
    }));
    await eventually(async () => {
      const value = await valueOf('OUT-1');
      expect(value).toMatchObject({ value: 186, disaggregation: expect.objectContaining({ 'category=youth-associations': 70 }) });
    }, 30000, 200);

    // page through the changes from the cursor held before the correction: a page ends between
    // sheets, so the values of one change (one sequence) come together and never twice
    const seen: string[] = [];
    const sequences: number[] = [];
    let cursor = before.nextCursor;
    for (;;) {
      const page = await json<{ items: Value[]; nextCursor: number }>(call('feeds', 'indicators', 'GET', `/feeds/changes?cursor=${cursor}&limit=3`));
      if (page.items.length === 0) break;
      seen.push(...page.items.map((i) => `${i.changeSequence}|${i.code}|${i.scope}|${i.period}`));
      sequences.push(...page.items.map((i) => i.changeSequence));
      expect(page.nextCursor).toBe(page.items[page.items.length - 1].changeSequence);
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(sequences.every((s) => s > before.nextCursor)).toBe(true);
    expect(seen).toContainEqual(expect.stringMatching(new RegExp(`\\|OUT-1\\|project:${projectId}\\|2024Q1$`)));

    await call('program-manager', 'activities', 'POST', `/activities/${activityId}/report/return`, { version: corrected.version, comments: 'listes de présence manquantes' });
    await eventually(async () => {
      expect((await valueOf('OUT-1'))?.value).toBe(0);
      expect((await valueOf('OUT-3'))?.value).toBe(0);
      expect((await valueOf('OUT-2'))?.value).toBeNull();
    }, 30000, 200);
  });

  it('announces every value change on the Kafka topic', async () => {
    type Announcement = { type: string; source: string; data: { scope: string; period: string; changeSequence: number; values: { code: string; value: number | null }[] } };
    const projectQuarter = (e: Announcement) => e.data.scope === `project:${projectId}` && e.data.period === '2024Q1' && e.data.values.some((v) => v.code === 'OUT-1');
    const announcements = await eventually(async () => {
      const events = (await readTopic(`${platform.topicPrefix}indicators.value.v2`)).map((r) => JSON.parse(r.value) as Announcement).filter(projectQuarter);
      const ordered = [...new Map(events.map((e) => [e.data.changeSequence, e])).values()].sort((a, b) => a.data.changeSequence - b.data.changeSequence);
      expect(ordered.map((e) => e.data.values.find((v) => v.code === 'OUT-1')!.value)).toEqual([188, 186, 0]);
      return ordered;
    });
    expect(announcements[0]).toMatchObject({ type: 'indicators.value.changed', source: 'indicators' });
    expect(announcements[0].data.values).toEqual(expect.arrayContaining([{ indicatorId: expect.any(String), code: 'OUT-2', value: 38.3 }]));
  });

  it('rebuilds the values by replay, identical to the live ones', async () => {
    const snapshot = async () =>
      (await json<{ items: Value[] }>(call('me-officer', 'indicators', 'GET', `/feeds/values?projectId=${projectId}&limit=500`))).items
        .map(({ changeSequence: _c, ...v }) => v)
        .sort((a, b) => `${a.code}${a.scope}${a.period}`.localeCompare(`${b.code}${b.scope}${b.period}`));
    const live = await snapshot();
    expect(live.length).toBeGreaterThan(10);
    const rebuilt = await call('admin', 'indicators', 'POST', '/admin/read-models/rebuild');
    expect(rebuilt.status).toBe(200);
    expect(await snapshot()).toEqual(live);
  });

  it("shows a donor only the projects it funds", async () => {
    const alert = (await fetch(`${platform.url('directory')}/auth/token`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username: 'pm@alert.example', password: 'Tributary-demo-2026' }),
    }).then((r) => r.json())) as { access_token: string };
    tokens['alert-pm'] = alert.access_token;
    const other = await json<{ id: string }>(call('alert-pm', 'grants', 'POST', '/projects', {
      code: 'ALERT-CENTRE', title: { fr: 'Centre du Mali', en: 'Central Mali' }, leadPartnerId: 'org-alert',
      donors: [{ organisationId: 'org-canada', amount: { amount: 150_000_000, currency: 'CAD' } }],
      period: { start: '2017-01-01', end: '2019-12-31' }, budget: { amount: 150_000_000, currency: 'CAD' }, regions: ['ML04'],
    }));
    await eventually(async () => expect((await call('alert-pm', 'indicators', 'GET', `/feeds/values?projectId=${other.id}`)).status).toBe(200), 30000, 250);
    expect((await call('donor-viewer', 'indicators', 'GET', `/feeds/values?projectId=${other.id}`)).status).toBe(404);
    expect((await call('donor-viewer', 'indicators', 'GET', `/feeds/values?projectId=${projectId}`)).status).toBe(200);
    expect((await call('feeds', 'indicators', 'GET', `/feeds/values?projectId=${other.id}`)).status).toBe(404);
  });

  it('checks a rule when the indicator is defined: an unknown measure, option or filter key is a 400 naming it (it was a 500)', async () => {
    const indicator = (rule: object) => ({
      code: 'OUT-9', title: { fr: 'Règle fautive', en: 'Faulty rule' }, level: 'output', measure: 'unit', direction: 'increase', disaggregations: [], targets: [], rule,
    });
    const refused = async (rule: object) => {
      const response = await call('me-officer', 'indicators', 'POST', `/projects/${projectId}/indicators`, indicator(rule));
      expect(response.status).toBe(400);
      return ((await response.json()) as { errors: { field: string; message: string }[] }).errors;
    };
    expect(await refused({ measure: 'households' })).toEqual([
      { field: 'rule.measure', message: expect.stringContaining('participants, activities, distinct-places, distinct-organisations') },
    ]);
    expect((await refused({ measure: 'participants', weighted: true })).map((e) => e.field)).toEqual(['rule.weighted']);
    expect((await refused({ measure: 'participants', filter: { districts: ['ML06'] } })).map((e) => e.field)).toEqual(['rule.filter.districts']);
  });

  it('takes a manual survey value through submission and approval by another person', async () => {
    const defined = await call('me-officer', 'indicators', 'POST', `/projects/${projectId}/indicators`, {
      code: 'OC-1', title: { fr: 'Confiance envers les forces de sécurité (%)', en: 'Trust in security forces (%)' }, level: 'outcome',
      measure: 'unit', direction: 'increase', disaggregations: [], targets: [{ period: '2024', value: 60 }], baseline: { value: 41, date: '2023-12-31' },
    });
    expect(defined.status).toBe(201);
    const indicator = (await defined.json()) as { id: string };
    const submitted = await call('me-officer', 'indicators', 'POST', `/indicators/${indicator.id}/manual-values`, {
      scope: `project:${projectId}`, period: '2024', value: 64.5, comment: 'enquête de perception auprès de 420 ménages',
    });
    expect(submitted.status).toBe(201);
    const value = (await submitted.json()) as { id: string; version: number; status: string };
    expect(value.status).toBe('submitted');
    expect((await call('me-officer', 'indicators', 'POST', `/indicators/${indicator.id}/manual-values/${value.id}/approve`, { version: value.version })).status).toBe(403);
    expect((await call('program-manager', 'indicators', 'POST', `/indicators/${indicator.id}/manual-values/${value.id}/approve`, { version: value.version })).status).toBe(200);
    await eventually(async () => {
      const yearly = await json<{ items: Value[] }>(call('feeds', 'indicators', 'GET', `/feeds/values?projectId=${projectId}&periodType=yearly&scope=project:${projectId}`));
      expect(yearly.items.find((v) => v.code === 'OC-1')).toMatchObject({ value: 64.5, target: 60, status: 'on-track' });
    }, 30000, 250);
  });
});
