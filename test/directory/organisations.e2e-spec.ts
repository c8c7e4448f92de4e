import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

describe('directory: organisations', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startPlatform('organisations');
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
  });
  afterAll(() => platform?.stop());

  const request = (role: string, method: string, path: string, body?: object, language = 'fr') =>
    fetch(`${platform.url('directory')}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[role]}`, 'accept-language': language },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  const gao = { name: 'Jeunesse active de Gao', acronym: 'JAG', kind: 'cso', country: 'ML', regions: ['ML07'] };

  it('lets a program manager register a CSO, verify it, and publishes each step as an event with who and when', async () => {
    const registered = await request('program-manager', 'POST', '/organisations', gao);
    expect(registered.status).toBe(201);
    const organisation = (await registered.json()) as { id: string; version: number; dueDiligence: { status: string } };
    expect(organisation.dueDiligence.status).toBe('pending');

    const verified = await request('program-manager', 'POST', `/organisations/${organisation.id}/due-diligence`, { status: 'verified', version: organisation.version });
    expect(verified.status).toBe(201);
    expect(await verified.json()).toMatchObject({ dueDiligence: { status: 'verified', reviewedBy: 'user-pm-fhi360' } });

    const events = await eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}directory.organisation.v1`)).map((r) => JSON.parse(r.value));
      // The log is at-least-once: a retried publish may repeat an event, never lose or reorder one.
      const mine = [...new Map(all.filter((e) => e.subject === organisation.id).map((e) => [e.id, e])).values()];
      expect(mine).toHaveLength(2);
      return mine;
    });
    expect(events.map((e) => [e.type, e.sequence])).toEqual([
      ['directory.organisation.registered', 1],
      ['directory.organisation.due-diligence-decided', 2],
    ]);
    for (const event of events) expect(event.actor).toEqual({ userId: 'user-pm-fhi360', organisationId: 'org-fhi360' });
    expect(events[1].data).toMatchObject({ status: 'verified', reviewedBy: 'user-pm-fhi360' });
  });

  it('refuses a program manager registering a donor, and a CSO reporter registering anything', async () => {
    expect((await request('program-manager', 'POST', '/organisations', { ...gao, kind: 'donor' })).status).toBe(403);
    expect((await request('cso-reporter', 'POST', '/organisations', gao)).status).toBe(403);
  });

  it('names the offending field in the caller language', async () => {
    const fr = await request('admin', 'POST', '/organisations', { ...gao, regions: ['BF01'] }, 'fr');
    expect(fr.status).toBe(422);
    expect(await fr.json()).toMatchObject({ errors: [{ field: 'regions', message: "La région BF01 n'appartient pas au pays ML" }] });
    const en = await request('admin', 'POST', '/organisations', { ...gao, kind: 'militia', country: 'Mali' }, 'en');
    expect(en.status).toBe(400);
    const body = (await en.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['country', 'kind']);
    expect(body.errors.find((e) => e.field === 'kind')?.message).toContain('must be one of');
  });

  it('refuses contactEmail: null naming the field (it once reached the event schema and answered 500)', async () => {
    const response = await request('admin', 'POST', '/organisations', { ...gao, name: 'Radio Jamana', contactEmail: null }, 'en');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'contactEmail', message: 'must be text' }] });
  });

  it('gives the length in a length rule, in French and English (it once read "at least or characters")', async () => {
    const fr = await request('admin', 'POST', '/organisations', { ...gao, name: 'J' }, 'fr');
    expect(fr.status).toBe(400);
    expect(await fr.json()).toMatchObject({ errors: [{ field: 'name', message: 'doit compter au moins 2 caractère(s)' }] });
    const en = await request('admin', 'POST', '/organisations', { ...gao, name: 'J'.repeat(201) }, 'en');
    expect(await en.json()).toMatchObject({ errors: [{ field: 'name', message: 'must be at most 200 character(s) long' }] });
  });

  it('refuses a second organisation with the same name, acronym and country, naming the first', async () => {
    const first = (await (await request('admin', 'POST', '/organisations', { ...gao, name: 'Femmes et Paix de Gao', acronym: 'FPG' })).json()) as { id: string };
    const again = await request('program-manager', 'POST', '/organisations', { ...gao, name: '  femmes et paix  de Gao ', acronym: 'fpg' }, 'en');
    expect(again.status).toBe(409);
    const problem = (await again.json()) as { title: string; errors: { field: string }[] };
    expect(problem.title).toContain(first.id);
    expect(problem.title).toContain('Femmes et Paix de Gao');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    // Another acronym or another country is another organisation.
    expect((await request('admin', 'POST', '/organisations', { ...gao, name: 'Femmes et Paix de Gao', acronym: 'FPG-2' })).status).toBe(201);
    expect((await request('admin', 'POST', '/organisations', { ...gao, name: 'Femmes et Paix de Gao', acronym: 'FPG', country: 'NE', regions: [] })).status).toBe(201);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const organisation = (await (await request('admin', 'POST', '/organisations', { ...gao, name: 'Radio Kledu Gao' })).json()) as { id: string; version: number };
    const first = await request('admin', 'PUT', `/organisations/${organisation.id}`, { ...gao, name: 'Radio Kledu', version: organisation.version });
    expect(first.status).toBe(200);
    const stale = await request('admin', 'PUT', `/organisations/${organisation.id}`, { ...gao, name: 'Autre nom', version: organisation.version });
    expect(stale.status).toBe(409);
    expect(await (await request('admin', 'GET', `/organisations/${organisation.id}`)).json()).toMatchObject({ name: 'Radio Kledu', version: 2 });
  });

  it('shows a CSO reporter its own organisation only, and another CSO as absent', async () => {
    const list = (await (await request('cso-reporter', 'GET', '/organisations')).json()) as { items: { id: string }[] };
    expect(list.items.map((o) => o.id)).toEqual(['org-amss']);
    expect((await request('cso-reporter', 'GET', '/organisations/org-ajcet')).status).toBe(404);
    expect((await request('cso-reporter', 'GET', '/organisations/org-amss')).status).toBe(200);
    const all = (await (await request('donor-viewer', 'GET', '/organisations?kind=cso&limit=2')).json()) as { items: { id: string }[]; nextCursor: string };
    expect(all.items).toHaveLength(2);
    const next = (await (await request('donor-viewer', 'GET', `/organisations?kind=cso&limit=50&cursor=${all.nextCursor}`)).json()) as { items: { id: string }[] };
    expect(next.items.map((o) => o.id)).not.toContain(all.items[0].id);
  });

  it('shows users of the own organisation only, never their password hash', async () => {
    const users = (await (await request('cso-reporter', 'GET', '/users')).json()) as Record<string, unknown>[];
    expect(users.map((u) => u.organisationId)).toEqual(['org-amss']);
    expect(JSON.stringify(users)).not.toContain('passwordHash');
  });
});
