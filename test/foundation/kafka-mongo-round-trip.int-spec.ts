import { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { KafkaConnection } from '@tributary/messaging';
import { Connection } from 'mongoose';
import request from 'supertest';
import { GrantsModule } from '../../apps/grants/src/grants.module';
import { bootService } from '../support/service-under-test';
import { expectNoDeadLetters } from '../support/kafka-probe';
import { testNamespace } from '../support/test-namespace';

describe('foundation: a service writes to MongoDB and round-trips an event through Kafka', () => {
  const ns = testNamespace('round trip');
  let app: INestApplication;

  beforeAll(async () => {
    app = await bootService(GrantsModule, { MONGO_DB: ns.database('grants'), KAFKA_TOPIC_PREFIX: ns.topicPrefix });
  });
  afterAll(async () => {
    await app?.close();
    try {
      await expectNoDeadLetters(ns.topicPrefix);
    } finally {
      await ns.dropAll();
    }
  });

  it('stores a document and reads back the event it published', async () => {
    const mongo = app.get<Connection>(getConnectionToken());
    const kafka = app.get(KafkaConnection);
    const topic = kafka.topic('foundation.probe.v1');
    await kafka.ensureTopics([topic]);

    const written = await mongo.collection('probes').insertOne({ cercle: 'ML0701', participants: 188 });
    const stored = await mongo.collection('probes').findOne({ _id: written.insertedId });
    expect(stored).toMatchObject({ cercle: 'ML0701', participants: 188 });

    const consumer = kafka.kafka.consumer({ groupId: `${ns.topicPrefix}probe-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = new Promise<{ key: string; value: unknown }>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) =>
          resolve({ key: String(message.key), value: JSON.parse(String(message.value)) }),
      });
    });

    const producer = await kafka.producer();
    await producer.send({
      topic,
      messages: [{ key: String(written.insertedId), value: JSON.stringify({ participants: stored?.participants }) }],
    });

    await expect(received).resolves.toEqual({ key: String(written.insertedId), value: { participants: 188 } });
    await consumer.disconnect();
  });

  it('reports both servers and its event consumer up on GET /health (readiness) and GET /health/ready', async () => {
    for (const path of ['/health', '/health/ready']) {
      const response = await request(app.getHttpServer()).get(path).expect(200);
      expect(response.body.details).toEqual({ mongodb: { status: 'up' }, kafka: { status: 'up' }, events: { status: 'up' } });
    }
  });
});
