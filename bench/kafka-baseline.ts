// The raw parts the benchmarks compare with, on the same broker and in the same run: what Kafka
// and kafkajs alone do for the same traffic, with the settings the platform uses.
import { randomUUID } from 'node:crypto';
import { Kafka, Message, Partitioners } from 'kafkajs';
import { sleep, summary } from './statistics';

async function createTopic(kafka: Kafka, topic: string) {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
}

/** The producer KafkaConnection makes: idempotent, one request in flight, acks from all replicas. */
export const platformProducer = (kafka: Kafka) =>
  kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner, retry: { retries: 5 } });

/** kafkajs produce → consume round trip of small messages sent at a steady rate, each timed. */
export async function rawRoundTrip(kafka: Kafka, topic: string, rate: number, seconds: number) {
  await createTopic(kafka, topic);
  const sentAt = new Map<string, number>();
  const took: number[] = [];
  const consumer = kafka.consumer({ groupId: `bench-round-trip-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void took.push(performance.now() - sentAt.get(String(message.key))!) });
  const producer = platformProducer(kafka);
  await producer.connect();
  await sleep(3000); // the group's first assignment
  const total = Math.round(rate * seconds);
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = begin + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    const key = randomUUID();
    sentAt.set(key, performance.now());
    void producer.send({ topic, acks: -1, messages: [{ key, value: '{}' }] });
  }
  const deadline = Date.now() + 60_000;
  while (took.length < total && Date.now() < deadline) await sleep(50);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return summary(took);
}

/** kafkajs alone sending these batches one after another with the platform's producer settings: messages/s. */
export async function rawSend(kafka: Kafka, topic: string, batches: Message[][]): Promise<number> {
  await createTopic(kafka, topic);
  const producer = platformProducer(kafka);
  await producer.connect();
  const start = performance.now();
  for (const messages of batches) await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
  const seconds = (performance.now() - start) / 1000;
  await producer.disconnect();
  return batches.reduce((sum, b) => sum + b.length, 0) / seconds;
}

/** kafkajs alone consuming the topics from the beginning to their current end in a new group: messages/s. */
export async function rawConsume(kafka: Kafka, topics: string[]): Promise<{ messages: number; perSecond: number }> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) if (BigInt(p.high) > BigInt(p.low)) ends.set(`${topic}:${p.partition}`, BigInt(p.high));
  }
  const groupId = `bench-raw-consume-${randomUUID()}`;
  // Timed from joining the group, as a rebuild is.
  const start = performance.now();
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  const reached = new Map<string, bigint>();
  let messages = 0;
  await consumer.run({
    eachBatch: async ({ batch }) => {
      messages += batch.messages.length;
      reached.set(`${batch.topic}:${batch.partition}`, BigInt(batch.lastOffset()) + 1n);
    },
  });
  const done = () => [...ends].every(([key, end]) => (reached.get(key) ?? 0n) >= end);
  const deadline = Date.now() + 10 * 60_000;
  while (!done() && Date.now() < deadline) await sleep(20);
  const seconds = (performance.now() - start) / 1000;
  await consumer.disconnect();
  await admin.deleteGroups([groupId]).catch(() => undefined);
  await admin.disconnect();
  return { messages, perSecond: messages / seconds };
}
