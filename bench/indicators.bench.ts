// Indicators service in the benchmark's own process (a script, not a test): npm run bench -- indicators
//  P3 one feed page (50 indicators × 8 quarters, disaggregated) with the totals of 1,000,000
//     validated reports behind it: the sheets those reports leave (40 sub-grants, 24 months, every
//     period type and scope) are written here directly, because the feed never reads reports;
//     beside the one indexed find of the same sheets with the raw driver, in the same run;
//  P4 a full rebuild by replay of the reports topic (200,000 reports), live consumption held, beside
//     a raw kafkajs consumer reading the same topic from the beginning.
// Parameters: BENCH_PAGE_REQUESTS (500), BENCH_REPORTS_BEHIND (1,000,000), BENCH_REPLAYED (200,000).
import 'reflect-metadata';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { getConnectionToken } from '@nestjs/mongoose';
import { ReportValidated } from '@tributary/contracts';
import { EventConsumers, KafkaConnection, ReadModelRebuilder } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { sign } from 'jsonwebtoken';
import { MongoClient } from 'mongodb';
import { Connection } from 'mongoose';
import { IndicatorsModule } from '../apps/indicators/src/indicators.module';
import { IndicatorDefinitions } from '../apps/indicators/src/indicators/commands/indicator-definitions.service';
import { periodsOf } from '../apps/indicators/src/indicators/domain/period';
import { VALUE_SHEETS } from '../apps/indicators/src/values/database/value-sheet.schema';
import { ValueSheets } from '../apps/indicators/src/values/database/value-sheets.store';
import { ValueSheet } from '../apps/indicators/src/values/domain/value-sheet';
import { dropDatabase } from './database';
import { platformProducer, rawConsume } from './kafka-baseline';
import { BenchReport, ms, perSecond, times } from './report';
import { activitiesEvents, PARTICIPANTS_PER_REPORT, validatedReport } from './reports';
import { startService } from './service';
import { summary } from './statistics';

const REPORTS_BEHIND = Number(process.env.BENCH_REPORTS_BEHIND ?? 1_000_000);
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

