import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { requiredInfrastructure } from './test-namespace';

export interface TopicRecord {
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

function client(): Kafka {
  return new Kafka({ brokers: requiredInfrastructure().kafkaBrokers.split(','), logLevel: logLevel.NOTHING, clientId: 'test-probe' });
}

/** Everything in a topic right now, read without a consumer group. */
export async function readTopic(topic: string, timeoutMs = 20000): Promise<TopicRecord[]> {
  const kafka = client();
  const admin = kafka.admin();
  await admin.connect();
  const exists = (await admin.listTopics()).includes(topic);
  const ends = exists ? await admin.fetchTopicOffsets(topic) : [];
  await admin.disconnect();
  const total = ends.reduce((sum, p) => sum + (Number(p.high) - Number(p.low)), 0);
  if (total === 0) return [];
  const records: TopicRecord[] = [];
  const consumer = kafka.consumer({ groupId: `probe-${Math.random().toString(36).slice(2)}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${records.length} of ${total} records of ${topic}`)), timeoutMs);
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        records.push({
          key: message.key ? String(message.key) : null,
          value: String(message.value),
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
          partition,
          offset: message.offset,
        });
        if (records.length >= total) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return records;
}

export async function produceRaw(topic: string, messages: { key: string; value: string }[]): Promise<void> {
  const producer = client().producer();
  await producer.connect();
  await producer.send({ topic, acks: -1, messages });
  await producer.disconnect();
}

/** Offsets a consumer group has committed, summed over partitions, and the topic's end. */
export async function groupProgress(groupId: string, topic: string): Promise<{ committed: number; end: number }> {
  const admin = client().admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const ends = await admin.fetchTopicOffsets(topic);
    return {
      committed: (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0),
      end: ends.reduce((sum, p) => sum + Number(p.high), 0),
    };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Fails naming each dead letter under the topic prefix. Consumers dead-letter only what they can
 * never process, so outside the tests that send poison on purpose a dead letter is a bug: every
 * suite checks its own prefix when it is done.
 */
export async function expectNoDeadLetters(topicPrefix: string): Promise<void> {
  const admin = client().admin();
  await admin.connect();
  const topics = (await admin.listTopics().finally(() => admin.disconnect())).filter((t) => t.startsWith(topicPrefix) && t.includes('.dead-letter.'));
  const letters = (await Promise.all(topics.map(async (topic) => (await readTopic(topic)).map((record) => ({ topic, record }))))).flat();
  if (letters.length === 0) return;
  const described = letters.slice(0, 10).map(({ topic, record: { headers } }) =>
    `${topic}: ${headers['original-topic']}@${headers['original-offset']} (${headers['dead-letter-kind']}): ${headers['dead-letter-error']}`);
  throw new Error(`${letters.length} dead letter(s) under ${topicPrefix}:\n${described.join('\n')}`);
}

/** How many members a consumer group has right now. */
export async function groupMembers(groupId: string): Promise<number> {
  const admin = client().admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups[0]?.members.length ?? 0;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Per consumer group under the prefix (replays and probes aside), how many messages of the topics
 * its members are assigned are not committed yet: a partition never committed counts from its start.
 * A group without members (rebalancing, its service down) is reported with lag -1, as unknown.
 */
export async function consumerLag(topicPrefix: string): Promise<Record<string, number>> {
  const admin = client().admin();
  await admin.connect();
  try {
    const names = (await admin.listGroups()).groups
      .map((g) => g.groupId)
      .filter((id) => id.startsWith(topicPrefix) && !id.includes('.replay.'));
    const lag: Record<string, number> = {};
    for (const group of (await admin.describeGroups(names)).groups) {
      const topics = new Set<string>();
      for (const member of group.members) {
        const decoded = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
        Object.keys(decoded?.assignment ?? {}).forEach((topic) => topics.add(topic));
      }
      if (group.state !== 'Stable' || topics.size === 0) {
        lag[group.groupId] = -1;
        continue;
      }
      let behind = 0;
      for (const committed of await admin.fetchOffsets({ groupId: group.groupId, topics: [...topics] })) {
        const ends = new Map((await admin.fetchTopicOffsets(committed.topic)).map((p) => [p.partition, p]));
        for (const p of committed.partitions) {
          const end = ends.get(p.partition)!;
          const from = Number(p.offset) < 0 ? Number(end.low) : Number(p.offset);
          behind += Number(end.high) - from;
        }
      }
      lag[group.groupId] = behind;
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}
