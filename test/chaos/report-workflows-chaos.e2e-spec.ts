import { MongoClient } from 'mongodb';
import { localBroker, localStore } from '../infrastructure/local-servers';
import { amssActiveSubGrant, amssAnotherSubGrant } from '../support/amss-fixture';
import { eventually } from '../support/eventually';
import { consumerLag, expectNoDeadLetters, readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { ServiceName } from '../support/service-processes';
import { requiredInfrastructure } from '../support/test-namespace';
import { PatientClient, seededRandom, sleep } from './chaos-clients';
import { ActivityRead, ReportWorkflows } from './report-workflows';

/**
 * Chaos: report workflows from several clients, with retries, while kill -9 hits each service, the
 * broker and the store in turn, each restarted a few seconds later. Then every indicator value at
 * every scope and period equals what the final reports add up to, the change feed repeats nothing,
 * every consumer group has caught up and nothing was dead-lettered. Short in CI; longer with
 * `npm run chaos -- <seed> <milliseconds>`.
 */
const SEED = Number(process.env.CHAOS_SEED ?? 20261122);
const LOAD_MS = Number(process.env.CHAOS_DURATION_MS ?? 45_000);
const CLIENTS = Number(process.env.CHAOS_CLIENTS ?? 4);

type Target = ServiceName | 'broker' | 'store';

interface FeedValue {
  code: string;
  scope: string;
  period: string;
  value: number | null;
  disaggregation: Record<string, number>;
  changeSequence: number;
}

/** Every DHIS2 period a date counts in: month, quarter, semester, year. */
function periodsOf(date: string): string[] {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return [`${year}${date.slice(5, 7)}`, `${year}Q${Math.ceil(month / 3)}`, `${year}S${month <= 6 ? 1 : 2}`, year];
}

/** Figures as `code|scope|period` → value and breakdown without zeros: a value never counted equals one counted back to 0. */
type Figures = Map<string, { value: number; breakdown: Record<string, number> }>;

function withoutZeros(breakdown: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(breakdown).filter(([, count]) => count !== 0).sort(([a], [b]) => a.localeCompare(b)));
}

function figuresOf(values: FeedValue[]): Figures {
  const figures: Figures = new Map();
  for (const v of values) {
    const breakdown = withoutZeros(v.disaggregation ?? {});
    if (!v.value && Object.keys(breakdown).length === 0) continue;
    figures.set(`${v.code}|${v.scope}|${v.period}`, { value: v.value ?? 0, breakdown });
  }
  return figures;
}

/** OUT-1 (participants by sex and category) and OUT-3 (activities held) recomputed from the final reports. */
function recomputed(activities: ActivityRead[]): Figures {
  const figures: Figures = new Map();
  const add = (key: string, value: number, breakdown: Record<string, number>) => {
    const figure = figures.get(key) ?? { value: 0, breakdown: {} };
    figure.value += value;
    for (const [k, n] of Object.entries(breakdown)) figure.breakdown[k] = (figure.breakdown[k] ?? 0) + n;
    figures.set(key, figure);
  };
  for (const activity of activities) {
    const report = activity.report;
    if (report?.status !== 'validated') continue;
    const breakdown: Record<string, number> = {};
    for (const cell of report.participants.cells) {
      breakdown[`sex=${cell.sex}`] = (breakdown[`sex=${cell.sex}`] ?? 0) + cell.count;
      breakdown[`category=${cell.category}`] = (breakdown[`category=${cell.category}`] ?? 0) + cell.count;
    }
    for (const scope of [`subgrant:${activity.subGrantId}`, `project:${activity.projectId}`, `portfolio:${activity.leadPartnerId}`]) {
      for (const period of periodsOf(report.actualStart)) {
        add(`OUT-1|${scope}|${period}`, report.participants.total, breakdown);
        add(`OUT-3|${scope}|${period}`, 1, {});
      }
    }
  }
  for (const [key, figure] of figures) {
    figure.breakdown = withoutZeros(figure.breakdown);
    if (figure.value === 0 && Object.keys(figure.breakdown).length === 0) figures.delete(key);
  }
  return figures;
}

