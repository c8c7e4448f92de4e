import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

/** At every scope (sub-grant, project, portfolio) and period (202403, 2024Q1, 2024S1, 2024). */
const everywhere = (value: number) =>
  ['portfolio', 'project', 'subgrant'].flatMap((scope) => ['2024', '202403', '2024Q1', '2024S1'].map((period) => `${scope} ${period} ${value}`)).sort();

type Announcement = { id: string; data: { projectId: string; scope: string; period: string; changeSequence: number; values: { code: string; value: number | null }[] } };

/**
 * A report validated while the indicators service rebuilds its values (defining an indicator
 * replays the report topic into a new generation): the replay counts it, the live consumer then
 * skips it as a repeat, and its value change must still be announced, once.
 */
describe('value changes counted by a read-model rebuild', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startPlatform('rebuild announcements', ['grants', 'activities', 'indicators']);
    for (const role of ['admin', 'program-manager', 'me-officer', 'cso-reporter'] as const) tokens[role] = (await platform.signIn(DEMO_USERS[role])).access_token;
  });
  afterAll(async () => {
    await platform?.services.indicators?.stop('SIGKILL');
    await platform?.stop();
  });

  it('announces once the values of a report validated while the replay switches generations, and a later rebuild only what it changes', async () => {
    const { projectId, subGrant } = await amssActiveSubGrant(platform, tokens['program-manager']);
    const activities = (who: string) => platform.client('activities', tokens[who]);
    const activityId = randomUUID();
    const ofActivity = { params: { path: { id: activityId } } };
    await eventually(() => body(activities('cso-reporter').PUT('/activities/{id}', {
      ...ofActivity,
      body: { subGrantId: subGrant.id, type: 'study', title: 'Groupes de discussion', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 },
    }), 201), 30000, 250);
    const draft = await body(activities('cso-reporter').PUT('/activities/{id}/report', {
      ...ofActivity,
      body: {
        version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06', participants: { total: 188, cells: AMSS_FOCUS_GROUP_CELLS },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'Groupes de discussion dans cinq cercles',
      },
    }), 200);
    const version = (await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity, body: { version: draft.version } }), 200)).version;

    // The rebuild stops once live consumption holds everywhere, before its last catch-up.
    const markers = mkdtempSync(path.join(tmpdir(), 'failpoints-'));
    const marker = path.join(markers, 'read-models.switch-begun.paused');
    await platform.restart('indicators', { TRIBUTARY_FAILPOINTS: 'read-models.switch-begun=pause', TRIBUTARY_FAILPOINT_DIR: markers });
    const indicators = platform.client('indicators', tokens['me-officer']);
    await eventually(() => body(indicators.POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OUT-1', title: { fr: 'Participants aux activités', en: 'Activity participants' }, level: 'output', measure: 'unit', direction: 'increase',
        disaggregations: ['sex'], rule: { measure: 'participants' }, targets: [],
      },
    }), 201), 30000, 250);
    await eventually(async () => expect(existsSync(marker)).toBe(true), 30000, 100);

    await body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity, body: { version } }), 200);
    await eventually(async () => expect((await readTopic(`${platform.topicPrefix}activities.activity.v1`))
      .some((r) => r.key === activityId && JSON.parse(r.value).type === 'activities.activity.report-validated')).toBe(true), 30000, 250);
    unlinkSync(marker);

    await eventually(async () => {
      const values = (await body(indicators.GET('/feeds/values', { params: { query: { projectId, limit: 500 } } }), 200)).items;
      expect(values.filter((v) => v.code === 'OUT-1').map((v) => `${v.scope.split(':')[0]} ${v.period} ${v.value}`).sort()).toEqual(everywhere(188));
    }, 30000, 250);
    // Each sheet announced once (a copy the outbox published again has the same id).
    const announced = async () => [...new Map((await readTopic(`${platform.topicPrefix}indicators.value.v2`))
      .map((r) => JSON.parse(r.value) as Announcement)
      .filter((e) => e.data.projectId === projectId)
      .map((e) => [e.id, e])).values()];
    const ofCode = (found: Announcement[], code: string) => found.flatMap((e) => e.data.values.filter((v) => v.code === code).map((v) => `${e.data.scope.split(':')[0]} ${e.data.period} ${v.value}`)).sort();
    await eventually(async () => expect(ofCode(await announced(), 'OUT-1')).toEqual(everywhere(188)), 30000, 250);

    // Another rebuild announces what it changes (the new indicator's values) and nothing announced already.
    await body(indicators.POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OUT-2', title: { fr: 'Participants, encore', en: 'Participants, again' }, level: 'output', measure: 'unit', direction: 'increase',
        disaggregations: [], rule: { measure: 'participants' }, targets: [],
      },
    }), 201);
    await eventually(async () => expect(ofCode(await announced(), 'OUT-2')).toEqual(everywhere(188)), 30000, 250);
    const found = await announced();
    expect(ofCode(found, 'OUT-1')).toEqual(everywhere(188));
    expect(found).toHaveLength(24);

    // What a subscriber ends with, each sheet's last announcement of each value, is what the feed serves.
    const feed = (await body(indicators.GET('/feeds/values', { params: { query: { projectId, limit: 500 } } }), 200)).items
      .map((v) => `${v.scope} ${v.period} ${v.code} ${v.value}`).sort();
    const last = new Map<string, { changeSequence: number; value: number | null }>();
    for (const e of found) {
      for (const v of e.data.values) {
        const key = `${e.data.scope} ${e.data.period} ${v.code}`;
        if ((last.get(key)?.changeSequence ?? -1) < e.data.changeSequence) last.set(key, { changeSequence: e.data.changeSequence, value: v.value });
      }
    }
    expect([...last].map(([key, { value }]) => `${key} ${value}`).sort()).toEqual(feed);

    // A rebuild that changes no value announces nothing.
    await body(platform.client('indicators', tokens.admin).POST('/admin/read-models/rebuild'), 200);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await announced()).toHaveLength(24);
  });
});
