// The whole local stack as processes (Kafka, the store, the four services), as `npm start` runs it:
//   P1  a validated report → its value on the change topic and in GET /feeds/values, at a steady
//       rate over 40 sub-grants and 50 indicators, beside a raw kafkajs round trip at the same rate;
//   P5  the resident memory of the stack, idle and after P1;
//   scaling: the highest rate the indicators service keeps up with, with one and two instances.
// Reports are produced straight to the activities topic, as the activities service publishes them.
// Run: npm run bench -- platform   (BENCH_P1_RATE 200, BENCH_P1_SECONDS 60, BENCH_BASELINE_SECONDS 20,
//      BENCH_SCALE_RATE 500, BENCH_SCALE_SECONDS 20, BENCH_PROFILE=<dir> for a CPU profile of indicators)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ReportValidated } from '@tributary/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { amssActiveSubGrant } from '../test/support/amss-fixture';
import { eventually } from '../test/support/eventually';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../test/support/platform-under-test';
import { platformProducer, rawRoundTrip } from './kafka-baseline';
import { BenchReport, ms, perSecond, times } from './report';
import { activitiesEvents, PARTICIPANTS_PER_REPORT, validatedReport } from './reports';
import { sleep, summary } from './statistics';

const RATE = Number(process.env.BENCH_P1_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_P1_SECONDS ?? 60);
const BASELINE_SECONDS = Number(process.env.BENCH_BASELINE_SECONDS ?? 20);
const SCALE_RATE = Number(process.env.BENCH_SCALE_RATE ?? 500);
const SCALE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 20);
const PROFILE_DIR = process.env.BENCH_PROFILE;
const SUB_GRANTS = 40;
const INDICATORS = 50;
/** Sub-grants whose feed values are polled while reports flow (each poll is one GET). */
const POLLED_SUB_GRANTS = 4;
const GiB = 1024 ** 3;

/** Resident memory (bytes) of a process and its descendants. */
function residentOfTree(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Resident memory of Kafka, the store and every service process, by part. */
function stackMemory(platform: PlatformUnderTest, extra: { name: string; pid: number }[] = []) {
  const data = process.env.TRIBUTARY_DATA_DIR ?? path.join(__dirname, '..', '..', '.local', 'infra');
  const parts: Record<string, number> = {
    kafka: residentOfTree(Number(readFileSync(path.join(data, 'kafka', 'pid'), 'utf8'))),
    store: residentOfTree(Number(readFileSync(path.join(data, 'mongo', 'pid'), 'utf8'))),
  };
  for (const [name, service] of Object.entries(platform.services)) parts[name] = residentOfTree(service.process.pid!);
  for (const { name, pid } of extra) parts[name] = residentOfTree(pid);
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return { total, parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(v / 1024 ** 2)])) };
}

interface Propagation {
  sent: number;
  handledPerSecond: number;
  topic: ReturnType<typeof summary>;
  feed: ReturnType<typeof summary>;
}

/**
 * Sends validated reports at a steady rate into one month, spread over the sub-grants, and times
 * each until the value of its sub-grant's month includes it: on the change topic (every report),
 * and in GET /feeds/values (the reports of the polled sub-grants). The month is fresh, so a value
 * of n × 25 participants includes the first n reports sent for that sub-grant.
 */
