// Indicators benchmark (a script, not a test): npm run bench -- indicators
//  1. one feed page (50 indicators × 8 quarters, disaggregated) with the totals of 1,000,000
//     validated reports behind it: the sheets those reports leave (40 sub-grants, 24 months, every
//     period type and scope) are written here directly, because the feed never reads reports;
//  2. the time from a validated report to its value on the value-change topic, at a steady rate,
//     reports spread over the project's 40 sub-grants;
//  3. the throughput of a full rebuild by replay of every report on the topic.
import 'reflect-metadata';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { getConnectionToken } from '@nestjs/mongoose';
import { EventFactory, KafkaConnection, ReadModelRebuilder } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { ReportValidated } from '@tributary/contracts';
import { sign } from 'jsonwebtoken';
import { Connection } from 'mongoose';
import { IndicatorsModule } from '../apps/indicators/src/indicators.module';
import { IndicatorDefinitions } from '../apps/indicators/src/indicators/commands/indicator-definitions.service';
import { periodsOf } from '../apps/indicators/src/indicators/domain/period';
import { ValueSheets } from '../apps/indicators/src/values/database/value-sheets.store';
import { ValueSheet } from '../apps/indicators/src/values/domain/value-sheet';
import { dropDatabase } from './database';
import { startService } from './service';
import { sleep, summary } from './statistics';

const REPORTS_BEHIND = 1_000_000;
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PAGE_REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 500);
const REPLAYED = Number(process.env.BENCH_REPLAYED ?? 200_000);
const SUB_GRANTS = 40;
const CATEGORIES = ['community-leaders', 'religious-leaders', 'womens-associations', 'youth-associations', 'ngo-representatives', 'government-officials', 'security-forces', 'displaced-people', 'journalists', 'other'];
const QUARTERS = ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4'];
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`);

async function jwksServer() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' };
  const server = createServer((_, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const token = sign({ sub: 'bench-me', org: 'org-lead', roles: ['me-officer'] }, privateKey, { algorithm: 'RS256', keyid: 'bench', audience: 'tributary', issuer: 'tributary-directory', expiresIn: 3600 });
  return { url: `http://127.0.0.1:${port}/jwks.json`, token, close: () => server.close() };
}

/** A validated report of 25 participants (12 women from women's associations, 13 young men). */
function report(factory: EventFactory, projectId: string, subGrantId: string, date: string) {
  return RequestContext.run({}, () => factory.create({
    definition: ReportValidated, subject: randomUUID(), sequence: 3,
    data: {
      subGrantId, projectId, recipientId: `org-cso-${subGrantId}`, leadPartnerId: 'org-lead', type: 'forum', themes: ['pve'], reportVersion: 1,
      actualStart: date, actualEnd: date, place: { pcode: 'ML0603', adm1: 'ML06', adm2: 'ML0603' },
      participants: { total: 25, cells: [{ sex: 'female', ageBand: '18-35', category: 'womens-associations', count: 12 }, { sex: 'male', ageBand: '18-35', category: 'youth-associations', count: 13 }] },
      outputs: { recommendations: 3, declarations: 0, actionPlans: 1 },
    },
  }));
}

