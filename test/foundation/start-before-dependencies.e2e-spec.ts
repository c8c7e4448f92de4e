import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serviceClient } from '@tributary/client';
import { body, status } from '../support/answers';
import { eventually } from '../support/eventually';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/platform-under-test';
import { freePort, RunningService, spawnService } from '../support/service-processes';
import { testNamespace } from '../support/test-namespace';

const infraScript = path.resolve(__dirname, '..', '..', 'deploy', 'local', 'infra.sh');
// Starting and stopping a broker and a store needs the local servers; a container or MONGO_URL run has none of its own.
const onLocalServers = process.env.TRIBUTARY_TEST_INFRA === 'local';

/** A Kafka and a store of this suite's own, so stopping them cannot harm the ones the other suites share. */
async function ownInfrastructure() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tributary-start-order-'));
  const ports = { KAFKA_PORT: String(await freePort()), KAFKA_CONTROLLER_PORT: String(await freePort()), MONGO_PORT: String(await freePort()) };
  // Asynchronous, so the event loop keeps retiring idle pooled connections while a server stops:
  // blocked past the services' 5 s keep-alive, the next request went out on a socket being closed
  // (`fetch failed`, `other side closed`).
  const run = async (command: 'start-mongo' | 'stop-mongo' | 'start-kafka' | 'down') => {
    const { stdout, stderr } = await promisify(execFile)('bash', [infraScript, command], { env: { ...process.env, TRIBUTARY_DATA_DIR: dataDir, ...ports } });
    process.stdout.write(stdout + stderr);
  };
  return {
    kafkaBrokers: `127.0.0.1:${ports.KAFKA_PORT}`,
    mongoUrl: `mongodb://127.0.0.1:${ports.MONGO_PORT}`,
    run,
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

interface Started {
  name: string;
  url: string;
  process: RunningService['process'];
  output: () => string;
}

/** Starts the service and waits only for liveness: its dependencies may well be away. */
async function launch(name: 'directory' | 'activities', env: Record<string, string>): Promise<Started> {
  const port = env.PORT ?? String(await freePort());
  const { process: child, output } = spawnService(name, { ...env, PORT: port, LOG_LEVEL: 'info' });
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => expect((await fetch(`${url}/health/live`)).status).toBe(200), 30000, 250);
  return { name, url, process: child, output };
}

/** Readiness, and what its 503 problem says is missing. */
async function readiness(service: Started): Promise<{ status: number; detail: string }> {
  const response = await fetch(`${service.url}/health/ready`, { headers: { 'accept-language': 'en' } });
  return { status: response.status, detail: ((await response.json()) as { detail?: string }).detail ?? '' };
}

const describeOnLocal = onLocalServers ? describe : describe.skip;

describeOnLocal('foundation: services started before their broker and store wait for them, and answer 503 while the store is away', () => {
  const ns = testNamespace('start order');
  let infra: Awaited<ReturnType<typeof ownInfrastructure>>;
  const services: Started[] = [];
  let directory: Started;
  let activities: Started;
  let token: string;

  const signIn = () =>
    serviceClient('directory', { baseUrl: directory.url }).POST('/auth/token', {
      body: { grant_type: 'password', username: DEMO_USERS['cso-reporter'], password: DEMO_PASSWORD },
    });
  const activitiesOf = (service: Started, language?: 'en') =>
    serviceClient('activities', { baseUrl: service.url, headers: { authorization: `Bearer ${token}`, ...(language ? { 'accept-language': language } : {}) } }).GET('/activities');

  const stillRunning = () => expect(services.filter((s) => s.process.exitCode !== null).map((s) => `${s.name}: ${s.output().slice(-2000)}`)).toEqual([]);

  beforeAll(async () => {
    infra = await ownInfrastructure();
    const common = { KAFKA_BROKERS: infra.kafkaBrokers, MONGO_URL: infra.mongoUrl, KAFKA_TOPIC_PREFIX: ns.topicPrefix };
    const directoryPort = String(await freePort());
    const jwks = `http://127.0.0.1:${directoryPort}/.well-known/jwks.json`;
    directory = await launch('directory', { ...common, PORT: directoryPort, MONGO_DB: ns.database('directory'), DIRECTORY_SEED_DEMO: 'true', AUTH_JWKS_URL: jwks });
    activities = await launch('activities', { ...common, MONGO_DB: ns.database('activities'), AUTH_JWKS_URL: jwks });
    services.push(directory, activities);
  }, 120000);

  afterAll(async () => {
    for (const service of services) {
      if (service.process.exitCode === null) {
        service.process.kill('SIGTERM');
        await new Promise((resolve) => service.process.once('exit', resolve));
      }
    }
    await infra?.run('down');
    infra?.remove();
  }, 120000);

  it('serves liveness and answers readiness 503 naming the store and Kafka while neither answers, and does not exit', async () => {
    await new Promise((resolve) => setTimeout(resolve, 6000)); // past the first connection timeouts of both clients
    for (const service of services) {
      const ready = await readiness(service);
      expect(ready.status).toBe(503);
      expect(ready.detail).toMatch(/mongodb: .*kafka: |kafka: .*mongodb: /);
      expect(service.output()).toMatch(/store unreachable|connecting to the store failed/);
    }
    stillRunning();
  }, 60000);

  it('becomes ready and serves once the store and then Kafka come', async () => {
    await infra.run('start-mongo');
    await eventually(async () => {
      const ready = await readiness(activities);
      expect(ready.status).toBe(503);
      expect(ready.detail).not.toContain('mongodb');
      expect(ready.detail).toContain('kafka');
    }, 60000, 500);
    await infra.run('start-kafka');
    for (const service of services) await eventually(async () => expect((await readiness(service)).status).toBe(200), 90000, 500);
    token = (await body(signIn(), 200)).access_token;
    expect(await status(activitiesOf(activities))).toBe(200);
    stillRunning();
  }, 180000);

  it('answers 503 problem+json with Retry-After while the store is away (it answered 500), stays up, and serves again when it is back', async () => {
    await infra.run('stop-mongo');
    const during = await activitiesOf(activities, 'en');
    expect(during.response.status).toBe(503);
    expect(during.response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(during.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(during.error).toMatchObject({ status: 503, type: 'https://tributary.example/problems/unavailable' });
    const refused = (await signIn()).response;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await readiness(activities)).status).toBe(503);
    stillRunning();

    await infra.run('start-mongo');
    await eventually(async () => expect(await status(activitiesOf(activities))).toBe(200), 60000, 500);
    for (const service of services) await eventually(async () => expect((await readiness(service)).status).toBe(200), 60000, 500);
    stillRunning();
  }, 180000);

  it('answers 503 with Retry-After when the token keys cannot be fetched (it answered 401)', async () => {
    const closedPort = await freePort();
    const orphan = await launch('activities', {
      KAFKA_BROKERS: infra.kafkaBrokers,
      MONGO_URL: infra.mongoUrl,
      KAFKA_TOPIC_PREFIX: ns.topicPrefix,
      MONGO_DB: ns.database('activities'),
      AUTH_JWKS_URL: `http://127.0.0.1:${closedPort}/.well-known/jwks.json`,
    });
    services.push(orphan);
    const { response } = await activitiesOf(orphan);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBeTruthy();
    // The warning is logged as the 503 is answered; its line may reach this process after the answer.
    await eventually(async () => expect(orphan.output()).toMatch(/token keys unreachable/));
  }, 60000);
});
