import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

function infra(command: 'up' | 'down' | 'stop-kafka' | 'start-kafka' | 'start-mongo'): void {
  execFileSync('bash', [path.join(repo, 'deploy', 'local', 'infra.sh'), command], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      TRIBUTARY_DATA_DIR: LOCAL_TEST_INFRA.dataDir,
      KAFKA_PORT: String(LOCAL_TEST_INFRA.kafkaPort),
      KAFKA_CONTROLLER_PORT: String(LOCAL_TEST_INFRA.controllerPort),
      MONGO_PORT: String(LOCAL_TEST_INFRA.mongoPort),
    },
  });
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
  stop: () => infra('stop-kafka'),
  start: () => infra('start-kafka'),
};

/** Kills the local test store as a power cut would (kill -9): only for suites run on the local servers. */
export function killLocalStore(): void {
  const pidFile = path.join(LOCAL_TEST_INFRA.dataDir, 'mongo', 'pid');
  if (!existsSync(pidFile)) throw new Error(`no local store to kill (${pidFile}): this suite needs the project's local servers`);
  process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGKILL');
}

export function startLocalStore(): void {
  infra('start-mongo');
}
