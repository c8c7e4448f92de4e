import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

/** A span as an OTLP/HTTP JSON export carries it (ids in hex), with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  links?: { traceId: string; spanId: string }[];
}

interface ExportRequest {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
  }[];
}

/** The smallest OTLP/HTTP receiver: what a collector would get on /v1/traces. */
async function otlpReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      if (req.url !== '/v1/traces' || !String(req.headers['content-type']).includes('json')) {
        res.writeHead(415).end();
        return;
      }
      for (const resourceSpans of (JSON.parse(text) as ExportRequest).resourceSpans) {
        const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

/**
 * One trace from a report's validation to the indicator values it changes: the caller's
 * traceparent is continued by the activities service, carried in Kafka headers to the indicators
 * service, kept through its value journal, and sent on with the value-change announcement; both
 * services export their spans of it over OTLP.
 */
describe('traces: one trace from a report validated to its indicator values announced', () => {
  let platform: PlatformUnderTest;
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let activityId: string;
  let version: number;

  beforeAll(async () => {
    receiver = await otlpReceiver();
    platform = await startPlatform('traces', ['grants', 'activities', 'indicators'], { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '500' });
    for (const role of ['program-manager', 'me-officer', 'cso-reporter'] as const) tokens[role] = (await platform.signIn(DEMO_USERS[role])).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    await eventually(() => body(platform.client('indicators', tokens['me-officer']).POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OUT-1', title: { fr: 'Participants aux activités', en: 'Activity participants' }, level: 'output', measure: 'unit', direction: 'increase',
        disaggregations: ['sex'], rule: { measure: 'participants' }, targets: [],
      },
    }), 201), 30000, 250);
    activityId = randomUUID();
    const activities = platform.client('activities', tokens['cso-reporter']);
    const ofActivity = { params: { path: { id: activityId } } };
    await eventually(() => body(activities.PUT('/activities/{id}', {
      ...ofActivity,
      body: { subGrantId: setUp.subGrant.id, type: 'study', title: 'Groupes de discussion', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 },
    }), 201), 30000, 250);
    const draft = await body(activities.PUT('/activities/{id}/report', {
      ...ofActivity,
      body: {
        version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06', participants: { total: 188, cells: AMSS_FOCUS_GROUP_CELLS },
        outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'Groupes de discussion dans cinq cercles',
      },
    }), 200);
    version = (await body(activities.POST('/activities/{id}/report/submit', { ...ofActivity, body: { version: draft.version } }), 200)).version;
    // Defining the indicator replays the topics into a new generation of values: the validation
    // comes after it is switched in, so its changes are announced rather than counted by the replay.
    await eventually(async () => {
      const metrics = await (await fetch(`${platform.url('indicators')}/metrics`)).text();
      expect(metrics).toMatch(/^tributary_read_models_generation(\{[^}]*\})? [1-9]/m);
    }, 30000, 250);
  });
  afterAll(async () => {
    await platform?.stop();
    receiver?.server.close();
  });

  it('continues the caller\'s trace from the validation to the value-change events, with spans from both services', async () => {
    const traceId = randomBytes(16).toString('hex');
    const validate = () => fetch(`${platform.url('activities')}/activities/${activityId}/report/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens['program-manager']}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ version }),
    });
    const validated = await validate();
    expect(validated.status).toBe(200);
    expect(validated.headers.get('traceresponse')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    // The caller can quote the trace of a refusal too.
    const refused = await validate();
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ traceId });

    const announcements = await eventually(async () => {
      const found = (await readTopic(`${platform.topicPrefix}indicators.value.v2`))
        .filter((record) => (JSON.parse(record.value) as { data: { projectId: string } }).data.projectId === projectId);
      // Three scopes (sub-grant, project, portfolio) times four periods (202403, 2024Q1, 2024S1, 2024).
      expect(found.length).toBeGreaterThanOrEqual(12);
      return found;
    }, 40000, 250);
    for (const announcement of announcements) expect(announcement.headers.traceparent.split('-')[1]).toBe(traceId);

    const spans = await eventually(() => {
      const ofTrace = receiver.spans.filter((span) => span.traceId === traceId);
      const named = (service: string, name: string) => ofTrace.filter((span) => span.service === service && span.name === name);
      expect(named('activities', 'POST /activities/:id/report/validate')).toHaveLength(2);
      expect(named('activities', 'publish activities.activity.v1')).toHaveLength(1);
      expect(named('indicators', 'process activities.activity.v1')).toHaveLength(1);
      expect(named('indicators', 'write indicator values').length).toBeGreaterThanOrEqual(1);
      expect(named('indicators', 'publish indicators.value.v2').length).toBeGreaterThanOrEqual(12);
      return { all: ofTrace, named };
    }, 30000, 250);

    // One tree: each step's span is the child of the one before it, across processes and Kafka.
    const [publish] = spans.named('activities', 'publish activities.activity.v1');
    const [processed] = spans.named('indicators', 'process activities.activity.v1');
    const writes = spans.named('indicators', 'write indicator values');
    expect(spans.named('activities', 'POST /activities/:id/report/validate').map((s) => s.spanId)).toContain(publish.parentSpanId);
    expect(processed.parentSpanId).toBe(publish.spanId);
    for (const write of writes) expect(write.parentSpanId).toBe(processed.spanId);
    for (const announced of spans.named('indicators', 'publish indicators.value.v2')) expect(writes.map((w) => w.spanId)).toContain(announced.parentSpanId);
    const announcedSpanIds = new Set(spans.named('indicators', 'publish indicators.value.v2').map((s) => s.spanId));
    for (const announcement of announcements) expect(announcedSpanIds).toContain(announcement.headers.traceparent.split('-')[2]);

    // The batch that carried the event, possibly with events of other traces, links to each.
    const batches = receiver.spans.filter((span) => span.service === 'indicators' && span.name === 'receive activities.activity.v1');
    expect(batches.some((batch) => batch.links?.some((link) => link.traceId === traceId && link.spanId === publish.spanId))).toBe(true);
  }, 60000);

  it('names the trace of every answer, refusals before any handler included, as the OpenAPI document says', async () => {
    const document = (await (await fetch(`${platform.url('activities')}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    const validate = document.paths['/activities/{id}/report/validate'].post;
    for (const status of ['200', '401', '409']) expect(validate.responses[status].headers?.traceresponse).toEqual({ $ref: '#/components/headers/traceresponse' });
    const unauthenticated = await fetch(`${platform.url('activities')}/activities/${activityId}/report/validate`, { method: 'POST' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('traceresponse')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect((await fetch(`${platform.url('activities')}/health/live`)).headers.get('traceresponse')).toBeNull();
  });
});
