import { randomUUID } from 'node:crypto';
import { serviceClient } from '@tributary/client';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { groupMembers, readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { RunningService } from '../support/service-processes';

type Announcement = { id: string; data: { scope: string; period: string; changeSequence: number; values: { code: string; value: number | null }[] } };
type Report = { id: string; month: number; total: number; version: number; validated: boolean };

const quarterOf = (month: number) => Math.ceil(month / 3);
const periodsOf = (month: number) => [`2024${String(month).padStart(2, '0')}`, `2024Q${quarterOf(month)}`, `2024S${month <= 6 ? 1 : 2}`, '2024'];
/** AMSS's focus-group counts with `fewer` youth: the total is 188 - fewer. */
const cellsWithout = (fewer: number) => AMSS_FOCUS_GROUP_CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: c.count - fewer } : c));

/**
 * Two processes of each consuming service (grants, activities, indicators) in one consumer group
 * each, on the same store: they split the partitions, one of them is killed (kill -9) in the middle
 * of the reports and started again, and every indicator value still counts each report once.
 */
describe('two instances of every consuming service', () => {
  let platform: PlatformUnderTest;
  const others: Record<'grants' | 'activities' | 'indicators', RunningService> = {} as never;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let subGrantId: string;
  const reports: Report[] = [];

  /** Requests alternate between the two activities instances. */
  const activities = (i: number, who: string) =>
    serviceClient('activities', { baseUrl: i % 2 === 0 ? platform.url('activities') : others.activities.url, headers: { authorization: `Bearer ${tokens[who]}` } });
  const ofActivity = (id: string) => ({ params: { path: { id } } });
  const participants = async (baseUrl: string, code = 'OUT-1') =>
    (await body(serviceClient('indicators', { baseUrl, headers: { authorization: `Bearer ${tokens['me-officer']}` } }).GET('/feeds/values', {
      params: { query: { projectId, limit: 500 } },
    }), 200)).items
      .filter((v) => v.code === code)
      .map((v) => `${v.scope.split(':')[0]} ${v.period} ${v.value}`)
      .sort();
  /** What every scope and period should show, recomputed from the reports' final states. */
  const expected = () => {
    const sums = new Map<string, number>();
    for (const report of reports) {
      for (const period of periodsOf(report.month)) sums.set(period, (sums.get(period) ?? 0) + (report.validated ? report.total : 0));
    }
    return ['portfolio', 'project', 'subgrant'].flatMap((scope) => [...sums].map(([period, sum]) => `${scope} ${period} ${sum}`)).sort();
  };

  const validateNewReport = async (i: number) => {
    const id = randomUUID();
    const month = 2 + (i % 6);
    const day = `2024-${String(month).padStart(2, '0')}-1${i % 9}`;
    const fewer = i % 7;
    await body(activities(i, 'cso-reporter').PUT('/activities/{id}', {
      ...ofActivity(id),
      body: { subGrantId, type: 'study', title: `Groupe de discussion ${i + 1}`, plannedStart: day, plannedEnd: day, pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 },
    }), 201);
    const draft = await body(activities(i + 1, 'cso-reporter').PUT('/activities/{id}/report', {
      ...ofActivity(id),
      body: {
        version: 1, actualStart: day, actualEnd: day, pcode: 'ML06', participants: { total: 188 - fewer, cells: cellsWithout(fewer) },
        outputs: [...Array.from({ length: 2 }, () => ({ kind: 'recommendation' }))], narrative: 'Groupe de discussion à Tombouctou',
      },
    }), 200);
    const submitted = await body(activities(i, 'cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(id), body: { version: draft.version } }), 200);
    const validated = await body(activities(i + 1, 'program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(id), body: { version: submitted.version } }), 200);
    reports.push({ id, month, total: 188 - fewer, version: validated.version, validated: true });
  };

  beforeAll(async () => {
    platform = await startPlatform('two instances', ['grants', 'activities', 'indicators']);
    for (const name of ['grants', 'activities', 'indicators'] as const) others[name] = await platform.startAnother(name);
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    subGrantId = setUp.subGrant.id;
    await eventually(() => body(platform.client('indicators', tokens['me-officer']).POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OUT-1', title: { fr: 'Participants aux activités', en: 'Activity participants' }, level: 'output', measure: 'unit', direction: 'increase',
        disaggregations: ['sex'], rule: { measure: 'participants' }, targets: [],
      },
    }), 201), 30000, 250);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('splits each group between the two instances', async () => {
    for (const group of ['grants.directory-organisations', 'activities.grants-sub-grants', 'indicators.values']) {
      await eventually(async () => expect(await groupMembers(`${platform.topicPrefix}${group}`)).toBe(2), 60000, 500);
    }
  });

  it('counts every report once while one indicators instance is killed and started again', async () => {
    // The sub-grant reaches the activities instances through their shared group.
    await eventually(() => validateNewReport(0), 30000, 500);
    for (let i = 1; i < 6; i++) await validateNewReport(i);
    await platform.services.indicators.stop('SIGKILL');
    for (let i = 6; i < 12; i++) await validateNewReport(i);
    for (const [n, report] of reports.slice(0, 3).entries()) {
      const fewer = 10 + n;
      const day = `2024-${String(report.month).padStart(2, '0')}-10`;
      report.version = (await body(activities(n, 'program-manager').POST('/activities/{id}/report/correct', {
        ...ofActivity(report.id),
        body: {
          version: report.version, reason: 'doublons retirés', actualStart: day, actualEnd: day,
          pcode: 'ML06', participants: { total: 188 - fewer, cells: cellsWithout(fewer) }, outputs: [...Array.from({ length: 2 }, () => ({ kind: 'recommendation' }))], narrative: 'corrigé',
        },
      }), 200)).version;
      report.total = 188 - fewer;
    }
    for (const report of reports.slice(3, 5)) {
      await body(activities(0, 'program-manager').POST('/activities/{id}/report/return', { ...ofActivity(report.id), body: { version: report.version, comments: 'listes de présence manquantes' } }), 200);
      report.validated = false;
    }
    await platform.restart('indicators');

    await eventually(async () => expect(await participants(others.indicators.url)).toEqual(expected()), 90000, 500);
    expect(await participants(platform.url('indicators'))).toEqual(expected());
  });

  it('announces each change once, the last announcement of each sheet carrying its value', async () => {
    // The relay holding the lease may be the other instance's, which finds the sheets' announcements by its poll.
    await eventually(async () => {
      const announcements = (await readTopic(`${platform.topicPrefix}indicators.value.v2`))
        .map((r) => JSON.parse(r.value) as Announcement)
        .filter((e) => e.data.values.some((v) => v.code === 'OUT-1'));
      const distinct = [...new Map(announcements.map((e) => [e.id, e])).values()];
      expect(new Set(distinct.map((e) => e.data.changeSequence)).size).toBe(distinct.length);
      const last = new Map<string, Announcement>();
      for (const e of distinct.sort((a, b) => a.data.changeSequence - b.data.changeSequence)) last.set(`${e.data.scope.split(':')[0]} ${e.data.period}`, e);
      const announced = [...last].map(([sheet, e]) => `${sheet} ${e.data.values.find((v) => v.code === 'OUT-1')!.value}`).sort();
      expect(announced).toEqual(expected());
    }, 60000, 1000);
  });

  it('counts, lists and announces an indicator defined through one instance in the other one too', async () => {
    const indicators = (baseUrl: string) => serviceClient('indicators', { baseUrl, headers: { authorization: `Bearer ${tokens['me-officer']}` } });
    // The other instance has read OUT-1 for every report above, and has not defined anything itself.
    await body(indicators(platform.url('indicators')).POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OUT-2', title: { fr: 'Participants, deuxième lecture', en: 'Participants, second reading' }, level: 'output', measure: 'unit', direction: 'increase',
        disaggregations: [], rule: { measure: 'participants' }, targets: [],
      },
    }), 201);
    const listed = await body(indicators(others.indicators.url).GET('/projects/{projectId}/indicators', { params: { path: { projectId } } }), 200);
    expect(listed.map((indicator) => indicator.code)).toEqual(['OUT-1', 'OUT-2']);
    // The reports before it count by the replay; the ones after, live, in whichever instance takes their partition.
    for (let i = 12; i < 18; i++) await validateNewReport(i);
    for (const instance of [platform.url('indicators'), others.indicators.url]) {
      await eventually(async () => expect(await participants(instance, 'OUT-2')).toEqual(expected()), 90000, 500);
    }
    await eventually(async () => {
      const announced = (await readTopic(`${platform.topicPrefix}indicators.value.v2`)).map((r) => JSON.parse(r.value) as Announcement);
      const last = new Map<string, number | null>();
      for (const e of announced.sort((a, b) => a.data.changeSequence - b.data.changeSequence)) {
        const value = e.data.values.find((v) => v.code === 'OUT-2');
        if (value) last.set(`${e.data.scope.split(':')[0]} ${e.data.period}`, value.value);
      }
      expect([...last].map(([sheet, value]) => `${sheet} ${value}`).sort()).toEqual(expected());
    }, 60000, 1000);
  });

  it('rebuilds one instance after the other when both are asked at once, each into a generation of its own', async () => {
    const rebuild = (baseUrl: string) => body(serviceClient('indicators', { baseUrl, headers: { authorization: `Bearer ${tokens.admin}` } }).POST('/admin/read-models/rebuild'), 200);
    const reports = await Promise.all([rebuild(platform.url('indicators')), rebuild(others.indicators.url)]);
    // At once, both would prepare the same generation, each emptying the collections the other replays into.
    expect(Math.abs(reports[0].generation - reports[1].generation)).toBe(1);
    for (const instance of [platform.url('indicators'), others.indicators.url]) {
      for (const code of ['OUT-1', 'OUT-2']) await eventually(async () => expect(await participants(instance, code)).toEqual(expected()), 30000, 500);
    }
  });
});
