import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { eventually } from '../support/eventually';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { requiredInfrastructure } from '../support/test-namespace';

/** The value of the series with these labels (among others), or undefined when Prometheus text has none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('foundation: operating a service — Prometheus metrics on /metrics, readiness', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatform('operating', ['grants', 'indicators']);
  });
  afterAll(async () => platform?.stop());

  const scrape = async (service: 'directory' | 'grants' | 'indicators') => {
    const response = await fetch(`${platform.url(service)}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('is public, and left out of the OpenAPI document', async () => {
    const document = (await (await fetch(`${platform.url('grants')}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(document.paths['/metrics']).toBeUndefined();
    expect(await scrape('grants')).toContain('# TYPE process_cpu_seconds_total counter');
  });

  it('times requests by route template and status, not by raw path', async () => {
    const { access_token } = await platform.signIn(DEMO_USERS['program-manager']);
    const before = sample(await scrape('grants'), 'tributary_http_request_duration_seconds_count', { method: 'GET', route: '/projects/:id', status: '404', service: 'grants' }) ?? 0;
    for (const id of ['no-such-project-1', 'no-such-project-2']) {
      const response = await fetch(`${platform.url('grants')}/projects/${id}`, { headers: { authorization: `Bearer ${access_token}` } });
      expect(response.status).toBe(404);
    }
    await fetch(`${platform.url('grants')}/no-such-route/12345`);
    const text = await scrape('grants');
    expect(sample(text, 'tributary_http_request_duration_seconds_count', { method: 'GET', route: '/projects/:id', status: '404' })).toBe(before + 2);
    expect(sample(text, 'tributary_http_request_duration_seconds_bucket', { route: '/projects/:id', status: '404', le: '+Inf' })).toBe(before + 2);
    expect(text).not.toContain('no-such-project-1');
    expect(text).not.toContain('12345');
  });

  it('counts the events each group handled, their delay, and the group lag down to zero', async () => {
    // The demo directory's organisations reach the grants service as events.
    const text = await eventually(async () => {
      const current = await scrape('grants');
      const labels = { group: 'grants.directory-organisations', type: 'directory.organisation.registered' };
      expect(sample(current, 'tributary_events_handled_total', labels)).toBeGreaterThan(0);
      expect(sample(current, 'tributary_event_handling_delay_seconds_count', labels)).toBeGreaterThan(0);
      const lag = sample(current, 'tributary_consumer_lag_messages', { group: 'grants.directory-organisations', topic: 'directory.organisation.v1', partition: '0' });
      expect(lag).toBe(0);
      return current;
    }, 30000);
    for (const family of ['tributary_event_retries_total', 'tributary_events_dead_lettered_total']) expect(text).toContain(`# TYPE ${family} counter`);
  });

  it('shows the outbox drained, and what the relay published', async () => {
    await eventually(async () => {
      const text = await scrape('directory');
      expect(sample(text, 'tributary_outbox_pending_aggregates', { collection: 'organisations', service: 'directory' })).toBe(0);
      expect(sample(text, 'tributary_outbox_oldest_pending_age_seconds', { collection: 'organisations' })).toBe(0);
      expect(sample(text, 'tributary_outbox_events_published_total', { topic: 'directory.organisation.v1' })).toBeGreaterThan(0);
    }, 30000);
  });

  it('shows a read-model switch by another instance, and stays ready through it (its reads are whole)', async () => {
    const client = await MongoClient.connect(requiredInfrastructure().mongoUrl);
    const pointer = client.db(platform.databases.grants).collection<{ _id: string }>('read_model_generation');
    const switching = async () => sample(await scrape('grants'), 'tributary_read_models_switching');
    try {
      // What a rebuilding instance writes before its last catch-up.
      await pointer.updateOne({ _id: 'current' }, { $set: { switchingTo: 1, switchingSince: Date.now() }, $setOnInsert: { generation: 0 } }, { upsert: true });
      await eventually(async () => expect(await switching()).toBe(1), 10000);
      expect((await fetch(`${platform.url('grants')}/health/ready`)).status).toBe(200);
      await pointer.updateOne({ _id: 'current' }, { $unset: { switchingTo: '', switchingSince: '' } });
      await eventually(async () => expect(await switching()).toBe(0), 10000);
      expect(sample(await scrape('grants'), 'tributary_read_models_generation')).toBe(0);
    } finally {
      await client.close();
    }
  });

  it('serves every metric family the Grafana dashboard and the alert rules use', async () => {
    const observability = path.join(__dirname, '..', '..', 'deploy', 'observability');
    const used = [
      readFileSync(path.join(observability, 'grafana', 'tributary.json'), 'utf8'),
      readFileSync(path.join(observability, 'prometheus', 'alerts.yml'), 'utf8'),
    ].join('\n');
    const families = new Set([...used.matchAll(/\b((?:tributary|process|nodejs)_\w+)/g)].map((m) => m[1].replace(/_(bucket|count|sum)$/, '')));
    const served = (await Promise.all((['directory', 'grants', 'indicators'] as const).map(scrape))).join('\n');
    expect(families.size).toBeGreaterThan(10);
    for (const family of families) expect({ family, served: served.includes(`# TYPE ${family} `) }).toEqual({ family, served: true });
  });
});
