import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { localBroker } from '../infrastructure/local-servers';
import { eventually } from '../support/eventually';
import { expectNoDeadLetters, groupProgress, produceRaw, readTopic } from '../support/kafka-probe';
import { exited, RunningService, startService } from '../support/service-processes';
import { requiredInfrastructure, testNamespace } from '../support/test-namespace';

const FIXTURE = { fixture: 'test/backbone/fixture/main.js' };

interface Total {
  _id: string;
  total: number;
  events: number;
}

/**
 * One fixture deployment: its own database and topics, restartable on the same port. Only the
 * deployment that sends poison on purpose may dead-letter.
 */
function deployment(suite: string, deadLetters: 'none' | 'expected' = 'none') {
  const ns = testNamespace(suite);
  const env = { MONGO_DB: ns.database('tally'), KAFKA_TOPIC_PREFIX: ns.topicPrefix };
  const topic = `${ns.topicPrefix}test.tally.v1`;
  let port: string | undefined;
  let running: RunningService | undefined;
  return {
    topic,
    deadLetters: `${ns.topicPrefix}tally-projector.dead-letter.v1`,
    group: `${ns.topicPrefix}tally-projector`,
    async start(extra: Record<string, string> = {}): Promise<RunningService> {
      running = await startService(FIXTURE, { ...env, ...(port ? { PORT: port } : {}), ...extra });
      port = new URL(running.url).port;
      return running;
    },
    get service(): RunningService {
      if (!running) throw new Error('not started');
      return running;
    },
    async stop(): Promise<void> {
      await running?.stop();
    },
    async finish(): Promise<void> {
      try {
        if (deadLetters === 'none') await expectNoDeadLetters(ns.topicPrefix);
      } finally {
        await ns.dropAll();
      }
    },
    async increment(id: string, amount: number, headers: Record<string, string> = {}): Promise<Response> {
      return fetch(`${this.service.url}/tallies/${id}/increments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ amount }),
      });
    },
    async totals(): Promise<Total[]> {
      return (await (await fetch(`${this.service.url}/totals`)).json()) as Total[];
    },
    async tallyDocument(id: string) {
      const client = await MongoClient.connect(requiredInfrastructure().mongoUrl);
      try {
        return await client.db(env.MONGO_DB).collection<{ _id: string; total: number; pendingEvents: unknown[]; hasPendingEvents: boolean }>('tallies').findOne({ _id: id });
      } finally {
        await client.close();
      }
    },
  };
}

describe('event backbone (real Kafka, real MongoDB-wire server, fixture service as its own process)', () => {
  const started: ReturnType<typeof deployment>[] = [];
  const deploy = (suite: string, deadLetters?: 'expected') => {
    const d = deployment(suite, deadLetters);
    started.push(d);
    return d;
  };
  afterAll(() => Promise.all(started.map(async (d) => {
    await d.stop();
    await d.finish();
  })));

  it('publishes after a restart an event whose process was killed between the state write and the publish, and counts it once', async () => {
    const d = deploy('crash before publish');
    const doomed = await d.start({ TRIBUTARY_FAILPOINTS: 'outbox.before-publish' });
    await d.increment('kita', 7).catch(() => null);
    await exited(doomed.process);

    expect(await d.tallyDocument('kita')).toMatchObject({ total: 7, pendingEvents: [expect.anything()] });
    expect(await readTopic(d.topic)).toHaveLength(0);

    await d.start();
    await eventually(async () => expect(await d.totals()).toEqual([{ _id: 'kita', total: 7, events: 1 }]));
    expect(await readTopic(d.topic)).toHaveLength(1);
    await eventually(async () => expect(await d.tallyDocument('kita')).toMatchObject({ pendingEvents: [], hasPendingEvents: false }));
  });

  it('counts once an event published twice because the process died before marking it published', async () => {
    const d = deploy('crash after publish');
    const doomed = await d.start({ TRIBUTARY_FAILPOINTS: 'outbox.after-publish' });
    await d.increment('mopti', 12).catch(() => null);
    await exited(doomed.process);
    expect(await d.tallyDocument('mopti')).toMatchObject({ pendingEvents: [expect.anything()] });

    await d.start();
    await eventually(async () => {
      const records = await readTopic(d.topic);
      expect(records).toHaveLength(2);
      expect(new Set(records.map((r) => JSON.parse(r.value).id)).size).toBe(1);
    });
    await eventually(async () => expect(await groupProgress(d.group, d.topic)).toMatchObject({ committed: 2, end: 2 }));
    expect(await d.totals()).toEqual([{ _id: 'mopti', total: 12, events: 1 }]);
  });

  it('counts once an event whose consumer was killed after applying it but before committing the offset', async () => {
    const d = deploy('crash before commit');
    const doomed = await d.start({ TRIBUTARY_FAILPOINTS: 'consumer.before-commit' });
    await d.increment('gao', 3);
    await exited(doomed.process);
    expect(await groupProgress(d.group, d.topic)).toMatchObject({ committed: 0, end: 1 });

    await d.start();
    await eventually(async () => expect(await groupProgress(d.group, d.topic)).toMatchObject({ committed: 1, end: 1 }));
    expect(await d.totals()).toEqual([{ _id: 'gao', total: 3, events: 1 }]);
  });

  it('counts once the same event delivered twice', async () => {
    const d = deploy('duplicate delivery');
    await d.start();
    await d.increment('segou', 4);
    await eventually(async () => expect(await readTopic(d.topic)).toHaveLength(1));
    const [original] = await readTopic(d.topic);
    await produceRaw(d.topic, [{ key: 'segou', value: original.value }]);

    await eventually(async () => expect(await groupProgress(d.group, d.topic)).toMatchObject({ committed: 2, end: 2 }));
    expect(await d.totals()).toEqual([{ _id: 'segou', total: 4, events: 1 }]);
  });

  it('dead-letters a poison message and a schema-invalid one with their errors and processes what comes after', async () => {
    const d = deploy('dead letters', 'expected');
    await d.start();
    await fetch(`${d.service.url}/tallies/poisoned/poison`, { method: 'POST' });
    const invalid = {
      id: randomUUID(), type: 'test.tally.incremented', version: 1, source: 'tally', subject: 'bad', sequence: 1,
      time: new Date().toISOString(), correlationId: 'c', causationId: null, actor: { userId: 'u', organisationId: null },
      data: { amount: -5 },
    };
    await produceRaw(d.topic, [
      { key: 'bad', value: JSON.stringify(invalid) },
      { key: 'junk', value: 'not json at all' },
    ]);
    await d.increment('after', 9);

    await eventually(async () => expect(await d.totals()).toEqual([{ _id: 'after', total: 9, events: 1 }]));
    const dead = await eventually(async () => {
      const records = await readTopic(d.deadLetters);
      expect(records).toHaveLength(3);
      return records;
    });
    const byKey = Object.fromEntries(dead.map((r) => [r.key, r]));
    expect(byKey.poisoned.headers).toMatchObject({ 'dead-letter-kind': 'retries-exhausted', 'original-topic': d.topic });
    expect(byKey.poisoned.headers['dead-letter-error']).toContain('this event can never be processed');
    expect(byKey.bad.headers['dead-letter-kind']).toBe('invalid');
    expect(byKey.bad.headers['dead-letter-error']).toContain('/amount');
    expect(JSON.parse(byKey.bad.value)).toEqual(invalid);
    expect(byKey.junk).toMatchObject({ value: 'not json at all', headers: { 'dead-letter-kind': 'invalid' } });
  });

  it('keeps one event per accepted write when writers race on one aggregate', async () => {
    const d = deploy('racing writers');
    await d.start();
    const statuses = await Promise.all(Array.from({ length: 20 }, () => d.increment('hombori', 1).then((r) => r.status)));
    const accepted = statuses.filter((s) => s === 201).length;
    expect(accepted).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);

    await eventually(async () => expect(await d.totals()).toEqual([{ _id: 'hombori', total: accepted, events: accepted }]));
    const events = (await readTopic(d.topic)).map((r) => JSON.parse(r.value));
    expect(new Set(events.map((e) => e.id)).size).toBe(accepted);
    expect(events.map((e) => e.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: accepted }, (_, i) => i + 1));
    expect(await d.tallyDocument('hombori')).toMatchObject({ total: accepted, pendingEvents: [], hasPendingEvents: false });
  });

  const withLocalBroker = localBroker.available() ? it : it.skip;
  withLocalBroker('accepts writes while the broker is down and publishes every event when it is back', async () => {
    const d = deploy('broker outage');
    await d.start();
    await d.increment('kidal', 1);
    await eventually(async () => expect(await d.totals()).toHaveLength(1));

    await localBroker.stop();
    try {
      for (let i = 0; i < 5; i++) expect((await d.increment('kidal', 10)).status).toBe(201);
      expect(await d.tallyDocument('kidal')).toMatchObject({ total: 51 });
      expect((await d.tallyDocument('kidal'))?.pendingEvents.length).toBeGreaterThan(0);
    } finally {
      await localBroker.start();
    }
    await eventually(async () => expect(await d.totals()).toEqual([{ _id: 'kidal', total: 51, events: 6 }]), 90000, 500);
    expect(await readTopic(d.topic)).toHaveLength(6);
  });

  it('rebuilds the read model from the topics, while writes go on, identical to the one built live', async () => {
    const d = deploy('replay');
    await d.start();
    const expected = new Map<string, { total: number; events: number }>();
    const add = async (id: string, amount: number) => {
      expect((await d.increment(id, amount)).status).toBe(201);
      const e = expected.get(id) ?? { total: 0, events: 0 };
      expected.set(id, { total: e.total + amount, events: e.events + 1 });
    };
    const cercles = ['tombouctou', 'dire', 'goundam', 'niafunke', 'gourma-rharous'];
    for (let i = 0; i < 40; i++) await add(cercles[i % cercles.length], 1 + (i % 7));
    const expectedTotals = () =>
      [...expected].map(([_id, v]) => ({ _id, ...v })).sort((a, b) => a._id.localeCompare(b._id));
    await eventually(async () => expect(await d.totals()).toEqual(expectedTotals()));
    const live = await d.totals();

    const rebuild = fetch(`${d.service.url}/rebuild`, { method: 'POST' }).then((r) => r.json());
    for (let i = 0; i < 10; i++) await add(cercles[i % cercles.length], 2);
    const report = (await rebuild) as { generation: number; eventsReplayed: number };
    expect(report.generation).toBe(1);
    expect(report.eventsReplayed).toBeGreaterThanOrEqual(40);

    await eventually(async () => expect(await d.totals()).toEqual(expectedTotals()));
    expect(live).not.toEqual(await d.totals()); // the writes during the rebuild are in the new generation
  });

  it('carries the correlation id and the trace from the request into the event, the event it causes, and the log lines', async () => {
    const d = deploy('correlation');
    await d.start({ LOG_LEVEL: 'info' });
    const correlationId = `req-${randomUUID()}`;
    const traceId = randomBytes(16).toString('hex');
    expect((await d.increment('bourem', 150, { 'x-correlation-id': correlationId, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` })).status).toBe(201);

    const records = await eventually(async () => {
      const found = await readTopic(d.topic);
      expect(found).toHaveLength(2);
      return found;
    });
    for (const record of records) expect(record.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const events = records.map((r) => JSON.parse(r.value));
    const incremented = events.find((e) => e.type === 'test.tally.incremented');
    const milestone = events.find((e) => e.type === 'test.tally.milestone-reached');
    expect(incremented.correlationId).toBe(correlationId);
    expect(milestone).toMatchObject({ correlationId, causationId: incremented.id, data: { total: 150 } });

    const lines = d.service
      .output()
      .split('\n')
      .filter((line) => line.includes(correlationId))
      .map((line) => JSON.parse(line));
    expect(lines.some((l) => l.req?.url === '/tallies/bourem/increments')).toBe(true);
    expect(lines.some((l) => l.context === 'TallyProjector' && l.msg.includes(incremented.id) && l.traceId === traceId)).toBe(true);
  });
});
