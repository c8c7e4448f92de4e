import { clearServiceLogs } from '../support/service-logs';
import { startLocalServers } from './local-servers';

type Started = { kind: 'environment' } | { kind: 'containers'; stop: () => Promise<void> } | { kind: 'local' };

declare global {
  // eslint-disable-next-line no-var
  var __TRIBUTARY_INFRA__: Started | undefined;
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers(): Promise<{ kafkaBrokers: string; mongoUrl: string; stop: () => Promise<void> }> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const [kafka, mongo] = await Promise.all([
    new KafkaContainer('confluentinc/cp-kafka:7.7.1').withKraft().start(),
    new MongoDBContainer('mongo:7.0').start(),
  ]);
  return {
    kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    mongoUrl: `${mongo.getConnectionString()}?directConnection=true`,
    stop: async () => void (await Promise.all([kafka.stop(), mongo.stop()])),
  };
}

/**
 * Real brokers for the integration project, from the first source that has them: the
 * environment (KAFKA_BROKERS and MONGO_URL), Testcontainers where a Docker engine answers, else the
 * project's own local servers, started here and stopped by the teardown.
 */
export default async function globalSetup(): Promise<void> {
  clearServiceLogs();
  if (process.env.KAFKA_BROKERS && process.env.MONGO_URL) {
    globalThis.__TRIBUTARY_INFRA__ = { kind: 'environment' };
    process.env.TRIBUTARY_TEST_INFRA = 'environment';
    return;
  }
  if (await dockerAnswers()) {
    const containers = await startContainers();
    process.env.KAFKA_BROKERS = containers.kafkaBrokers;
    process.env.MONGO_URL = containers.mongoUrl;
    globalThis.__TRIBUTARY_INFRA__ = { kind: 'containers', stop: containers.stop };
    process.env.TRIBUTARY_TEST_INFRA = 'containers';
    return;
  }
  const local = startLocalServers();
  process.env.KAFKA_BROKERS = local.kafkaBrokers;
  process.env.MONGO_URL = local.mongoUrl;
  globalThis.__TRIBUTARY_INFRA__ = { kind: 'local' };
  process.env.TRIBUTARY_TEST_INFRA = 'local';
}
