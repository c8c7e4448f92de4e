import { randomUUID } from 'node:crypto';
import { Schema } from '@tributary/client';
import { body, problem, status } from '../support/answers';
import { eventually } from '../support/eventually';
import { expectValidIati } from '../support/iati-schema';
import { produceRaw, readTopic } from '../support/kafka-probe';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const CELLS = AMSS_FOCUS_GROUP_CELLS;

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

  const token = (who: string) => (who === 'feeds' ? feedsToken : tokens[who]);
  const grants = (who: string) => platform.client('grants', token(who));
  const activities = (who: string) => platform.client('activities', token(who));
  const indicators = (who: string) => platform.client('indicators', token(who));
  const ofActivity = () => ({ params: { path: { id: activityId } } });
  const values = (who: string, query: { projectId: string; scope?: string; periodType?: 'quarterly' | 'yearly'; limit?: number }) =>
    indicators(who).GET('/feeds/values', { params: { query } });
  const valueOf = async (code: string) =>
    (await body(values('me-officer', { projectId, scope: `project:${projectId}`, periodType: 'quarterly' }), 200)).items.find((v) => v.code === code && v.period === '2024Q1');

  beforeAll(async () => {
    platform = await startPlatform('journey', ['grants', 'activities', 'indicators']);
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    const subGrant = setUp.subGrant;
    subGrantId = subGrant.id;
    const ofSubGrant = { params: { path: { id: subGrantId } } };
    const planned = await body(grants('program-manager').POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant, body: { version: subGrant.version, plannedDate: '2024-02-15', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    await body(grants('program-manager').POST('/sub-grants/{id}/disbursements', {
      ...ofSubGrant, body: { version: planned.version, trancheId: planned.tranches[0].id, date: '2024-02-20', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);

    const define = (indicator: Schema<'indicators', 'DefineIndicatorRequest'>) =>
      eventually(() => body(indicators('me-officer').POST('/projects/{projectId}/indicators', { params: { path: { projectId } }, body: indicator }), 201), 30000, 250);
    await define({ code: 'OUT-1', title: { fr: 'Participants aux activités', en: 'Activity participants' },
      result: { fr: 'Les communautés dialoguent sur les causes de la violence', en: 'Communities discuss the drivers of violence' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: ['category', 'sex'], rule: { measure: 'participants' },
      targets: [{ period: '2024Q1', value: 150 }, { period: '2024Q1', value: 80, disaggregation: 'sex=female' }] });
    await define({ code: 'OUT-2', title: { fr: 'Part des femmes', en: 'Share of women' }, level: 'output', measure: 'percent', direction: 'increase',
      disaggregations: [], numerator: { measure: 'participants', filter: { sexes: ['female'] } }, denominator: { measure: 'participants' }, targets: [] });
    await define({ code: 'OUT-3', title: { fr: 'Activités tenues', en: 'Activities held' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: [], rule: { measure: 'activities' }, targets: [] });

    const directory = platform.client('directory', tokens.admin);
    const client = await body(directory.POST('/api-clients', { body: { name: 'Outil S&E', organisationId: 'org-fhi360', scopes: ['feeds:read'] } }), 201);
    feedsToken = (await body(directory.POST('/auth/token', {
      body: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
    }), 200)).access_token;
  });
  afterAll(() => platform?.stop());

  let activityId: string;
  let version: number;

  it('shows a validated report in every feed, with exact values', async () => {
    activityId = randomUUID();
    await eventually(() => body(activities('cso-reporter').PUT('/activities/{id}', {
      ...ofActivity(),
      body: { subGrantId, type: 'study', title: 'Groupes de discussion', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 },
    }), 201), 30000, 250);
    const draft = await body(activities('cso-reporter').PUT('/activities/{id}/report', {
      ...ofActivity(),
      body: {
        version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06', participants: { total: 188, cells: CELLS },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'Groupes de discussion dans cinq cercles',
      },
    }), 200);
    const submitted = await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(), body: { version: draft.version } }), 200);
    const validated = await body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(), body: { version: submitted.version } }), 200);
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
    const yearly = await body(values('feeds', { projectId, periodType: 'yearly' }), 200);
    const out1 = yearly.items.filter((v) => v.code === 'OUT-1');
    expect(out1.map((v) => v.scope).sort()).toEqual([`portfolio:org-fhi360`, `project:${projectId}`, `subgrant:${subGrantId}`].sort());
    expect(out1.every((v) => v.value === 188)).toBe(true);

    const csv = await body(indicators('feeds').GET('/feeds/values.csv', { params: { query: { projectId, periodType: 'quarterly', hxl: true } }, parseAs: 'text' }), 200);
    const lines = csv.trim().split('\n');
    expect(lines[1]).toContain('#indicator+code');
    expect(lines.some((l) => l.startsWith('OUT-1,') && l.includes(`project:${projectId}`) && l.includes(',2024Q1,188,72,'))).toBe(true);

    const dhis2 = await body(indicators('feeds').GET('/feeds/dhis2', { params: { query: { projectId, scope: `project:${projectId}`, periodType: 'quarterly' } } }), 200);
    expect(dhis2.dataValues).toEqual(expect.arrayContaining([
      { dataElement: 'OUT-1', period: '2024Q1', orgUnit: `project:${projectId}`, value: '188' },
      { dataElement: 'OUT-1', period: '2024Q1', orgUnit: `project:${projectId}`, categoryOptionCombo: 'category=youth-associations', value: '72' },
    ]));
    const xml = await eventually(async () => {
      const activity = await body(indicators('feeds').GET('/feeds/iati.xml', { params: { query: { projectId } }, parseAs: 'text' }), 200);
      expect(activity).toContain('<transaction-type code="3"/>');
      return activity;
    }, 30000, 250);
    expect(xml).toContain('<actual value="188"/>');
    expect(xml).toContain('Les communautés dialoguent sur les causes de la violence');
    expect(xml).toContain('<dimension name="category" value="womens-associations"/>');
    // Organisations by their IATI identifiers from the directory and their names; AMSS has no
    // identifier, so it is named only; the activities are identified under FHI 360's identifier.
    const fhi360 = '<narrative>FHI 360</narrative>';
    expect(xml).toContain('<iati-identifier>US-EIN-237011074-COVE-TBK</iati-identifier>');
    expect(xml).toContain(`<reporting-org ref="US-EIN-237011074" type="21">${fhi360}</reporting-org>`);
    expect(xml).toContain('<participating-org ref="US-GOV-1" role="1"><narrative>United States Agency for International Development</narrative></participating-org>');
    expect(xml).toContain(`<participating-org ref="US-EIN-237011074" role="4">${fhi360}</participating-org>`);
    expect(xml).toContain(`<provider-org ref="US-EIN-237011074" provider-activity-id="US-EIN-237011074-COVE-TBK">${fhi360}</provider-org>`);
    expect(xml).toContain('<receiver-org receiver-activity-id="US-EIN-237011074-COVE-TBK-SG-AMSS-01"><narrative>Association Malienne pour la Survie au Sahel</narrative></receiver-org>');
    expect(xml).not.toContain('org-');
    expectValidIati(xml);

    expect(await status(values('cso-reporter', { projectId }))).toBe(403);
    expect(await status(values('donor-viewer', { projectId }))).toBe(200);
  });

  it('follows a correction and a return, and the change feed misses and repeats nothing', async () => {
    // The validation published again, as a crashed outbox relay does: it must not count twice
    // (the correction below would then show 374).
    const activityTopic = `${platform.topicPrefix}activities.activity.v1`;
    const validation = (await readTopic(activityTopic)).find((r) => r.key === activityId && JSON.parse(r.value).type === 'activities.activity.report-validated');
    expect(validation).toBeDefined();
    await produceRaw(activityTopic, [{ key: validation!.key!, value: validation!.value }]);
    const changes = (cursor: number, limit: number) => body(indicators('feeds').GET('/feeds/changes', { params: { query: { cursor, limit } } }), 200);
    const before = await changes(0, 500);
    const corrected = await body(activities('program-manager').POST('/activities/{id}/report/correct', {
      ...ofActivity(),
      body: {
        version, reason: 'deux jeunes comptés deux fois', actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
        participants: { total: 186, cells: CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: 70 } : c)) },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'corrigé',
      },
    }), 200);
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
      const page = await changes(cursor, 3);
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

    await body(activities('program-manager').POST('/activities/{id}/report/return', { ...ofActivity(), body: { version: corrected.version, comments: 'listes de présence manquantes' } }), 200);
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
      (await body(values('me-officer', { projectId, limit: 500 }), 200)).items
        .map(({ changeSequence: _c, ...v }) => v)
        .sort((a, b) => `${a.code}${a.scope}${a.period}`.localeCompare(`${b.code}${b.scope}${b.period}`));
    const live = await snapshot();
    expect(live.length).toBeGreaterThan(10);
    await body(indicators('admin').POST('/admin/read-models/rebuild'), 200);
    expect(await snapshot()).toEqual(live);
  });

  it("shows a donor only the projects it funds", async () => {
    tokens['alert-pm'] = (await platform.signIn('pm@alert.example')).access_token;
    const other = await body(grants('alert-pm').POST('/projects', {
      body: {
        code: 'ALERT-CENTRE', title: { fr: 'Centre du Mali', en: 'Central Mali' }, leadPartnerId: 'org-alert',
        donors: [{ organisationId: 'org-canada', amount: { amount: 150_000_000, currency: 'CAD' } }],
        period: { start: '2017-01-01', end: '2019-12-31' }, budget: { amount: 150_000_000, currency: 'CAD' }, regions: ['ML04'],
      },
    }), 201);
    await eventually(async () => expect(await status(values('alert-pm', { projectId: other.id }))).toBe(200), 30000, 250);
    expect(await status(values('donor-viewer', { projectId: other.id }))).toBe(404);
    expect(await status(values('donor-viewer', { projectId }))).toBe(200);
    expect(await status(values('feeds', { projectId: other.id }))).toBe(404);
  });

  it('checks a rule when the indicator is defined: an unknown measure, option or filter key is a 400 naming it (it was a 500)', async () => {
    // Rules the contract refuses, so sent without the typed client.
    const refused = async (rule: object) => {
      const response = await fetch(`${platform.url('indicators')}/projects/${projectId}/indicators`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens['me-officer']}`, 'accept-language': 'en' },
        body: JSON.stringify({
          code: 'OUT-9', title: { fr: 'Règle fautive', en: 'Faulty rule' }, level: 'output', measure: 'unit', direction: 'increase', disaggregations: [], targets: [], rule,
        }),
      });
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
    const indicator = await body(indicators('me-officer').POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OC-1', title: { fr: 'Confiance envers les forces de sécurité (%)', en: 'Trust in security forces (%)' }, level: 'outcome',
        measure: 'unit', direction: 'increase', disaggregations: [], targets: [{ period: '2024', value: 60 }], baseline: { value: 41, date: '2023-12-31' },
      },
    }), 201);
    const value = await body(indicators('me-officer').POST('/indicators/{indicatorId}/manual-values', {
      params: { path: { indicatorId: indicator.id } },
      body: { scope: `project:${projectId}`, period: '2024', value: 64.5, comment: 'enquête de perception auprès de 420 ménages' },
    }), 201);
    expect(value.status).toBe('submitted');
    const approve = (who: string) =>
      indicators(who).POST('/indicators/{indicatorId}/manual-values/{id}/approve', { params: { path: { indicatorId: indicator.id, id: value.id } }, body: { version: value.version } });
    expect(await status(approve('me-officer'))).toBe(403);
    await body(approve('program-manager'), 200);
    await eventually(async () => {
      const yearly = await body(values('feeds', { projectId, periodType: 'yearly', scope: `project:${projectId}` }), 200);
      expect(yearly.items.find((v) => v.code === 'OC-1')).toMatchObject({ value: 64.5, target: 60, status: 'on-track' });
    }, 30000, 250);
  });

  it("refuses the IATI export while the lead partner has no IATI identifier, then names it once the directory has one", async () => {
    const directory = (language: 'fr' | 'en') => platform.client('directory', tokens.admin, language);
    const profile = { name: 'Réseau des artisans de paix de Mopti', acronym: 'RAPM', kind: 'lead-partner', country: 'ML', regions: ['ML05'] } as const;
    const lead = await body(directory('fr').POST('/organisations', { body: { ...profile, regions: [...profile.regions] } }), 201);
    // GCERF has no IATI identifier in the demo directory either: it is named without a reference.
    const project = await eventually(() => body(platform.client('grants', tokens.admin).POST('/projects', {
      body: {
        code: 'PAIX-MOPTI', title: { fr: 'Dialogues pour la paix à Mopti', en: 'Peace dialogues in Mopti' }, leadPartnerId: lead.id,
        donors: [{ organisationId: 'org-gcerf', amount: { amount: 20_000_000, currency: 'XOF' } }],
        period: { start: '2024-01-01', end: '2024-12-31' }, budget: { amount: 20_000_000, currency: 'XOF' }, regions: ['ML05'],
      },
    }), 201), 30000, 250);
    const iati = (language: 'fr' | 'en') => indicators('admin').GET('/feeds/iati.xml', { params: { query: { projectId: project.id } }, parseAs: 'text', headers: { 'accept-language': language } });
    const refused = await eventually(() => problem(iati('fr'), 409), 30000, 250);
    expect(refused.title).toContain("Le partenaire principal Réseau des artisans de paix de Mopti n'a pas d'identifiant d'organisation IATI");
    expect((await problem(iati('en'), 409)).title).toContain('The lead partner Réseau des artisans de paix de Mopti has no IATI organisation identifier');

    await body(directory('en').PUT('/organisations/{id}', { params: { path: { id: lead.id } }, body: { ...profile, regions: [...profile.regions], iatiIdentifier: 'XI-IATI-RAPM', version: lead.version } }), 200);
    const xml = await eventually(() => body(iati('en'), 200), 30000, 250);
    expect(xml).toContain('<iati-identifier>XI-IATI-RAPM-PAIX-MOPTI</iati-identifier>');
    expect(xml).toContain('<reporting-org ref="XI-IATI-RAPM" type="21"><narrative>Réseau des artisans de paix de Mopti</narrative></reporting-org>');
    expect(xml).toContain('<participating-org role="1"><narrative>Global Community Engagement and Resilience Fund</narrative></participating-org>');
    expectValidIati(xml);
  });
});