async function main() {
  const run = randomUUID().slice(0, 8);
  const jwks = await jwksServer();
  Object.assign(process.env, { MONGO_DB: `bench_indicators_${run}`, KAFKA_TOPIC_PREFIX: `bench.${run}.`, LOG_LEVEL: 'warn', AUTH_JWKS_URL: jwks.url });
  const { app, url } = await startService(IndicatorsModule);
  const db = app.get<Connection>(getConnectionToken()).db!;
  const projectId = 'bench-project';
  await db.collection('known_projects').insertOne({ _id: projectId as never, code: 'BENCH', title: { fr: 'Banc', en: 'Bench' }, period: { start: '2024-01-01', end: '2025-12-31' }, leadPartnerId: 'org-lead', donorIds: [] });

  // 1. Feed page over 50 indicators × 8 quarters with 1,000,000 reports' worth of totals.
  const definitions = app.get(IndicatorDefinitions);
  const indicators = await RequestContext.run({}, () =>
    Promise.all(Array.from({ length: 50 }, (_, i) => definitions.define({
      projectId, code: `IND-${String(i + 1).padStart(2, '0')}`, title: { fr: `Indicateur ${i + 1}`, en: `Indicator ${i + 1}` },
      level: 'output', measure: 'unit', direction: 'increase', disaggregations: ['category', 'sex'], rule: { measure: 'participants' },
      targets: QUARTERS.map((period) => ({ period, value: 50_000 })),
    } as never))),
  );
  // What 1,000,000 reports of 25 participants leave behind, spread evenly over sub-grants and months.
  const tally = (reports: number) => ({
    amounts: { total: reports * 25, ...Object.fromEntries(CATEGORIES.map((c) => [`category=${c}`, reports * 2.5])), 'sex=female': reports * 12.5, 'sex=male': reports * 12.5 },
    distinct: {},
  });
  const reportsIn = (scope: string, period: string) => {
    const months = period.includes('Q') ? 3 : period.includes('S') ? 6 : period.length === 6 ? 1 : 12;
    return Math.round((REPORTS_BEHIND / MONTHS.length) * months / (scope.startsWith('subgrant:') ? SUB_GRANTS : 1));
  };
  const sheets = app.get(ValueSheets);
  const scopes = [`project:${projectId}`, `portfolio:org-lead`, ...Array.from({ length: SUB_GRANTS }, (_, i) => `subgrant:sg-${i}`)];
  const periods = [...new Set(MONTHS.flatMap((month) => Object.values(periodsOf(month))))];
  const seeded = scopes.flatMap((scope) => periods.map((period) =>
    new ValueSheet(ValueSheet.idOf(projectId, scope, period), projectId, scope, period, 0, new Map(indicators.map((i) => [i.id, tally(reportsIn(scope, period))])))));
  for (const sheet of seeded) sheet.changeSequence = await sheets.nextSequence();
  await sheets.save(seeded.map((sheet) => ({ sheet })));
  const page = `${url}/feeds/values?projectId=${projectId}&scope=project:${projectId}&periodType=quarterly&limit=400`;
  const headers = { authorization: `Bearer ${jwks.token}` };
  const first = (await (await fetch(page, { headers })).json()) as { items: { value: number }[] };
  if (first.items.length !== 400) throw new Error(`expected 400 values on the page, got ${first.items.length}`);
  const pageTotal = first.items.reduce((sum, v) => sum + v.value, 0) / indicators.length / 25;
  const pageTimes: number[] = [];
  for (let i = 0; i < PAGE_REQUESTS; i++) {
    const start = performance.now();
    await (await fetch(page, { headers })).arrayBuffer();
    pageTimes.push(performance.now() - start);
  }

  console.log(JSON.stringify({ feedPage: { values: 400, sheetsStored: seeded.length, reportsBehind: Math.round(pageTotal), ...summary(pageTimes) } }));

  // 2. Validated report → value on the change topic, at a steady rate. Each report adds 25 to
  // IND-01 of its sub-grant's month, so an announced value tells how many of the reports sent for
  // that sub-grant it includes; those are taken as seen, oldest first.
  const kafka = app.get(KafkaConnection);
  const factory = app.get(EventFactory);
  const reportsTopic = kafka.topic(ReportValidated.topic);
  const valuesTopic = kafka.topic('indicators.value.v2');
  await kafka.ensureTopics([reportsTopic, valuesTopic]);
  const month = '2025-11-15';
  const monthly = periodsOf(month).monthly;
  const firstIndicator = indicators[0].id;
  const pending = new Map<string, number[]>();
  const announced = new Map<string, number>();
  const latencies: number[] = [];
  const listener = kafka.kafka.consumer({ groupId: `bench.${run}.listener` });
  await listener.connect();
  await listener.subscribe({ topic: valuesTopic, fromBeginning: true });
  await listener.run({
    eachMessage: async ({ message }) => {
      const received = performance.now();
      const data = JSON.parse(String(message.value)).data as { scope: string; period: string; values: { indicatorId: string; value: number }[] };
      if (!data.scope.startsWith('subgrant:') || data.period !== monthly) return;
      const value = data.values.find((v) => v.indicatorId === firstIndicator)?.value ?? 0;
      const before = announced.get(data.scope) ?? reportsIn(data.scope, monthly) * 25;
      if (value <= before) return;
      announced.set(data.scope, value);
      const sent = pending.get(data.scope) ?? [];
      for (const at of sent.splice(0, (value - before) / 25)) latencies.push(received - at);
    },
  });
  const producer = await kafka.producer();
  const total = RATE * SECONDS;
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const subGrantId = `sg-${Math.floor(Math.random() * SUB_GRANTS)}`;
    const event = report(factory, projectId, subGrantId, month);
    const scope = `subgrant:${subGrantId}`;
    pending.set(scope, [...(pending.get(scope) ?? []), performance.now()]);
    void producer.send({ topic: reportsTopic, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
  }
  const sendSeconds = (performance.now() - begin) / 1000;
  const deadline = Date.now() + 10 * 60 * 1000;
  while (latencies.length < total && Date.now() < deadline) await sleep(200);
  const drainSeconds = (performance.now() - begin) / 1000;

  console.log(JSON.stringify({ reportToFeed: { ratePerSecond: RATE, reports: total, seen: latencies.length, handledPerSecond: Math.round(latencies.length / drainSeconds), sendSeconds: +sendSeconds.toFixed(1), ...summary(latencies) } }));

  // 3. Full rebuild by replay of every report on the topic: those above and as many again, spread
  // over the sub-grants and the project's 24 months.
  for (let i = 0; i < REPLAYED; i += 500) {
    const messages = Array.from({ length: Math.min(500, REPLAYED - i) }, (_, j) => {
      const event = report(factory, projectId, `sg-${(i + j) % SUB_GRANTS}`, MONTHS[(i + j) % MONTHS.length]);
      return { key: event.subject, value: JSON.stringify(event) };
    });
    await producer.send({ topic: reportsTopic, messages });
  }
  const rebuild = await app.get(ReadModelRebuilder).rebuild();

  console.log(JSON.stringify({
    rebuild: { events: rebuild.eventsReplayed, seconds: +(rebuild.durationMs / 1000).toFixed(1), eventsPerSecond: Math.round(rebuild.eventsReplayed / (rebuild.durationMs / 1000)) },
  }));
  await listener.disconnect();
  await app.close();
  await dropDatabase(process.env.MONGO_DB!);
  jwks.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