async function propagate(platform: PlatformUnderTest, kafka: Kafka, setup: { projectId: string; indicatorId: string; token: string }, month: string, rate: number, seconds: number): Promise<Propagation> {
  const factory = activitiesEvents();
  const period = month.slice(0, 7).replace('-', '');
  const sentAt = new Map<string, number[]>();
  const topicTimes: number[] = [];
  const feedTimes: number[] = [];
  const counted = (value: number, seen: Map<string, number>, scope: string, into: number[], now: number) => {
    const reports = Math.round(value / PARTICIPANTS_PER_REPORT);
    const before = seen.get(scope) ?? 0;
    if (reports <= before) return;
    seen.set(scope, reports);
    for (const at of (sentAt.get(scope) ?? []).slice(before, reports)) into.push(now - at);
  };
  const announced = new Map<string, number>();
  const listener = kafka.consumer({ groupId: `bench-platform-${period}-${Date.now()}` });
  await listener.connect();
  await listener.subscribe({ topic: `${platform.topicPrefix}indicators.value.v2`, fromBeginning: true });
  await listener.run({
    eachMessage: async ({ message }) => {
      const now = performance.now();
      const data = JSON.parse(String(message.value)).data as { scope: string; period: string; values: { indicatorId: string; value: number }[] };
      const value = data.values.find((v) => v.indicatorId === setup.indicatorId)?.value;
      if (data.period === period && data.scope.startsWith('subgrant:') && value !== undefined) counted(value, announced, data.scope, topicTimes, now);
    },
  });
  await sleep(3000); // the listener's first assignment
  const total = Math.round(rate * seconds);
  let done = false;
  const polled = new Map<string, number>();
  const poller = (async () => {
    const query = `projectId=${setup.projectId}&periodType=monthly&indicatorId=${setup.indicatorId}&from=${month}&to=${month}`;
    for (let i = 0; !done; i++) {
      const scope = `subgrant:sg-${i % POLLED_SUB_GRANTS}`;
      const response = await fetch(`${platform.url('indicators')}/feeds/values?${query}&scope=${scope}`, { headers: { authorization: `Bearer ${setup.token}` } });
      const now = performance.now();
      const { items } = (await response.json()) as { items: { value: number | null }[] };
      counted(items[0]?.value ?? 0, polled, scope, feedTimes, now);
    }
  })();
  const producer = platformProducer(kafka);
  await producer.connect();
  const topic = `${platform.topicPrefix}${ReportValidated.topic}`;
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = begin + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    const subGrant = `sg-${i % SUB_GRANTS}`;
    const scope = `subgrant:${subGrant}`;
    sentAt.set(scope, [...(sentAt.get(scope) ?? []), performance.now()]);
    void producer.send({ topic, acks: -1, messages: [validatedReport(factory, setup.projectId, subGrant, month)] });
  }
  const feedExpected = Array.from({ length: POLLED_SUB_GRANTS }, (_, i) => sentAt.get(`subgrant:sg-${i}`)?.length ?? 0).reduce((a, b) => a + b, 0);
  const deadline = Date.now() + 10 * 60_000;
  while ((topicTimes.length < total || feedTimes.length < feedExpected) && Date.now() < deadline) await sleep(100);
  const drained = (performance.now() - begin) / 1000;
  done = true;
  await poller;
  await Promise.all([producer.disconnect(), listener.disconnect()]);
  return { sent: total, handledPerSecond: topicTimes.length / drained, topic: summary(topicTimes), feed: summary(feedTimes) };
}

/** Waits until the indicators group has this many members with partitions. */
async function groupMembers(kafka: Kafka, groupId: string, members: number) {
  const admin = kafka.admin();
  await admin.connect();
  await eventually(async () => {
    const { groups } = await admin.describeGroups([groupId]);
    if (groups[0]?.state !== 'Stable' || groups[0].members.length !== members) throw new Error(`group ${groupId}: ${groups[0]?.state}, ${groups[0]?.members.length} members`);
  }, 60_000, 500);
  await admin.disconnect();
}

