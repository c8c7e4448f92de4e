// Through the whole platform, as a program manager meets it: validating a report over HTTP until
// its value is announced on indicators.value.v2, at a low steady rate (where outliers show), and
// how long batch requests take, alone and sent twice at once.
// Run: npm run bench -- propagation   (BENCH_RATE reports/s, default 2; BENCH_REPORTS, default 120)
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../test/support/amss-fixture';
import { eventually } from '../test/support/eventually';
import { DEMO_USERS, startPlatform } from '../test/support/platform-under-test';
import { rawRoundTrip } from './kafka-baseline';
import { sleep, summary } from './statistics';

const RATE = Number(process.env.BENCH_RATE ?? 2);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 120);
const BATCH_ITEMS = Number(process.env.BENCH_BATCH_ITEMS ?? 100);

async function main() {
  const platform = await startPlatform('bench propagation', ['grants', 'activities', 'indicators']);
  try {
    const tokens: Record<string, string> = {};
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const call = async (who: string, service: 'activities' | 'indicators', method: string, path: string, body?: object) => {
      const response = await fetch(`${platform.url(service)}${path}`, {
        method, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` }, ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { version: number };
    };
    const { projectId, subGrant } = await amssActiveSubGrant(platform, tokens['program-manager']);
    await eventually(() => call('me-officer', 'indicators', 'POST', `/projects/${projectId}/indicators`, {
      code: 'OUT-1', title: { fr: 'Participants', en: 'Participants' }, level: 'output', measure: 'unit', direction: 'increase',
      disaggregations: ['sex'], rule: { measure: 'participants' }, targets: [],
    }), 30000, 250);
    const report = (i: number) => ({ version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-04', pcode: 'ML06', participants: { total: 188, cells: AMSS_FOCUS_GROUP_CELLS }, outputs: [{ kind: 'recommendation', quantity: 1 }], narrative: `Groupe ${i}` });
    const plan = (i: number) => ({ subGrantId: subGrant.id, type: 'study', title: `Groupe ${i}`, plannedStart: '2024-03-04', plannedEnd: '2024-03-04', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 });

    // Reports submitted up front: only the validation is timed.
    const submitted: { id: string; version: number }[] = [];
    await eventually(() => call('cso-reporter', 'activities', 'PUT', `/activities/${randomUUID()}`, plan(-1)), 30000, 250);
    for (let i = 0; i < REPORTS; i++) {
      const id = randomUUID();
      await call('cso-reporter', 'activities', 'PUT', `/activities/${id}`, plan(i));
      const saved = await call('cso-reporter', 'activities', 'PUT', `/activities/${id}/report`, report(i));
      submitted.push({ id, version: (await call('cso-reporter', 'activities', 'POST', `/activities/${id}/report/submit`, { version: saved.version })).version });
    }

    // The sub-grant's 2024 value, announced: value / 188 reports are counted.
    const kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING, clientId: 'bench-propagation' });
    const listener = kafka.consumer({ groupId: `bench-propagation-${randomUUID()}` });
    const validatedAt: number[] = [];
    const latencies: number[] = [];
    let counted = 0;
    await listener.connect();
    await listener.subscribe({ topic: `${platform.topicPrefix}indicators.value.v2`, fromBeginning: true });
    await listener.run({
      eachMessage: async ({ message }) => {
        const data = JSON.parse(String(message.value)).data as { scope: string; period: string; values: { code: string; value: number }[] };
        if (data.scope !== `subgrant:${subGrant.id}` || data.period !== '2024') return;
        const now = performance.now();
        const reports = Math.round((data.values.find((v) => v.code === 'OUT-1')?.value ?? 0) / 188);
        for (; counted < reports && counted < validatedAt.length; counted++) latencies.push(now - validatedAt[counted]);
      },
    });
    const validateTimes: number[] = [];
    const begin = performance.now();
    for (const [i, activity] of submitted.entries()) {
      const wait = begin + (i * 1000) / RATE - performance.now();
      if (wait > 0) await sleep(wait);
      const start = performance.now();
      validatedAt.push(start);
      await call('program-manager', 'activities', 'POST', `/activities/${activity.id}/report/validate`, { version: activity.version });
      validateTimes.push(performance.now() - start);
    }
    const deadline = Date.now() + 120_000;
    while (latencies.length < REPORTS && Date.now() < deadline) await sleep(100);
    await listener.disconnect();
    const baseline = await rawRoundTrip(kafka, `${platform.topicPrefix}bench.round-trip`, RATE, REPORTS / RATE);
    const figure = summary(latencies);
    console.log(JSON.stringify({ validateRequest: { ratePerSecond: RATE, ...summary(validateTimes) } }));
    console.log(JSON.stringify({
      validatedToAnnounced: { ratePerSecond: RATE, reports: REPORTS, seen: latencies.length, ...figure },
      baselineKafkaRoundTrip: baseline,
      ratioP99: +(figure.p99ms / baseline.p99ms).toFixed(1),
    }));

    // A batch of new activities with submitted reports, then the same batch sent twice at once.
    const batch = () => Array.from({ length: BATCH_ITEMS }, (_, i) => {
      const { version: _version, ...content } = report(i);
      return { id: randomUUID(), plan: plan(i), report: content, submit: true };
    });
    const timed = async (items: object[], expected: string[]) => {
      const start = performance.now();
      const answer = (await call('cso-reporter', 'activities', 'POST', '/activities/batch', { items })) as unknown as { outcome: string }[];
      const took = performance.now() - start;
      const wrong = answer.filter((item) => !expected.includes(item.outcome));
      if (wrong.length > 0) throw new Error(`batch answered ${JSON.stringify(wrong.slice(0, 3))}`);
      return took;
    };
    const alone = await timed(batch(), ['created']);
    const twice = batch();
    const [first, second] = await Promise.all([timed(twice, ['created', 'unchanged']), timed(twice, ['created', 'unchanged'])]);
    console.log(JSON.stringify({ batchRequest: { items: BATCH_ITEMS, aloneMs: Math.round(alone), sentTwiceAtOnceMs: [Math.round(first), Math.round(second)] } }));
  } finally {
    await platform.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
