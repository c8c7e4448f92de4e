import { execFileSync } from 'node:child_process';
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

function infra(command: 'up' | 'down' | 'stop-kafka' | 'start-kafka'): void {
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