async function main() {
  const report = new BenchReport('platform', { BENCH_P1_RATE: RATE, BENCH_P1_SECONDS: SECONDS, BENCH_BASELINE_SECONDS: BASELINE_SECONDS, BENCH_SCALE_RATE: SCALE_RATE, BENCH_SCALE_SECONDS: SCALE_SECONDS });
  const platform = await startPlatform('bench platform', ['grants', 'activities', 'indicators']);
  try {
    const kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING, clientId: 'bench-platform' });
    await sleep(10_000); // started, then settled: idle
    const idle = stackMemory(platform);
    report.add({
      figure: 'P5 resident memory of the local stack, idle (Kafka, store, 4 services)', measured: `${(idle.total / GiB).toFixed(2)} GiB`,
      baseline: `Kafka ${idle.parts.kafka} MiB + store ${idle.parts.store} MiB (the raw parts)`, ratio: times(idle.total, (idle.parts.kafka + idle.parts.store) * 1024 ** 2),
      target: '≤ 1.5 GiB', met: idle.total <= 1.5 * GiB ? 'met' : 'not met',
    });
    report.note(`P5 idle by process (MiB): ${JSON.stringify(idle.parts)}`);

    const pm = (await platform.signIn(DEMO_USERS['program-manager'])).access_token;
    const me = (await platform.signIn(DEMO_USERS['me-officer'])).access_token;
    const { projectId } = await amssActiveSubGrant(platform, pm);
    const define = async (i: number) => {
      const response = await fetch(`${platform.url('indicators')}/projects/${projectId}/indicators`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${me}` },
        body: JSON.stringify({
          code: `IND-${String(i + 1).padStart(2, '0')}`, title: { fr: `Indicateur ${i + 1}`, en: `Indicator ${i + 1}` }, level: 'output', measure: 'unit',
          direction: 'increase', disaggregations: ['category', 'sex'], rule: { measure: 'participants' }, targets: [],
        }),
      });
      if (response.status !== 201) throw new Error(`defining indicator ${i + 1}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const first = await eventually(() => define(0), 30_000, 250);
    for (let i = 1; i < INDICATORS; i++) await define(i);
    const setup = { projectId, indicatorId: first.id, token: me };
    if (PROFILE_DIR) await platform.restart('indicators', { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}` });

    // P1 with its baseline.
    const p1 = await propagate(platform, kafka, setup, '2025-11-15', RATE, SECONDS);
    const roundTrip = await rawRoundTrip(kafka, `${platform.topicPrefix}bench.round-trip`, RATE, BASELINE_SECONDS);
    const p1Met = p1.topic.p99ms <= 250 && p1.topic.p99ms <= 5 * roundTrip.p99ms;
    report.add({
      figure: `P1 validated report → value on the change topic, ${RATE} reports/s for ${SECONDS} s, ${SUB_GRANTS} sub-grants × ${INDICATORS} indicators (${Math.round(p1.handledPerSecond)} reports/s handled)`,
      measured: `p50 ${ms(p1.topic.p50ms)}, p95 ${ms(p1.topic.p95ms)}, **p99 ${ms(p1.topic.p99ms)}**`,
      baseline: `kafkajs round trip at ${RATE}/s: p50 ${ms(roundTrip.p50ms)}, p95 ${ms(roundTrip.p95ms)}, p99 ${ms(roundTrip.p99ms)}`,
      ratio: `${times(p1.topic.p99ms, roundTrip.p99ms)} at p99`, target: 'p99 ≤ 250 ms and ≤ 5× baseline p99', met: p1Met ? 'met' : 'not met',
    });
    report.add({
      figure: `P1 the same reports → value in GET /feeds/values (${POLLED_SUB_GRANTS} sub-grants polled one GET at a time)`,
      measured: `p50 ${ms(p1.feed.p50ms)}, p95 ${ms(p1.feed.p95ms)}, **p99 ${ms(p1.feed.p99ms)}** (${p1.feed.count} reports)`,
      baseline: `round trip p99 ${ms(roundTrip.p99ms)}`, ratio: `${times(p1.feed.p99ms, roundTrip.p99ms)} at p99`,
      target: 'p99 ≤ 250 ms and ≤ 5× baseline p99', met: p1.feed.p99ms <= 250 && p1.feed.p99ms <= 5 * roundTrip.p99ms ? 'met' : 'not met',
    });

    const loaded = stackMemory(platform);
    report.add({
      figure: 'P5 resident memory of the local stack after P1', measured: `${(loaded.total / GiB).toFixed(2)} GiB`,
      baseline: `idle ${(idle.total / GiB).toFixed(2)} GiB`, ratio: times(loaded.total, idle.total), target: '(idle ≤ 1.5 GiB)', met: '—',
    });
    report.note(`P5 after P1 by process (MiB): ${JSON.stringify(loaded.parts)}`);

    // Scaling: offered more than one instance handles, the rate handled is what it sustains.
    const one = await propagate(platform, kafka, setup, '2025-10-15', SCALE_RATE, SCALE_SECONDS);
    const another = await platform.startAnother('indicators');
    await groupMembers(kafka, `${platform.topicPrefix}indicators.values`, 2);
    const two = await propagate(platform, kafka, setup, '2025-09-15', SCALE_RATE, SCALE_SECONDS);
    report.add({
      figure: `Scaling: reports/s handled with ${SCALE_RATE}/s offered for ${SCALE_SECONDS} s, one indicators instance → two (same group)`,
      measured: `one: ${perSecond(one.handledPerSecond, 'reports')} (p99 ${ms(one.topic.p99ms)}); two: ${perSecond(two.handledPerSecond, 'reports')} (p99 ${ms(two.topic.p99ms)})`,
      baseline: `one instance`, ratio: times(two.handledPerSecond, one.handledPerSecond), target: 'P1 rate sustained; two > one', met: two.handledPerSecond > one.handledPerSecond * 1.1 ? 'met' : 'not met',
    });
    report.note(`scaling, second instance memory: ${Math.round(residentOfTree(another.process.pid!) / 1024 ** 2)} MiB`);
    report.write();
  } finally {
    await platform.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
