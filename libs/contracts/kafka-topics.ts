import { stringify } from 'yaml';
import { EventDefinition } from './src/envelope/event-envelope';

/** The Strimzi cluster the topics belong to (deploy/k8s/base/kafka/kafka.yaml). */
export const KAFKA_CLUSTER = 'tributary';

/** As the services create a missing topic themselves (KafkaConnection.ensureTopics). */
const PARTITIONS = 3;

/**
 * One Strimzi KafkaTopic per event topic of the catalogue, so a deployment's topics come from the
 * same definitions as the events and the AsyncAPI document: kept forever (events are the source
 * of every read model and replay), three replicas, writes acknowledged by two of them.
 */
export function kafkaTopicManifests(events: readonly EventDefinition[]): string {
  const topics = [...new Set(events.map((event) => event.topic))].sort();
  const header = '# Generated from the event definitions in libs/contracts: npm run contracts:kafka-topics\n';
  return header + topics
    .map((topic) => stringify({
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaTopic',
      metadata: { name: topic, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER, 'app.kubernetes.io/part-of': 'tributary' } },
      spec: {
        topicName: topic,
        partitions: PARTITIONS,
        replicas: 3,
        config: { 'retention.ms': -1, 'min.insync.replicas': 2, 'cleanup.policy': 'delete' },
      },
    }))
    .join('---\n');
}
