// Regenerates deploy/k8s/base/kafka/topics.yaml from the event definitions: npm run contracts:kafka-topics
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { kafkaTopicManifests } from './kafka-topics';
import { ALL_EVENTS } from './src/catalog';

writeFileSync(path.join(__dirname, '..', '..', '..', 'deploy', 'k8s', 'base', 'kafka', 'topics.yaml'), kafkaTopicManifests(ALL_EVENTS));
