// Store benchmark (a script, not a test): the reads and writes Tributary's hot paths make, at
// 20,000 documents of ~3 kB, each beside a ping round trip on the same client so figures from
// different servers and machines can be compared as ratios. Figures are appended to
// bench/results/<date>-store.md.
//   npm run bench -- store
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { connect, PAYLOAD, within } from '../test/store/store-under-test';
import { percentile } from './statistics';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20_000);
const REPORTS_PER_SUB_GRANT = 20;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
// A scanning server takes seconds per operation; a time budget keeps the run to minutes there.
const SECONDS_PER_MEASURE = Number(process.env.BENCH_SECONDS_PER_MEASURE ?? 20);
const MIN_SAMPLES = 5;
const WARM_UP = 5;
// FerretDB never answers a large bulkWrite; the run records that instead of waiting forever.
const GIVE_UP_SECONDS = 60;

interface Report {
  _id: string;
  version: number;
  subGrantId: string;
  validations: number;
  payload: string;
}

interface Figure {
  operation: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  ratioToPing?: number;
  failure?: string;
}

const reportId = (n: number) => `report-${String(n).padStart(5, '0')}`;
const subGrantOf = (n: number) => `sg-${String(n % (DOCUMENTS / REPORTS_PER_SUB_GRANT)).padStart(4, '0')}`;
const randomReport = () => Math.floor(Math.random() * DOCUMENTS);

/** Times `operation` one call after another, after a short warm-up, within the sample count and time budget. */
async function measure(operation: string, run: (i: number) => Promise<void>, samples = SAMPLES): Promise<Figure> {
  console.error(`measuring: ${operation}`);
  const durations: number[] = [];
  try {
    for (let i = 0; i < WARM_UP; i++) await within(GIVE_UP_SECONDS, operation, run(i));
    const deadline = Date.now() + SECONDS_PER_MEASURE * 1000;
    for (let i = WARM_UP; durations.length < samples && (durations.length < MIN_SAMPLES || Date.now() < deadline); i++) {
      const start = performance.now();
      await within(GIVE_UP_SECONDS, operation, run(i));
      durations.push(performance.now() - start);
    }
  } catch (error) {
    return { operation, samples: durations.length, medianMs: NaN, p95Ms: NaN, failure: (error as Error).message };
  }
  durations.sort((a, b) => a - b);
  return { operation, samples: durations.length, medianMs: percentile(durations, 50), p95Ms: percentile(durations, 95) };
}

function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: ${actual} instead of ${expected}`);
}

const figure = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

function markdown(server: string, url: string, figures: Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.operation} | ${f.samples} | ${figure(f.medianMs)} | ${figure(f.p95Ms)} | ${f.ratioToPing === undefined || Number.isNaN(f.ratioToPing) ? '–' : f.ratioToPing.toFixed(1)} |` +
      (f.failure ? ` ${f.failure} |` : ' |'),
  );
  return [
    `## ${new Date().toISOString().slice(11, 16)} UTC — ${server} at ${url}`,
    '',
    `${DOCUMENTS.toLocaleString('en')} documents of ~3 kB, ${REPORTS_PER_SUB_GRANT} per indexed sub-grant id; one client, ` +
      `operations one after another except the concurrent \`$inc\` (one sample = a round of 200) and the bulkWrite.`,
    '',
    '| operation | samples | median ms | p95 ms | median / ping | note |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '',
  ].join('\n');
}

async function main() {
  const url = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
  const client = await connect(url);
  const db = client.db(`bench_store_${randomUUID().slice(0, 8)}`);
  const reports = db.collection<Report>('reports');
  const info = await db.admin().command({ buildInfo: 1 });
  const server = process.env.BENCH_STORE_LABEL ?? (info.ferretdbVersion ? `FerretDB (reports MongoDB ${info.version})` : `server reporting MongoDB ${info.version}`);

  console.error(`seeding ${DOCUMENTS} documents`);
  await reports.createIndex({ subGrantId: 1 });
  for (let from = 0; from < DOCUMENTS; from += 1000) {
    await reports.insertMany(
      Array.from({ length: Math.min(1000, DOCUMENTS - from) }, (_, i) => ({
        _id: reportId(from + i),
        version: 0,
        subGrantId: subGrantOf(from + i),
        validations: 0,
        payload: PAYLOAD,
      })),
    );
  }

  const ping = await measure('ping round trip (baseline)', async () => void (await db.command({ ping: 1 })));
  const versions = new Map<string, number>();
  const figures = [
    await measure('find by _id', async () => {
      if (!(await reports.findOne({ _id: reportId(randomReport()) }))) throw new Error('find by _id found nothing');
    }),
    await measure(`find on an indexed non-unique field (${REPORTS_PER_SUB_GRANT} documents)`, async (i) => {
      expectCount('find by sub-grant', (await reports.find({ subGrantId: subGrantOf(i) }).toArray()).length, REPORTS_PER_SUB_GRANT);
    }),
    await measure('update by _id', async (i) => {
      expectCount('update by _id', (await reports.updateOne({ _id: reportId(randomReport()) }, { $set: { touchedAt: i } })).modifiedCount, 1);
    }),
    await measure('version-checked update by {_id, version}', async () => {
      const id = reportId(randomReport());
      const version = versions.get(id) ?? 0;
      expectCount('version-checked update', (await reports.updateOne({ _id: id, version }, { $set: { version: version + 1 } })).modifiedCount, 1);
      versions.set(id, version + 1);
    }),
    await measure('200 concurrent $inc on one document (round)', async (i) => {
      const id = reportId(i);
      await Promise.all(Array.from({ length: 200 }, () => reports.updateOne({ _id: id }, { $inc: { validations: 1 } })));
      expectCount('concurrent $inc', (await reports.findOne({ _id: id }))!.validations, 200);
    }, ROUNDS),
    await measure('bulkWrite of 500 updateOne by _id, unordered', async (i) => {
      const from = (i * 500) % DOCUMENTS;
      const operations = Array.from({ length: 500 }, (_, n) => ({ updateOne: { filter: { _id: reportId(from + n) }, update: { $set: { bulkRound: i } } } }));
      expectCount('bulkWrite', (await reports.bulkWrite(operations, { ordered: false })).matchedCount, 500);
    }, ROUNDS),
  ];
  const all = [ping, ...figures];
  for (const f of all) f.ratioToPing = f.medianMs / ping.medianMs;

  const section = markdown(server, url, all);
  console.error(section);
  console.log(JSON.stringify({ server, documents: DOCUMENTS, figures: all }, (_, v) => (typeof v === 'number' ? Number(v.toFixed(2)) : v), 2));
  const date = new Date().toISOString().slice(0, 10);
  const file = path.resolve(__dirname, '..', '..', 'bench', 'results', `${date}-store.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) appendFileSync(file, `# Store benchmark, ${date}\n\nWritten by \`npm run bench -- store\` (bench/store.bench.ts); one section per run.\n\n`);
  appendFileSync(file, section);
  console.error(`figures appended to ${path.relative(process.cwd(), file)}`);

  await db.dropDatabase();
  await client.close(true);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
