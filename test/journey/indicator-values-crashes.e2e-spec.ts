import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localStore } from '../infrastructure/local-servers';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { produceRaw, readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { exited } from '../support/service-processes';

/** A service's output without its health probes' lines, which fill the tail while it waits; the whole output goes to a file. */
function notHealthProbes(output: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'doomed-indicators-')), 'output.log');
  writeFileSync(file, output);
  return `whole output in ${file}, without health probes:\n${output.split('\n').filter((line) => !line.includes('/health')).join('\n').slice(-20000)}`;
}

type Announcement = { id: string; data: { scope: string; period: string; changeSequence: number; values: { code: string; value: number | null }[] } };

/**
 * The indicators service killed (kill -9, by failpoint) in the middle of counting a batch of value
 * events, and restarted, or the store killed under it: every value stays exact and every change is
 * announced once.
 */
describe('indicator values through crashes of the indicators service', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let subGrantId: string;
  let activityId: string;
  let version: number;
  /** OUT-1 as each test left it, in order: what the announcements must say. */
  const values: number[] = [];

  const activities = (who: string) => platform.client('activities', tokens[who]);
  const ofActivity = () => ({ params: { path: { id: activityId } } });
  /** An indicator (OUT-1 unless named) at every scope (sub-grant, project, portfolio) and period (202403, 2024Q1, 2024S1, 2024). */
  const participants = async (code = 'OUT-1') =>
    (await body(platform.client('indicators', tokens['me-officer']).GET('/feeds/values', { params: { query: { projectId, limit: 500 } } }), 200)).items
      .filter((v) => v.code === code)
      .map((v) => `${v.scope.split(':')[0]} ${v.period} ${v.value}`)
      .sort();
  const everywhere = (value: number) =>
    ['portfolio', 'project', 'subgrant'].flatMap((scope) => ['2024', '202403', '2024Q1', '2024S1'].map((period) => `${scope} ${period} ${value}`)).sort();
  /** The announcements of OUT-1 for the project's first quarter. */
  /** The distinct announcements (the outbox publishes at least once: a copy has the same event id). */
  const announced = async () => [...new Map((await readTopic(`${platform.topicPrefix}indicators.value.v2`))
    .map((r) => JSON.parse(r.value) as Announcement)
    .filter((e) => e.data.scope === `project:${projectId}` && e.data.period === '2024Q1' && e.data.values.some((v) => v.code === 'OUT-1'))
    .map((e) => [e.id, e])).values()];
  const crashAt = async (failpoint: string, action: () => Promise<unknown>) => {
    // At info, the output says when the consumer joined its group and which partitions it took.
    const doomed = await platform.restart('indicators', { TRIBUTARY_FAILPOINTS: failpoint, LOG_LEVEL: 'info' });
    await action();
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`not crashed at ${failpoint} within 90 s; ${notHealthProbes(doomed.output())}`)), 90000));
    await Promise.race([exited(doomed.process), timeout]);
    await platform.restart('indicators');
  };

  beforeAll(async () => {
    platform = await startPlatform('value crashes', ['grants', 'activities', 'indicators']);
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
    activityId = randomUUID();
    await eventually(() => body(activities('cso-reporter').PUT('/activities/{id}', {
      ...ofActivity(),
      body: { subGrantId, type: 'study', title: 'Groupes de discussion', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 },
    }), 201), 30000, 250);
    const draft = await body(activities('cso-reporter').PUT('/activities/{id}/report', {
      ...ofActivity(),
      body: {
        version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06', participants: { total: 188, cells: AMSS_FOCUS_GROUP_CELLS },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'Groupes de discussion dans cinq cercles',
      },
    }), 200);
    version = (await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(), body: { version: draft.version } }), 200)).version;
    // The definition's replay has nothing to store; wait until its generation is live all the same, so that
    // only the report's batch meets the failpoints, and the first restart does not kill the replay mid-switch.
    await eventually(async () => expect(await (await fetch(`${platform.url('indicators')}/metrics`)).text()).toMatch(/^tributary_read_models_generation(\{[^}]*\})? [1-9]/m), 30000, 250);
    expect(await participants()).toEqual([]);
  });
  afterAll(async () => {
    await platform?.services.indicators?.stop('SIGKILL');
    await platform?.stop();
  });

  it('counts a report on every sheet, exactly once, when the service dies between two sheet writes', async () => {
    await crashAt('indicators.values.between-sheet-writes', async () => {
      version = (await body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(), body: { version } }), 200)).version;
    });
    await eventually(async () => expect(await participants()).toEqual(everywhere(188)), 30000, 250);
    values.push(188);
    const announcements = await eventually(async () => {
      const found = await announced();
      expect(found).toHaveLength(1);
      return found;
    }, 30000, 250);
    expect(announcements[0].data.values.find((v) => v.code === 'OUT-1')!.value).toBe(188);
  });

  it('counts once a validation published again after the service restarted', async () => {
    await platform.restart('indicators');
    const activityTopic = `${platform.topicPrefix}activities.activity.v1`;
    const validation = (await readTopic(activityTopic)).find((r) => r.key === activityId && JSON.parse(r.value).type === 'activities.activity.report-validated');
    expect(validation).toBeDefined();
    await produceRaw(activityTopic, [{ key: validation!.key!, value: validation!.value }]);
    // The correction comes after the repeat in the activity's partition: 374 - 2 if the repeat counted.
    version = (await body(activities('program-manager').POST('/activities/{id}/report/correct', {
      ...ofActivity(),
      body: {
        version, reason: 'deux jeunes comptés deux fois', actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
        participants: { total: 186, cells: AMSS_FOCUS_GROUP_CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: 70 } : c)) },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'corrigé',
      },
    }), 200)).version;
    await eventually(async () => expect(await participants()).toEqual(everywhere(186)), 30000, 250);
    values.push(186);
  });

  it('counts once a batch journalled just before the service died, whose offsets were never committed', async () => {
    await crashAt('indicators.values.after-journalling', async () => {
      version = (await body(activities('program-manager').POST('/activities/{id}/report/correct', {
        ...ofActivity(),
        body: {
          version, reason: 'six participants venus sans inscription', actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
          participants: { total: 180, cells: AMSS_FOCUS_GROUP_CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: 64 } : c)) },
          outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'corrigé encore',
        },
      }), 200)).version;
    });
    await eventually(async () => expect(await participants()).toEqual(everywhere(180)), 30000, 250);
    values.push(180);
  });

  // Only the project's own local servers can be killed from here.
  const withLocalStore = localStore.available() ? it : it.skip;
  withLocalStore('counts a report on every sheet, exactly once, when the store is killed between two sheet writes', async () => {
    const markers = mkdtempSync(path.join(tmpdir(), 'failpoints-'));
    const paused = await platform.restart('indicators', { TRIBUTARY_FAILPOINTS: 'indicators.values.between-sheet-writes=pause', TRIBUTARY_FAILPOINT_DIR: markers });
    const marker = path.join(markers, 'indicators.values.between-sheet-writes.paused');
    version = (await body(activities('program-manager').POST('/activities/{id}/report/correct', {
      ...ofActivity(),
      body: {
        version, reason: 'une liste retrouvée', actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
        participants: { total: 182, cells: AMSS_FOCUS_GROUP_CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: 66 } : c)) },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'corrigé une troisième fois',
      },
    }), 200)).version;
    await eventually(async () => expect(existsSync(marker)).toBe(true), 30000, 100);
    // The first sheets are stored; the store dies and is still down when the service goes on.
    await localStore.crash();
    unlinkSync(marker);
    await eventually(async () => expect(paused.output()).toMatch(/writing journalled value batches failed/), 60000, 250);
    await localStore.startInBackground();
    await eventually(async () => expect(await participants()).toEqual(everywhere(182)), 60000, 250);
    values.push(182);
  });

  it('counts the reports before an indicator whose replay the service died in, once started again', async () => {
    const indicators = () => platform.client('indicators', tokens['me-officer']);
    await crashAt('read-models.switch-begun', async () => {
      const defined = await body(indicators().POST('/projects/{projectId}/indicators', {
        params: { path: { projectId } },
        body: {
          code: 'OUT-2', title: { fr: 'Participants (relecture)', en: 'Participants (replayed)' }, level: 'output', measure: 'unit', direction: 'increase',
          disaggregations: [], rule: { measure: 'participants' }, targets: [],
        },
      }), 201);
      expect(defined.recounting).toBe(true);
    });
    // Nothing counts OUT-2 but a replay: the report came before it.
    await eventually(async () => expect(await participants('OUT-2')).toEqual(everywhere(values[values.length - 1])), 90000, 500);
    expect(await participants()).toEqual(everywhere(values[values.length - 1]));
    await eventually(async () => {
      const listed = await body(indicators().GET('/projects/{projectId}/indicators', { params: { path: { projectId } } }), 200);
      expect(listed.map((i) => `${i.code} ${i.recounting}`)).toEqual(['OUT-1 false', 'OUT-2 false']);
    }, 30000, 250);
  });

  it('announces a change once when the service dies after writing the sheets but before marking the batch applied', async () => {
    await crashAt('indicators.values.before-marking-applied', async () => {
      version = (await body(activities('program-manager').POST('/activities/{id}/report/return', { ...ofActivity(), body: { version, comments: 'listes de présence manquantes' } }), 200)).version;
    });
    await eventually(async () => expect(await participants()).toEqual(everywhere(0)), 30000, 250);
    await eventually(async () => {
      const found = await announced();
      expect(found.map((e) => e.data.values.find((v) => v.code === 'OUT-1')!.value)).toEqual([...values, 0]);
      expect(new Set(found.map((e) => e.data.changeSequence)).size).toBe(values.length + 1);
    }, 30000, 250);
  });

  it('goes on counting once restarted after dying in the middle of a read-model switch', async () => {
    // The rebuild's answer never comes: the service dies once every instance holds its live events for the switch.
    await crashAt('read-models.switch-begun', async () => {
      void platform.client('indicators', tokens.admin).POST('/admin/read-models/rebuild').catch(() => undefined);
    });
    version = (await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(), body: { version } }), 200)).version;
    version = (await body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(), body: { version } }), 200)).version;
    // Well before the dead instance's mark would have been given up at first (two minutes), once it is no longer renewed.
    await eventually(async () => expect(await participants()).toEqual(everywhere(values[values.length - 1])), 60000, 250);
  });
});