function differences(expected: Figures, actual: Figures): string[] {
  const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return keys.flatMap((key) => {
    const e = JSON.stringify(expected.get(key) ?? { value: 0, breakdown: {} });
    const a = JSON.stringify(actual.get(key) ?? { value: 0, breakdown: {} });
    return e === a ? [] : [`${key}: expected ${e}, feed ${a}`];
  });
}

describe(`chaos: report workflows through kill -9 of every part (seed ${SEED})`, () => {
  let platform: PlatformUnderTest;
  let http: PatientClient;
  let projectId: string;
  let subGrantIds: string[];
  const sent = new Set<string>();
  const began = Date.now();
  const log = (line: string) => process.stdout.write(`[chaos seed=${SEED} +${Math.round((Date.now() - began) / 1000)}s] ${line}\n`);

  const values = async (): Promise<FeedValue[]> => {
    const all: FeedValue[] = [];
    let cursor: string | null = null;
    do {
      const answer = await http.send('me-officer', 'indicators', 'GET', `/feeds/values?projectId=${projectId}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (answer.status !== 200) throw new Error(`values answered ${answer.status}`);
      all.push(...(answer.body.items as FeedValue[]));
      cursor = answer.body.nextCursor;
    } while (cursor);
    return all;
  };

  const pendingEvents = async (): Promise<number> => {
    const client = await MongoClient.connect(requiredInfrastructure().mongoUrl);
    try {
      let pending = 0;
      for (const database of Object.values(platform.databases)) {
        const db = client.db(database);
        for (const { name } of await db.listCollections().toArray()) pending += await db.collection(name).countDocuments({ hasPendingEvents: true });
      }
      return pending;
    } finally {
      await client.close();
    }
  };

  beforeAll(async () => {
    log(`seed ${SEED}, ${LOAD_MS} ms of load, ${CLIENTS} clients (CHAOS_SEED, CHAOS_DURATION_MS, CHAOS_CLIENTS)`);
    platform = await startPlatform('chaos', ['grants', 'activities', 'indicators']);
    http = new PatientClient(platform, DEMO_USERS, seededRandom(SEED ^ 0x5eed));
    const pm = (await platform.signIn(DEMO_USERS['program-manager'])).access_token;
    const setUp = await amssActiveSubGrant(platform, pm);
    projectId = setUp.projectId;
    subGrantIds = [setUp.subGrant.id, (await amssAnotherSubGrant(platform, pm, projectId, 'SG-AMSS-02')).id];
    // 409: an attempt the client gave up on defined it already.
    const define = (body: object) =>
      eventually(async () => expect([201, 409]).toContain((await http.send('me-officer', 'indicators', 'POST', `/projects/${projectId}/indicators`, body)).status), 30000, 250);
    await define({ code: 'OUT-1', title: { fr: 'Participants aux activités', en: 'Activity participants' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: ['sex', 'category'], rule: { measure: 'participants' }, targets: [] });
    await define({ code: 'OUT-3', title: { fr: 'Activités tenues', en: 'Activities held' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: [], rule: { measure: 'activities' }, targets: [] });
    // Activities knows both sub-grants from grants' events before the load starts.
    for (const subGrantId of subGrantIds) {
      const warmUp = { subGrantId, type: 'study', title: 'Préparation', plannedStart: '2024-02-01', plannedEnd: '2024-02-02', pcode: 'ML06', themes: ['pve'], plannedParticipants: 1 };
      await eventually(async () => {
        const planned = await http.send('cso-reporter', 'activities', 'PUT', `/activities/warm-up-${subGrantId}`, warmUp);
        expect([200, 201]).toContain(planned.status);
      }, 30000, 250);
    }
  }, 180_000);
  afterAll(() => platform?.stop());

  it('keeps every value exact at every scope and period while each part is killed in turn', async () => {
    const random = seededRandom(SEED);
    const targets: Target[] = ['indicators', 'activities', 'grants', 'directory'];
    if (localBroker.available()) targets.push('broker');
    if (localStore.available()) targets.push('store');
    else log(`broker and store are not killed: this run uses ${process.env.TRIBUTARY_TEST_INFRA} servers, not local ones`);

    const loadUntil = Date.now() + LOAD_MS;
    let chaosDone = false;
    // A service never exits on its own, whatever is away: only the kills below end one.
    const killed = new Set<number>();
    let watching = true;
    const watch = (service: ServiceName) => {
      const { process: child } = platform.services[service];
      child.once('exit', (code, signal) => {
        if (watching && !killed.has(child.pid!)) http.anomaly(`${service} exited on its own (${signal ?? code}):\n${platform.services[service].output().slice(-3000)}`);
      });
    };
    (['directory', 'grants', 'activities', 'indicators'] as const).forEach(watch);
    const crash = async (target: Target) => {
      if (target === 'broker') await localBroker.crash();
      else if (target === 'store') await localStore.crash();
      else {
        killed.add(platform.services[target].process.pid!);
        await platform.services[target].stop('SIGKILL');
      }
    };
    const restore = async (target: Target) => {
      if (target === 'broker') await localBroker.start();
      else if (target === 'store') await localStore.startInBackground();
      else {
        await platform.restart(target);
        watch(target);
      }
    };
    const chaos = (async () => {
      const chaosRandom = seededRandom(random.next() * 2 ** 32);
      let round = 0;
      try {
        // Every part at least once; more rounds while the load lasts.
        do {
          round++;
          for (const target of chaosRandom.shuffle(targets)) {
            await sleep(chaosRandom.between(1500, 5000));
            log(`round ${round}: kill -9 ${target}`);
            await crash(target);
            await sleep(chaosRandom.between(1000, 4000));
            await restore(target);
            log(`round ${round}: ${target} back`);
          }
        } while (Date.now() < loadUntil);
      } finally {
        chaosDone = true;
      }
    })();

    const workflows = Array.from({ length: CLIENTS }, (_, i) =>
      new ReportWorkflows(`client ${i + 1}`, http, seededRandom(random.next() * 2 ** 32), subGrantIds, sent));
    await Promise.all([chaos, ...workflows.map((w) => w.run(() => !chaosDone || Date.now() < loadUntil))]);
    const steps: Record<string, number> = {};
    for (const w of workflows) for (const [step, n] of Object.entries(w.steps)) steps[step] = (steps[step] ?? 0) + n;
    log(`load done: ${JSON.stringify(steps)}; ${JSON.stringify(http.counts)}; ${sent.size} activities sent`);
    if (http.hung.length > 0) log(`requests the client library left hanging:\n  ${http.hung.join('\n  ')}`);

    const reader = workflows[0];
    const finalReports = async () => {
      const ids = [...sent];
      const found: ActivityRead[] = [];
      // A few at a time: a long run sends thousands.
      for (let i = 0; i < ids.length; i += 20) found.push(...(await Promise.all(ids.slice(i, i + 20).map((id) => reader.read(id)))).filter((a): a is ActivityRead => a !== undefined));
      return found;
    };
    const activities = await finalReports();
    const byStatus: Record<string, number> = {};
    for (const a of activities) byStatus[a.report?.status ?? 'planned'] = (byStatus[a.report?.status ?? 'planned'] ?? 0) + 1;
    log(`final reports: ${JSON.stringify(byStatus)}`);
    expect(byStatus.validated).toBeGreaterThan(0);
    const expected = recomputed(activities);

    // Caught up: nothing left in any outbox, every group committed to the end of its topics, and
    // the values as the reports add up; seen twice in a row, so it is where things came to rest.
    let seen: string | undefined;
    await eventually(async () => {
      expect(await pendingEvents()).toBe(0);
      const lag = await consumerLag(platform.topicPrefix);
      expect(Object.keys(lag).length).toBeGreaterThanOrEqual(3);
      expect(lag).toEqual(Object.fromEntries(Object.keys(lag).map((group) => [group, 0])));
      const found = differences(expected, figuresOf(await values()));
      const now = JSON.stringify(found);
      const stable = seen === now;
      seen = now;
      expect({ stable, found }).toEqual({ stable: true, found: [] });
    }, 180_000, 2000).catch((error: Error) => {
      throw new Error(`${error.message}\n(seed ${SEED})`);
    });
    log(`values exact: ${expected.size} non-zero figures over ${new Set([...expected.keys()].map((k) => k.split('|').slice(1).join('|'))).size} sheets`);
    expect(await finalReports()).toEqual(activities);
    watching = false;
    expect(http.anomalies).toEqual([]);
  }, LOAD_MS + 900_000);

  it('repeats no change on the change feed nor on the change topic, and the last announcement of a value is its value', async () => {
    const changes: FeedValue[] = [];
    let cursor = 0;
    for (;;) {
      const page = await http.send('me-officer', 'indicators', 'GET', `/feeds/changes?cursor=${cursor}&limit=500`);
      expect(page.status).toBe(200);
      if (page.body.items.length === 0) break;
      changes.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const changeKeys = changes.map((c) => `${c.changeSequence}|${c.code}|${c.scope}|${c.period}`);
    expect(changeKeys.length - new Set(changeKeys).size).toBe(0);

    type Announcement = { id: string; data: { scope: string; period: string; changeSequence: number; values: { code: string; value: number | null }[] } };
    const records = await readTopic(`${platform.topicPrefix}indicators.value.v2`, 300_000);
    const announcements = records.map((r) => JSON.parse(r.value) as Announcement);
    const bySequence = new Map<string, Set<string>>();
    for (const a of announcements) {
      const key = `${a.data.scope}|${a.data.period}|${a.data.changeSequence}`;
      bySequence.set(key, (bySequence.get(key) ?? new Set()).add(a.id));
    }
    const repeats = [...bySequence].filter(([, ids]) => ids.size > 1).map(([key]) => key);
    const copies = new Map<string, string[]>();
    records.forEach((r, i) => copies.set(announcements[i].id, [...(copies.get(announcements[i].id) ?? []), `${r.partition}@${r.offset}`]));
    const republished = [...copies].filter(([, at]) => at.length > 1).map(([id, at]) => {
      const { scope, period, changeSequence } = announcements.find((a) => a.id === id)!.data;
      return `${scope} ${period} #${changeSequence} at ${at.join(', ')}`;
    });
    log(`${changes.length} values on the change feed, ${announcements.length} announcements, ${republished.length} of them published more than once by the outbox${republished.length ? `:\n  ${republished.join('\n  ')}` : ''}`);
    expect(repeats).toEqual([]);

    const latest = new Map<string, { sequence: number; value: number | null }>();
    for (const a of announcements) {
      for (const v of a.data.values) {
        const key = `${v.code}|${a.data.scope}|${a.data.period}`;
        if ((latest.get(key)?.sequence ?? -1) < a.data.changeSequence) latest.set(key, { sequence: a.data.changeSequence, value: v.value });
      }
    }
    const current = new Map((await values()).map((v) => [`${v.code}|${v.scope}|${v.period}`, v.value]));
    const stale = [...latest].filter(([key, { value }]) => (current.get(key) ?? 0) !== (value ?? 0)).map(([key, { value }]) => `${key}: announced ${value}, feed ${current.get(key)}`);
    expect(stale).toEqual([]);
  }, 600_000);

  it('dead-letters nothing', async () => {
    await expectNoDeadLetters(platform.topicPrefix);
  });
});
