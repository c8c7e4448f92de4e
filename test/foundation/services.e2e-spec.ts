import { request } from 'node:http';
import { serviceClient } from '@tributary/client';
import { body } from '../support/answers';
import { exited, RunningService, ServiceName, spawnService, startService } from '../support/service-processes';
import { eventually } from '../support/eventually';
import { expectNoDeadLetters } from '../support/kafka-probe';
import { testNamespace } from '../support/test-namespace';

const SERVICES: ServiceName[] = ['directory', 'grants', 'activities', 'indicators'];

describe('foundation: the four services as separate processes', () => {
  const ns = testNamespace('services');
  const running: RunningService[] = [];

  beforeAll(async () => {
    for (const name of SERVICES) {
      running.push(
        await startService(name, {
          MONGO_DB: ns.database(name),
          KAFKA_TOPIC_PREFIX: ns.topicPrefix,
          ...(name === 'grants' ? { LOG_LEVEL: 'info' } : {}),
        }),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(running.map((service) => service.stop()));
    try {
      await expectNoDeadLetters(ns.topicPrefix);
    } finally {
      await ns.dropAll();
    }
  });

  it.each(SERVICES)('%s reports MongoDB and Kafka up', async (name) => {
    const service = running.find((s) => s.name === name)!;
    expect(await body(serviceClient(name, { baseUrl: service.url }).GET('/health'), 200)).toMatchObject({
      status: 'ok',
      details: { mongodb: { status: 'up' }, kafka: { status: 'up' } },
    });
  });

  it.each(SERVICES)('%s serves its OpenAPI document and Swagger UI', async (name) => {
    const service = running.find((s) => s.name === name)!;
    const document = (await (await fetch(`${service.url}/docs-json`)).json()) as {
      openapi: string;
      info: { title: string };
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title.toLowerCase()).toContain(name);
    expect(document.paths['/health']).toBeDefined();
    const ui = await fetch(`${service.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });

  it('logs JSON lines', async () => {
    const service = running.find((s) => s.name === 'grants')!;
    await fetch(`${service.url}/no-such-route`);
    const lines = await eventually(() => {
      const all = service.output().split('\n').filter((line) => line.trim());
      expect(all.some((line) => line.includes('/no-such-route'))).toBe(true);
      return all;
    });
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('answers an unknown route with an RFC 7807 problem in the caller language', async () => {
    const service = running.find((s) => s.name === 'activities')!;
    const response = await fetch(`${service.url}/no-such-route`, { headers: { 'accept-language': 'fr-ML' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Ressource introuvable', instance: '/no-such-route' });
  });

  it.each(SERVICES)('%s answers a method its document does not list for a path with 405 and Allow (TRACE /health was 404)', async (name) => {
    const service = running.find((s) => s.name === name)!;
    // fetch refuses to send TRACE, so plain node:http does.
    const response = await new Promise<{ status?: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const sent = request(`${service.url}/health`, { method: 'TRACE', headers: { 'accept-language': 'en' } }, (answer) => {
        let body = '';
        answer.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: answer.statusCode, headers: answer.headers, body }));
      });
      sent.on('error', reject).end();
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(response.body)).toMatchObject({ status: 405, title: 'Method not allowed here', instance: '/health' });
    expect((await fetch(`${service.url}/health`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${service.url}/health`, { method: 'HEAD' })).status).toBe(200);
  });

  it('refuses to start with a bad variable and names it', async () => {
    const { process: child, output } = spawnService('indicators', { PORT: 'not-a-port', MONGO_DB: ns.database('bad') });
    expect(await exited(child)).not.toBe(0);
    expect(output()).toMatch(/Invalid configuration: PORT/);
  });
});
