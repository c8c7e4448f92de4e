import { Schema } from '@tributary/client';
import { body, problem, status } from '../support/answers';
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

  const directory = (role: string, language: 'fr' | 'en' = 'fr') => platform.client('directory', tokens[role], language);
  const register = (role: string, organisation: Schema<'directory', 'RegisterOrganisationRequest'>, language?: 'fr' | 'en') =>
    directory(role, language).POST('/organisations', { body: organisation });
  /** For bodies the contract refuses, which the typed client would not send. */
  const registerRaw = (role: string, organisation: object, language: 'fr' | 'en') =>
    fetch(`${platform.url('directory')}/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[role]}`, 'accept-language': language },
      body: JSON.stringify(organisation),
    });
  const ofOrganisation = (id: string) => ({ params: { path: { id } } });

  const gao: Schema<'directory', 'RegisterOrganisationRequest'> = { name: 'Jeunesse active de Gao', acronym: 'JAG', kind: 'cso', country: 'ML', regions: ['ML07'] };

  it('lets a program manager register a CSO, verify it, and publishes each step as an event with who and when', async () => {
    const organisation = await body(register('program-manager', gao), 201);
    expect(organisation.dueDiligence.status).toBe('pending');

    const verified = directory('program-manager').POST('/organisations/{id}/due-diligence', {
      ...ofOrganisation(organisation.id),
      body: { status: 'verified', version: organisation.version },
    });
    expect(await body(verified, 201)).toMatchObject({ dueDiligence: { status: 'verified', reviewedBy: 'user-pm-fhi360' } });

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
    expect(await status(register('program-manager', { ...gao, kind: 'donor' }))).toBe(403);
    expect(await status(register('cso-reporter', gao))).toBe(403);
  });

  it('names the offending field in the caller language', async () => {
    expect(await problem(register('admin', { ...gao, regions: ['BF01'] }, 'fr'), 422)).toMatchObject({
      errors: [{ field: 'regions', message: "La région BF01 n'appartient pas au pays ML" }],
    });
    const en = await registerRaw('admin', { ...gao, kind: 'militia', country: 'Mali' }, 'en');
    expect(en.status).toBe(400);
    const refused = (await en.json()) as { errors: { field: string; message: string }[] };
    expect(refused.errors.map((e) => e.field).sort()).toEqual(['country', 'kind']);
    expect(refused.errors.find((e) => e.field === 'kind')?.message).toContain('must be one of');
  });

  it('refuses contactEmail: null naming the field (it once reached the event schema and answered 500)', async () => {
    const response = await registerRaw('admin', { ...gao, name: 'Radio Jamana', contactEmail: null }, 'en');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'contactEmail', message: 'must be text' }] });
  });

  it('gives the length in a length rule, in French and English (it once read "at least or characters")', async () => {
    expect(await problem(register('admin', { ...gao, name: 'J' }, 'fr'), 400)).toMatchObject({ errors: [{ field: 'name', message: 'doit compter au moins 2 caractère(s)' }] });
    expect(await problem(register('admin', { ...gao, name: 'J'.repeat(201) }, 'en'), 400)).toMatchObject({
      errors: [{ field: 'name', message: 'must be at most 200 character(s) long' }],
    });
  });

  it('refuses a second organisation with the same name, acronym and country, naming the first', async () => {
    const first = await body(register('admin', { ...gao, name: 'Femmes et Paix de Gao', acronym: 'FPG' }), 201);
    const again = await problem(register('program-manager', { ...gao, name: '  femmes et paix  de Gao ', acronym: 'fpg' }, 'en'), 409);
    expect(again.title).toContain(first.id);
    expect(again.title).toContain('Femmes et Paix de Gao');
    expect(again.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    // Another acronym or another country is another organisation.
    await body(register('admin', { ...gao, name: 'Femmes et Paix de Gao', acronym: 'FPG-2' }), 201);
    await body(register('admin', { ...gao, name: 'Femmes et Paix de Gao', acronym: 'FPG', country: 'NE', regions: [] }), 201);
  });

  it('keeps an IATI organisation identifier given on registration or update, in the organisation and its events', async () => {
    const donor: Schema<'directory', 'RegisterOrganisationRequest'> = { name: 'Affaires mondiales Canada', acronym: 'AMC-IATI', kind: 'donor', country: 'CA', regions: [] };
    const registered = await body(register('admin', { ...donor, iatiIdentifier: 'XM-DAC-301-2' }), 201);
    expect(registered.iatiIdentifier).toBe('XM-DAC-301-2');
    const lead = await body(register('admin', { name: 'Conseil de paix de Mopti', kind: 'lead-partner', country: 'US', regions: [] }), 201);
    expect(lead).not.toHaveProperty('iatiIdentifier');
    const updated = await body(directory('admin').PUT('/organisations/{id}', {
      ...ofOrganisation(lead.id), body: { name: 'Conseil de paix de Mopti', kind: 'lead-partner', country: 'US', regions: [], iatiIdentifier: 'US-EIN-13-5660870', version: lead.version },
    }), 200);
    expect(updated.iatiIdentifier).toBe('US-EIN-13-5660870');
    // A profile sent again without the identifier keeps it, as any optional field left out.
    const renamed = await body(directory('admin').PUT('/organisations/{id}', {
      ...ofOrganisation(lead.id), body: { name: 'Conseil pour la paix de Mopti', kind: 'lead-partner', country: 'US', regions: [], version: updated.version },
    }), 200);
    expect(renamed.iatiIdentifier).toBe('US-EIN-13-5660870');
    expect(await body(directory('donor-viewer').GET('/organisations/{id}', ofOrganisation(registered.id)), 200)).toMatchObject({ iatiIdentifier: 'XM-DAC-301-2' });

    const events = await eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}directory.organisation.v1`)).map((r) => JSON.parse(r.value));
      const mine = [...new Map(all.filter((e) => [registered.id, lead.id].includes(e.subject)).map((e) => [e.id, e])).values()];
      expect(mine).toHaveLength(4);
      return mine;
    });
    const of = (subject: string, sequence: number) => events.find((e) => e.subject === subject && e.sequence === sequence)?.data;
    expect(of(registered.id, 1)).toMatchObject({ iatiIdentifier: 'XM-DAC-301-2' });
    expect(of(lead.id, 1)).not.toHaveProperty('iatiIdentifier');
    expect(of(lead.id, 2)).toMatchObject({ iatiIdentifier: 'US-EIN-13-5660870' });
    expect(of(lead.id, 3)).toMatchObject({ name: 'Conseil pour la paix de Mopti', iatiIdentifier: 'US-EIN-13-5660870' });
  });

  it.each([
    ['an internal id', 'org-canada'],
    ['no registration agency', '301-2'],
    ['a lowercase agency', 'xm-dac-301-2'],
    ['a space', 'GB-CHC 327553'],
    ['a slash', 'US-EIN-13/5660870'],
    ['nothing after the agency', 'XM-DAC-'],
  ])('refuses an IATI identifier with %s (422 naming iatiIdentifier, in French and English), writing nothing', async (_, iatiIdentifier) => {
    const organisation: Schema<'directory', 'RegisterOrganisationRequest'> = { name: `Bailleur ${iatiIdentifier}`, kind: 'donor', country: 'CA', regions: [], iatiIdentifier };
    const fr = await problem(register('admin', organisation, 'fr'), 422);
    expect(fr.errors).toEqual([expect.objectContaining({ field: 'iatiIdentifier', message: expect.stringContaining("n'est pas un identifiant d'organisation IATI") })]);
    const en = await problem(register('admin', organisation, 'en'), 422);
    expect(en.errors).toEqual([expect.objectContaining({ field: 'iatiIdentifier', message: expect.stringContaining('is not an IATI organisation identifier') })]);
    const donors = await body(directory('admin').GET('/organisations', { params: { query: { kind: 'donor', limit: 200 } } }), 200);
    expect(donors.items.map((o) => o.name)).not.toContain(organisation.name);
  });

  it('refuses a bad IATI identifier on update too, and keeps the one in place', async () => {
    const organisation = await body(register('admin', { name: 'Fonds de Ségou', kind: 'donor', country: 'CA', regions: [], iatiIdentifier: 'XI-IATI-FDS' }), 201);
    const refused = await problem(directory('admin', 'en').PUT('/organisations/{id}', {
      ...ofOrganisation(organisation.id), body: { name: 'Fonds de Ségou', kind: 'donor', country: 'CA', regions: [], iatiIdentifier: 'XI IATI FDS', version: organisation.version },
    }), 422);
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'iatiIdentifier' })]);
    expect(await body(directory('admin').GET('/organisations/{id}', ofOrganisation(organisation.id)), 200)).toMatchObject({ version: 1, iatiIdentifier: 'XI-IATI-FDS' });
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const organisation = await body(register('admin', { ...gao, name: 'Radio Kledu Gao' }), 201);
    const rename = (name: string) => directory('admin').PUT('/organisations/{id}', { ...ofOrganisation(organisation.id), body: { ...gao, name, version: organisation.version } });
    await body(rename('Radio Kledu'), 200);
    await problem(rename('Autre nom'), 409);
    expect(await body(directory('admin').GET('/organisations/{id}', ofOrganisation(organisation.id)), 200)).toMatchObject({ name: 'Radio Kledu', version: 2 });
  });

  it('shows a CSO reporter its own organisation only, and another CSO as absent', async () => {
    const list = await body(directory('cso-reporter').GET('/organisations'), 200);
    expect(list.items.map((o) => o.id)).toEqual(['org-amss']);
    expect(await status(directory('cso-reporter').GET('/organisations/{id}', ofOrganisation('org-ajcet')))).toBe(404);
    expect(await status(directory('cso-reporter').GET('/organisations/{id}', ofOrganisation('org-amss')))).toBe(200);
    const all = await body(directory('donor-viewer').GET('/organisations', { params: { query: { kind: 'cso', limit: 2 } } }), 200);
    expect(all.items).toHaveLength(2);
    expect(all.nextCursor).toEqual(expect.any(String));
    const next = await body(directory('donor-viewer').GET('/organisations', { params: { query: { kind: 'cso', limit: 50, cursor: all.nextCursor! } } }), 200);
    expect(next.items.map((o) => o.id)).not.toContain(all.items[0].id);
  });

  it('shows users of the own organisation only, never their password hash', async () => {
    const users = await body(directory('cso-reporter').GET('/users'), 200);
    expect(users.map((u) => u.organisationId)).toEqual(['org-amss']);
    expect(JSON.stringify(users)).not.toContain('passwordHash');
  });
});