async function main() {
  const run = randomUUID().slice(0, 8);
  const report = new BenchReport('indicators', { BENCH_PAGE_REQUESTS: PAGE_REQUESTS, BENCH_REPORTS_BEHIND: REPORTS_BEHIND, BENCH_REPLAYED: REPLAYED });
  const jwks = await jwksServer();
  Object.assign(process.env, { MONGO_DB: `bench_indicators_${run}`, KAFKA_TOPIC_PREFIX: `bench.${run}.`, LOG_LEVEL: 'warn', AUTH_JWKS_URL: jwks.url });
  const { app, url } = await startService(IndicatorsModule);
  const db = app.get<Connection>(getConnectionToken()).db!;
  const projectId = 'bench-project';
  await db.collection('known_projects').insertOne({ _id: projectId as never, code: 'BENCH', title: { fr: 'Banc', en: 'Bench' }, period: { start: '2024-01-01', end: '2025-12-31' }, leadPartnerId: 'org-lead', donorIds: [] });

  // P3. Feed page over 50 indicators × 8 quarters with 1,000,000 reports' worth of totals.
  const definitions = app.get(IndicatorDefinitions);
  const indicators = await RequestContext.run({}, () =>
    Promise.all(Array.from({ length: 50 }, (_, i) => definitions.define({
      projectId, code: `IND-${String(i + 1).padStart(2, '0')}`, title: { fr: `Indicateur ${i + 1}`, en: `Indicator ${i + 1}` },
      level: 'output', measure: 'unit', direction: 'increase', disaggregations: ['category', 'sex'], rule: { measure: 'participants' },
      targets: QUARTERS.map((period) => ({ period, value: 50_000 })),
    } as never))),
  );
  // What the reports leave behind, spread evenly over sub-grants and months.
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
  await sheets.save(seeded.map((sheet) => ({ sheet })), 0);
  const page = `${url}/feeds/values?projectId=${projectId}&scope=project:${projectId}&periodType=quarterly&limit=400`;
  const headers = { authorization: `Bearer ${jwks.token}` };
  const first = (await (await fetch(page, { headers })).json()) as { items: { value: number }[] };
  if (first.items.length !== 400) throw new Error(`expected 400 values on the page, got ${first.items.length}`);
  const pageTotal = first.items.reduce((sum, v) => sum + v.value, 0) / indicators.length / PARTICIPANTS_PER_REPORT;
  // The baseline: the same eight sheets by one indexed find, with the driver alone on its own connection.
  const raw = await MongoClient.connect(process.env.MONGO_URL!);
  const pageSheets = QUARTERS.map((quarter) => ValueSheet.idOf(projectId, `project:${projectId}`, quarter));
  const pageTimes: number[] = [];
  const findTimes: number[] = [];
  // Alternated, so that whatever else runs on the machine weighs on both alike.
  for (let i = 0; i < PAGE_REQUESTS; i++) {
    let start = performance.now();
    await (await fetch(page, { headers })).arrayBuffer();
    pageTimes.push(performance.now() - start);
    start = performance.now();
    const found = await raw.db(process.env.MONGO_DB).collection(VALUE_SHEETS).find({ _id: { $in: pageSheets as never[] } }).toArray();
    findTimes.push(performance.now() - start);
    if (found.length !== 8) throw new Error(`the raw find returned ${found.length} sheets`);
  }
  await raw.close();
  const [pageFigure, findFigure] = [summary(pageTimes), summary(findTimes)];
  report.add({
    figure: `P3 one feed page, 50 indicators × 8 quarters disaggregated, ${Math.round(pageTotal).toLocaleString('en')} reports behind it (${seeded.length} sheets stored; ${PAGE_REQUESTS} requests)`,
    measured: `p50 ${ms(pageFigure.p50ms)}, **p95 ${ms(pageFigure.p95ms)}**, p99 ${ms(pageFigure.p99ms)}`,
    baseline: `one indexed find of the same 8 sheets, raw driver: p50 ${ms(findFigure.p50ms)}, p95 ${ms(findFigure.p95ms)}`,
    ratio: `${times(pageFigure.p95ms, findFigure.p95ms)} at p95`, target: 'p95 ≤ 20 ms and ≤ 3× baseline',
    met: pageFigure.p95ms <= 20 && pageFigure.p95ms <= 3 * findFigure.p95ms ? 'met' : 'not met',
  });

  // P4. Every report of the topic replayed; live consumption held, so that the replay is measured alone.
  const kafka = app.get(KafkaConnection);
  const reportsTopic = kafka.topic(ReportValidated.topic);
  await kafka.ensureTopics([reportsTopic]);
  app.get(EventConsumers).transport!.pause();
  const factory = activitiesEvents();
  const producer = platformProducer(kafka.kafka);
  await producer.connect();
  for (let i = 0; i < REPLAYED; i += 1000) {
    const messages = Array.from({ length: Math.min(1000, REPLAYED - i) }, (_, j) => validatedReport(factory, projectId, `sg-${(i + j) % SUB_GRANTS}`, MONTHS[(i + j) % MONTHS.length]));
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: reportsTopic, messages }] });
  }
  await producer.disconnect();
  const baseline = await rawConsume(kafka.kafka, [reportsTopic]);
  const rebuild = await app.get(ReadModelRebuilder).rebuild();
  const replayRate = rebuild.eventsReplayed / (rebuild.durationMs / 1000);
  report.add({
    figure: `P4 full rebuild by replay of ${rebuild.eventsReplayed.toLocaleString('en')} reports (${(rebuild.durationMs / 1000).toFixed(1)} s), live consumption held`,
    measured: `**${perSecond(replayRate, 'events')}**`, baseline: `kafkajs consuming the same topic: ${perSecond(baseline.perSecond, 'events')}`,
    ratio: times(replayRate, baseline.perSecond), target: '≥ 20,000 events/s and ≥ 0.3× baseline',
    met: replayRate >= 20_000 && replayRate >= 0.3 * baseline.perSecond ? 'met' : 'not met',
  });
  report.write();
  await app.close();
  await dropDatabase(process.env.MONGO_DB!);
  jwks.close();
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
