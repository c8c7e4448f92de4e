import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const repo = path.resolve(__dirname, '..', '..');

/**
 * Ports apart from the development platform's, so a test run never touches its data.
 * TEST_INFRA_PORT_OFFSET moves them (and the data directory) so two runs can share a machine.
 */
const offset = Number(process.env.TEST_INFRA_PORT_OFFSET ?? 0);
export const LOCAL_TEST_INFRA = {
  dataDir: path.join(repo, '.local', offset ? `test-infra-${offset}` : 'test-infra'),
  kafkaPort: 29092 + offset,
  controllerPort: 29093 + offset,
  mongoPort: 27027 + offset,
};

type InfraCommand = 'up' | 'down' | 'stop-kafka' | 'start-kafka' | 'start-mongo';

const infraEnv = () => ({
  ...process.env,
  TRIBUTARY_DATA_DIR: LOCAL_TEST_INFRA.dataDir,
  KAFKA_PORT: String(LOCAL_TEST_INFRA.kafkaPort),
  KAFKA_CONTROLLER_PORT: String(LOCAL_TEST_INFRA.controllerPort),
  MONGO_PORT: String(LOCAL_TEST_INFRA.mongoPort),
});

function infra(command: InfraCommand): void {
  execFileSync('bash', [path.join(repo, 'deploy', 'local', 'infra.sh'), command], { stdio: ['ignore', 'inherit', 'inherit'], env: infraEnv() });
}

/**
 * Without blocking the event loop, for tests whose clients keep working while a server goes or
 * comes back. Stopping the broker takes about 5 s on a loaded machine: blocked that long in a
 * synchronous child, the test process never runs undici's timer that retires an idle pooled
 * connection before the service's keep-alive (5 s) ends, and its next request goes out on the
 * connection just as the service closes it: `fetch failed`, `other side closed`.
 */
async function infraInBackground(command: InfraCommand): Promise<void> {
  await promisify(execFile)('bash', [path.join(repo, 'deploy', 'local', 'infra.sh'), command], { env: infraEnv() });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** kill -9 of a server the setup started, waiting until its port is closed so a restart does not find it "already running". */
async function killHard(server: 'kafka' | 'mongo', port: number): Promise<void> {
  process.kill(Number(readFileSync(path.join(LOCAL_TEST_INFRA.dataDir, server, 'pid'), 'utf8').trim()), 'SIGKILL');
  const deadline = Date.now() + 30_000;
  while (await portOpen(port)) {
    if (Date.now() > deadline) throw new Error(`port ${port} still open 30 s after kill -9 of ${server}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function startLocalServers(): { kafkaBrokers: string; mongoUrl: string } {
  infra('up');
  return {
    kafkaBrokers: `127.0.0.1:${LOCAL_TEST_INFRA.kafkaPort}`,
    mongoUrl: `mongodb://127.0.0.1:${LOCAL_TEST_INFRA.mongoPort}`,
  };
}

export function stopLocalServers(): void {
  infra('down');
}

/** Fault tests stop and restart the local broker; only possible when the setup started it. */
export const localBroker = {
  available: () => process.env.TRIBUTARY_TEST_INFRA === 'local',
  stop: () => infraInBackground('stop-kafka'),
  start: () => infraInBackground('start-kafka'),
  crash: () => killHard('kafka', LOCAL_TEST_INFRA.kafkaPort),
};

/** Crash tests kill the local store as a crash would and start it again on the same data. */
export const localStore = {
  available: () => process.env.TRIBUTARY_TEST_INFRA === 'local',
  crash: () => killHard('mongo', LOCAL_TEST_INFRA.mongoPort),
  startInBackground: () => infraInBackground('start-mongo'),
};
