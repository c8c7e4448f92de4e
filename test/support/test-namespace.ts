import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';

/** Refuses to point a test at a database whose name does not say it is a test database. */
export function assertTestDatabase(name: string): string {
  if (!/test/i.test(name)) throw new Error(`Refusing to use database "${name}" in a test: its name must contain "test"`);
  return name;
}

/**
 * A fresh database name and Kafka topic prefix per suite and run, so suites running side by side
 * and reruns against the same servers never see each other's data; the databases are dropped
 * when the suite is done with them.
 */
export function testNamespace(suite: string) {
  const slug = suite.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 24);
  const run = randomBytes(4).toString('hex');
  const databases = new Set<string>();
  const topicPrefix = `test.${slug}.${run}.`;
  return {
    database: (service: string) => {
      const name = assertTestDatabase(`test_${slug}_${service}_${run}`);
      databases.add(name);
      return name;
    },
    topicPrefix,
    /**
     * Drops every database named here and deletes the topics under the prefix; call it once the
     * services using them have stopped. Left behind, a full run's topics piled up some two thousand
     * partitions on the one shared broker, and the suites late in the run met a slower broker.
     */
    async dropAll(): Promise<void> {
      const { kafkaBrokers, mongoUrl } = requiredInfrastructure();
      const client = await MongoClient.connect(mongoUrl);
      try {
        for (const name of databases) await dropDatabase(client, name);
      } finally {
        await client.close();
      }
      const admin = new Kafka({ brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING, clientId: 'test-namespace' }).admin();
      await admin.connect();
      try {
        const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(topicPrefix));
        if (topics.length > 0) await admin.deleteTopics({ topics });
      } finally {
        await admin.disconnect();
      }
    },
  };
}

export function requiredInfrastructure(): { kafkaBrokers: string; mongoUrl: string } {
  const kafkaBrokers = process.env.KAFKA_BROKERS;
  const mongoUrl = process.env.MONGO_URL;
  if (!kafkaBrokers || !mongoUrl) throw new Error('KAFKA_BROKERS and MONGO_URL are set by the integration global setup');
  return { kafkaBrokers, mongoUrl };
}

/**
 * The local MongoDB-wire server can refuse a drop while it still creates an index a closed client
 * asked for (`index not found with name [_id_]`): it is asked again, a few times.
 */
async function dropDatabase(client: MongoClient, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.db(name).dropDatabase();
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
