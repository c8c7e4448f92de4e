import { randomUUID } from 'node:crypto';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { eventually } from '../support/eventually';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { ServiceName } from '../support/service-processes';

type Trail = { subject: string; entries: { type: string; time: string; actor: { userId: string; organisationId: string | null }; correlationId: string; changes: { field: string; before: unknown; after: unknown }[] }[] };

/**
 * Each service's audit trail, built from its events: who changed a record, when, each field from
 * what to what, with the correlation id; scoped exactly like the record; exportable as CSV.
 */
describe('audit trail', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let subGrantId: string;
  let activityId: string;

  const call = (who: string, service: ServiceName, path: string, init: RequestInit = {}) =>
    fetch(`${platform.url(service)}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}`, 'accept-language': 'en', ...init.headers },
    });
  const trail = async (who: string, service: ServiceName, subject: string) => {
    const response = await call(who, service, `/audit?subject=${encodeURIComponent(subject)}`);
    return { status: response.status, body: (await response.json()) as Trail };
  };

  beforeAll(async () => {
    platform = await startPlatform('audit trail', ['grants', 'activities']);
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    subGrantId = setUp.subGrant.id;
    activityId = randomUUID();
    await eventually(async () => expect((await call('cso-reporter', 'activities', `/activities/${activityId}`, {
      method: 'PUT',
      body: JSON.stringify({ subGrantId, type: 'study', title: 'Groupes de discussion', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180 }),
    })).status).toBe(201), 30000, 250);
    const draft = (await (await call('cso-reporter', 'activities', `/activities/${activityId}/report`, {
      method: 'PUT',
      body: JSON.stringify({ version: 1, actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06', participants: { total: 188, cells: AMSS_FOCUS_GROUP_CELLS }, outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }], narrative: 'Groupes de discussion' }),
    })).json()) as { version: number };
    await call('cso-reporter', 'activities', `/activities/${activityId}/report/submit`, { method: 'POST', body: JSON.stringify({ version: draft.version }), headers: { 'x-correlation-id': 'submit-amss-report-1' } });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('tells a program manager who took a sub-grant through each step, when, and what each step changed', async () => {
    const { body } = await eventually(async () => {
      const found = await trail('program-manager', 'grants', subGrantId);
      expect(found.status).toBe(200);
      expect(found.body.entries.map((e) => e.type)).toEqual(expect.arrayContaining(['grants.subgrant.activated']));
      return found;
    }, 30000, 250);
    expect(body.entries.map((e) => e.type)).toEqual(['grants.subgrant.drafted', 'grants.subgrant.submitted', 'grants.subgrant.approved', 'grants.subgrant.activated']);
    for (const entry of body.entries) expect(entry.actor).toEqual({ userId: 'user-pm-fhi360', organisationId: 'org-fhi360' });
    const times = body.entries.map((e) => e.time);
    expect([...times].sort()).toEqual(times);
    expect(body.entries[2].changes).toEqual(expect.arrayContaining([{ field: 'status', before: 'submitted', after: 'approved' }]));
  });

  it('follows an activity report with the correlation id of the request that changed it', async () => {
    const { body } = await eventually(async () => {
      const found = await trail('cso-reporter', 'activities', activityId);
      expect(found.body.entries?.map((e) => e.type)).toContain('activities.activity.report-submitted');
      return found;
    }, 30000, 250);
    const submitted = body.entries.find((e) => e.type === 'activities.activity.report-submitted')!;
    expect(submitted.correlationId).toBe('submit-amss-report-1');
    expect(submitted.actor).toEqual({ userId: 'user-reporter-amss', organisationId: 'org-amss' });
  });

  it('exports the history as CSV, one row per changed field', async () => {
    const response = await call('program-manager', 'grants', `/audit.csv?subject=${subGrantId}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await response.text()).trim().split('\n');
    expect(rows[0]).toBe('time,event,user,organisation,field,before,after,correlation_id');
    expect(rows.some((row) => row.includes('grants.subgrant.approved') && row.includes(',status,"""submitted""","""approved""",'))).toBe(true);
  });

  it('shows a trail exactly to those who may read the record, and answers 404 otherwise', async () => {
    const records: [ServiceName, string, string][] = [
      ['grants', subGrantId, `/sub-grants/${subGrantId}`],
      ['grants', projectId, `/projects/${projectId}`],
      ['activities', activityId, `/activities/${activityId}`],
    ];
    for (const [service, subject, path] of records) {
      for (const role of Object.keys(DEMO_USERS)) {
        const record = (await call(role, service, path)).status;
        const audit = (await trail(role, service, subject)).status;
        expect(`${role} ${path} ${audit}`).toBe(`${role} ${path} ${record === 200 ? 200 : 404}`);
      }
    }
    expect((await trail('admin', 'grants', 'no-such-record')).status).toBe(404);
  });
});
