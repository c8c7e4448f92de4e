// Event backbone benchmark (a script, not a test): relay throughput from outbox to Kafka (P2) beside
// a raw kafkajs producer sending the same messages with the same settings, and the latency from a
// state write to the consumer's handler at a steady request rate.
//   npm run bench -- backbone
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { EventEnvelope } from '@tributary/contracts';
import { EventFactory, KafkaConnection, OutboxRelay } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { Connection } from 'mongoose';
import { TallyIncremented } from '../test/backbone/fixture/tally.events';
import { appliedEvents, TallyModule } from '../test/backbone/fixture/tally.module';
import { dropDatabase } from './database';
import { rawSend } from './kafka-baseline';
import { BenchReport, perSecond, times } from './report';
import { startService } from './service';
import { percentile, sleep } from './statistics';

const RELAY_AGGREGATES = Number(process.env.BENCH_RELAY_AGGREGATES ?? 300);
const EVENTS_PER_AGGREGATE = Number(process.env.BENCH_EVENTS_PER_AGGREGATE ?? 10);
const RATE_PER_SECOND = Number(process.env.BENCH_RATE ?? 20);
const LATENCY_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Documents the relay takes per pass (OutboxRelay): the baseline sends the same batches. */
const RELAY_DOCUMENTS_PER_PASS = 50;

async function main() {
  const run = randomUUID().slice(0, 8);
  const report = new BenchReport('backbone', { BENCH_RELAY_AGGREGATES: RELAY_AGGREGATES, BENCH_EVENTS_PER_AGGREGATE: EVENTS_PER_AGGREGATE, BENCH_RATE: RATE_PER_SECOND, BENCH_SECONDS: LATENCY_SECONDS });
  Object.assign(process.env, { MONGO_DB: `bench_backbone_${run}`, KAFKA_TOPIC_PREFIX: `bench.${run}.`, LOG_LEVEL: 'warn' });
  const { app, url } = await startService(TallyModule);
  const db = app.get<Connection>(getConnectionToken()).db!;
  const relay = app.get(OutboxRelay);
  const factory = app.get(EventFactory);

  // 1. Relay throughput: aggregates written with pending events, then drained to Kafka.
  const tallies = db.collection('tallies');
  const documents = RequestContext.run({}, () =>
    Array.from({ length: RELAY_AGGREGATES }, (_, i) => {
      const id = `relay-${i}`;
      const pendingEvents = Array.from({ length: EVENTS_PER_AGGREGATE }, (_, n) =>
        factory.create({ definition: TallyIncremented, subject: id, sequence: n + 1, data: { amount: 1 } }),
      );
      return { _id: id as never, version: EVENTS_PER_AGGREGATE, total: EVENTS_PER_AGGREGATE, pendingEvents, hasPendingEvents: true };
    }),
  );
  await tallies.insertMany(documents);
  const totalEvents = RELAY_AGGREGATES * EVENTS_PER_AGGREGATE;
  console.error(`relay: ${totalEvents} events pending in ${RELAY_AGGREGATES} aggregates`);
  const consumed = new Promise<void>((resolve) => {
    let seen = 0;
    const onApplied = () => {
      if (++seen >= totalEvents) {
        appliedEvents.off('applied', onApplied);
        resolve();
      }
    };
    appliedEvents.on('applied', onApplied);
  });
  const relayStart = process.hrtime.bigint();
  relay.nudge();
  while ((await tallies.countDocuments({ hasPendingEvents: true })) > 0) await sleep(20);
  const relaySeconds = Number(process.hrtime.bigint() - relayStart) / 1e9;

  console.error(`relay: drained in ${relaySeconds.toFixed(2)} s; waiting for the consumer`);
  // The baseline: the same messages, as the relay builds them, in the batches of its passes.
  const batches = [];
  for (let i = 0; i < documents.length; i += RELAY_DOCUMENTS_PER_PASS) {
    batches.push(documents.slice(i, i + RELAY_DOCUMENTS_PER_PASS).flatMap((d) => d.pendingEvents.map((event) => ({
      key: event.subject, value: JSON.stringify(event), headers: { 'event-id': event.id, 'event-type': event.type, 'correlation-id': event.correlationId },
    }))));
  }
  const rawRate = await rawSend(app.get(KafkaConnection).kafka, `bench.${run}.raw-relay`, batches);
  // Let the consumer finish the relay batch before timing single writes.
  await consumed;
  const consumeSeconds = Number(process.hrtime.bigint() - relayStart) / 1e9;
  console.error(`consumer: applied all ${totalEvents} events ${consumeSeconds.toFixed(2)} s after the relay started`);

  console.error('latency: writing');
  // 2. Write-to-handler latency at a steady rate over HTTP.
  const latencies: number[] = [];
  const pending = new Map<string, number>();
  appliedEvents.on('applied', (event: EventEnvelope) => {
    const startedAt = pending.get(event.subject);
    if (startedAt !== undefined) {
      latencies.push(performance.now() - startedAt);
      pending.delete(event.subject);
    }
  });
  const writes = RATE_PER_SECOND * LATENCY_SECONDS;
  const interval = 1000 / RATE_PER_SECOND;
  const begin = performance.now();
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < writes; i++) {
    const due = begin + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const id = `latency-${i}`;
    pending.set(id, performance.now());
    requests.push(
      fetch(`${url}/tallies/${id}/increments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ amount: 1 }),
      }),
    );
  }
  await Promise.all(requests);
  const deadline = Date.now() + 30000;
  while (latencies.length < writes && Date.now() < deadline) await sleep(50);
  latencies.sort((a, b) => a - b);

  const result = {
    relay: { events: totalEvents, seconds: Number(relaySeconds.toFixed(2)), eventsPerSecond: Math.round(totalEvents / relaySeconds) },
    consumer: { events: totalEvents, eventsPerSecond: Math.round(totalEvents / consumeSeconds) },
    writeToHandler: {
      ratePerSecond: RATE_PER_SECOND,
      writes,
      handled: latencies.length,
      p50ms: Number(percentile(latencies, 50).toFixed(1)),
      p99ms: Number(percentile(latencies, 99).toFixed(1)),
      maxMs: Number(latencies[latencies.length - 1].toFixed(1)),
    },
  };
  console.log(JSON.stringify(result, null, 2));
  report.add({
    figure: `P2 relay, outbox → Kafka: ${totalEvents.toLocaleString('en')} events pending in ${RELAY_AGGREGATES} aggregates`,
    measured: `**${perSecond(result.relay.eventsPerSecond, 'events')}**`, baseline: `kafkajs producer, same messages, batches and settings: ${perSecond(rawRate, 'events')}`,
    ratio: times(result.relay.eventsPerSecond, rawRate), target: '≥ 0.5× baseline', met: result.relay.eventsPerSecond >= 0.5 * rawRate ? 'met' : 'not met',
  });
  report.note(`consumer, Kafka → idempotent read-model write while the relay drains: ${perSecond(result.consumer.eventsPerSecond, 'events')}`);
  report.note(`write → handler at ${RATE_PER_SECOND} writes/s over HTTP (${writes} writes): p50 ${result.writeToHandler.p50ms} ms, p99 ${result.writeToHandler.p99ms} ms, max ${result.writeToHandler.maxMs} ms`);
  report.write();
  await app.close();
  await dropDatabase(process.env.MONGO_DB!);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
