import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kafkaTopicManifests } from './kafka-topics';
import { ALL_EVENTS } from './src/catalog';

describe('Kafka topics of the Kubernetes deployment (deploy/k8s/base/kafka/topics.yaml)', () => {
  const file = path.join(__dirname, '..', '..', 'deploy', 'k8s', 'base', 'kafka', 'topics.yaml');
  const committed = readFileSync(file, 'utf8');

  it('are the ones generated from the event definitions (run npm run contracts:kafka-topics after a change)', () => {
    expect(committed).toBe(kafkaTopicManifests(ALL_EVENTS));
  });

  it('hold every event topic once, kept forever', () => {
    const topics = parseAllDocuments(committed).map((document) => document.toJS());
    expect(topics.map((topic) => topic.spec.topicName).sort()).toEqual([...new Set(ALL_EVENTS.map((event) => event.topic))].sort());
    for (const topic of topics) expect(topic).toMatchObject({ kind: 'KafkaTopic', spec: { config: { 'retention.ms': -1 } } });
  });
});
