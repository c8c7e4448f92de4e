import { exited, RunningService, ServiceName, spawnService, startService } from '../support/service-processes';
import { eventually } from '../support/eventually';
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
    await ns.dropDatabases();
  });

  it.each(SERVICES)('%s reports MongoDB and Kafka up', async (name) => {
    const service = running.find((s) => s.name === name)!;
    const response = await fetch(`${service.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
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

  it('refuses to start with a bad variable and names it', async () => {
    const { process: child, output } = spawnService('indicators', { PORT: 'not-a-port', MONGO_DB: ns.database('bad') });
    expect(await exited(child)).not.toBe(0);
    expect(output()).toMatch(/Invalid configuration: PORT/);
  });
});
