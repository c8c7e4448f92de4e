// Readiness probe for the local infrastructure: a ping to the MongoDB-wire server and a real admin
// call to Kafka (skipped when the broker is "-"), retried until they answer or the deadline passes.
const { Kafka, logLevel } = require('kafkajs');
const { MongoClient } = require('mongoose').mongo;

const [broker, mongoUrl, timeoutArg] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutArg ?? 180) * 1000;

async function until(name, probe) {
  let lastError;
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${name} not ready: ${lastError?.message}`);
}

async function main() {
  await until('MongoDB-wire server', async () => {
    const client = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 1000 });
    try {
      await client.db('admin').command({ ping: 1 });
    } finally {
      await client.close();
    }
  });
  if (broker === '-') return;
  await until('Kafka', async () => {
    const admin = new Kafka({ brokers: [broker], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
    await admin.connect();
    try {
      await admin.listTopics();
    } finally {
      await admin.disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
