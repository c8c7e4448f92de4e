import { randomUUID } from 'node:crypto';
import { Schema } from '@tributary/client';
import { body, problem, status } from '../support/answers';
import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { amssActiveSubGrant, AMSS_FOCUS_GROUP_CELLS } from '../support/amss-fixture';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const USERS = { ...DEMO_USERS, 'ajcet-reporter': 'rapporteur@ajcet.example' } as const;

const FOCUS_GROUP_CELLS = AMSS_FOCUS_GROUP_CELLS;
const FOCUS_GROUP_SUBTOTALS = { 'community-leaders': 35, 'religious-leaders': 3, 'ngo-representatives': 6, 'womens-associations': 72, 'youth-associations': 72 };
const CERCLES = { ML0601: 'Tombouctou', ML0602: 'Diré', ML0603: 'Goundam', ML0604: 'Gourma-Rharous', ML0605: 'Niafunké' };

describe('activities: planned and reported, validated by the lead partner', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let subGrant: { id: string; version: number };

  const activities = (who: string) => platform.client('activities', tokens[who], 'en');
  const ofActivity = (id: string) => ({ params: { path: { id } } });
  const inFrench = { headers: { 'accept-language': 'fr' } };

  const plan = (overrides: Partial<Schema<'activities', 'PlanActivityRequest'>> = {}): Schema<'activities', 'PlanActivityRequest'> => ({
    subGrantId: subGrant.id, type: 'study', title: 'Groupes de discussion de l’étude diagnostique', plannedStart: '2024-03-04', plannedEnd: '2024-03-22',
    pcode: 'ML06', themes: ['pve'], plannedParticipants: 180, ...overrides,
  });
  const report = (cells = FOCUS_GROUP_CELLS, total = 188, byCategory: Record<string, number> = FOCUS_GROUP_SUBTOTALS): Schema<'activities', 'ReportContentRequest'> => ({
    actualStart: '2024-03-04', actualEnd: '2024-03-25', pcode: 'ML06',
    participants: { total, cells, byCategory }, outputs: [...Array.from({ length: 12 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }],
    narrative: 'Groupes de discussion dans les cinq cercles ; entretiens avec 97 personnes dont 21 femmes.',
  });
  const planning = (id: string, who = 'cso-reporter', overrides: Partial<Schema<'activities', 'PlanActivityRequest'>> = {}) =>
    activities(who).PUT('/activities/{id}', { ...ofActivity(id), body: plan(overrides) });
  const saving = (id: string, version: number, content = report()) =>
    activities('cso-reporter').PUT('/activities/{id}/report', { ...ofActivity(id), body: { version, ...content } });
  const submitting = (id: string, version: number, idempotencyKey?: string) =>
    activities('cso-reporter').POST('/activities/{id}/report/submit', {
      params: { path: { id }, header: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} },
      body: { version },
    });
  const validating = (who: string, id: string, version: number) => activities(who).POST('/activities/{id}/report/validate', { ...ofActivity(id), body: { version } });
  const batch = (items: Schema<'activities', 'BatchRequest'>['items']) => activities('cso-reporter').POST('/activities/batch', { body: { items } });

  async function planned(id = randomUUID(), overrides: Partial<Schema<'activities', 'PlanActivityRequest'>> = {}) {
    return (await body(planning(id, 'cso-reporter', overrides), 201)).activity;
  }
  async function submitted(id: string, version: number, content = report()) {
    const draft = await body(saving(id, version, content), 200);
    return body(submitting(id, draft.version), 200);
  }
  const eventsOf = async (subject: string, count: number) =>
    eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}activities.activity.v1`)).map((r) => JSON.parse(r.value)).filter((e) => e.subject === subject);
      const unique = [...new Map(all.map((e) => [e.id, e])).values()].sort((a, b) => a.sequence - b.sequence);
      expect(unique).toHaveLength(count);
      return unique;
    });

  beforeAll(async () => {
    platform = await startPlatform('activities', ['grants', 'activities']);
    for (const [who, email] of Object.entries(USERS)) tokens[who] = (await platform.signIn(email)).access_token;
    subGrant = (await amssActiveSubGrant(platform, tokens['program-manager'])).subGrant;
    // Activities learns that the sub-grant is active from grants' events.
    await eventually(async () => expect(await status(planning(randomUUID()))).toBe(201), 30000, 250);
  });
  afterAll(() => platform?.stop());

  it('reports the AMSS focus groups (188 participants, 72 from women’s and 72 from youth associations) and publishes the validated counts', async () => {
    const activity = await planned();
    const sent = await submitted(activity.id, activity.version);
    expect(sent.report?.status).toBe('submitted');
    await body(validating('program-manager', activity.id, sent.version), 200);

    const events = await eventsOf(activity.id, 3);
    expect(events.map((e) => e.type)).toEqual(['activities.activity.planned', 'activities.activity.report-submitted', 'activities.activity.report-validated']);
    const counts = events[2].data.participants;
    expect(counts.total).toBe(188);
    const byCategory = (category: string) => counts.cells.filter((c: { category: string }) => c.category === category).reduce((s: number, c: { count: number }) => s + c.count, 0);
    expect(byCategory('womens-associations')).toBe(72);
    expect(byCategory('youth-associations')).toBe(72);
    expect(events[2].data).toMatchObject({ subGrantId: subGrant.id, recipientId: 'org-amss', leadPartnerId: 'org-fhi360', place: { pcode: 'ML06', adm1: 'ML06' } });
    expect(JSON.stringify(events)).not.toMatch(/phone|name"/i);
  });

  it('plans the validation fora in the five cercles with their region', async () => {
    for (const [pcode, cercle] of Object.entries(CERCLES)) {
      const activity = await planned(randomUUID(), { type: 'validation-forum', title: `Forum de validation à ${cercle}`, pcode, plannedStart: '2024-06-10', plannedEnd: '2024-06-11' });
      const [event] = await eventsOf(activity.id, 1);
      expect(event.data).toMatchObject({ pcode, type: 'validation-forum' });
    }
    const place = await body(activities('cso-reporter').GET('/reference/places/{pcode}', { params: { path: { pcode: 'ML0603' } } }), 200);
    expect(place).toMatchObject({ area: { name: 'Goundam' }, adm1: 'ML06', adm2: 'ML0603' });
  });

  it('refuses cells that do not add up, naming the offending subtotal or the total', async () => {
    const activity = await planned();
    const wrongCategory = FOCUS_GROUP_CELLS.map((c) => (c.category === 'womens-associations' ? { ...c, count: 70 } : c));
    const refused = activities('cso-reporter').PUT('/activities/{id}/report', { ...ofActivity(activity.id), body: { version: activity.version, ...report(wrongCategory, 186) }, ...inFrench });
    expect(await problem(refused, 422)).toMatchObject({ errors: [{ field: 'participants.byCategory.womens-associations', message: 'Les cases « womens-associations » totalisent 70 et non 72' }] });
    expect(await problem(saving(activity.id, activity.version, report(FOCUS_GROUP_CELLS, 190)), 422)).toMatchObject({ errors: [{ field: 'participants.total' }] });
    const unknownCategory = saving(activity.id, activity.version, report([{ sex: 'female', ageBand: '18-35', category: 'militia', count: 1 }], 1, {}));
    expect(await problem(unknownCategory, 422)).toMatchObject({ errors: [{ field: 'participants.cells[0].category' }] });
    expect(await body(activities('cso-reporter').GET('/activities/{id}', ofActivity(activity.id)), 200)).toMatchObject({ version: activity.version, report: null });
  });

  it('never duplicates a retried plan or submission', async () => {
    const id = randomUUID();
    await body(planning(id), 201);
    expect(await body(planning(id), 200)).toMatchObject({ outcome: 'unchanged' });
    await problem(planning(id, 'cso-reporter', { title: 'autre chose' }), 409);

    const saved = await body(saving(id, 1), 200);
    const key = randomUUID();
    const first = await body(submitting(id, saved.version, key), 200);
    const second = await body(submitting(id, saved.version, key), 200);
    expect(second.version).toBe(first.version);
    const events = await eventsOf(id, 2);
    expect(events.map((e) => e.type)).toEqual(['activities.activity.planned', 'activities.activity.report-submitted']);
  });

  it('answers a batch item by item', async () => {
    const existing = await planned();
    const fresh = randomUUID();
    const items = [
      { id: fresh, plan: plan({ title: 'Forum communautaire à Diré', pcode: 'ML0602', type: 'forum' }), report: report(), submit: true },
      { id: existing.id, plan: plan() },
      { id: existing.id, plan: plan({ title: 'un autre titre' }) },
      { id: randomUUID(), plan: plan({ pcode: 'ML9999' }) },
      { id: randomUUID(), plan: plan({ plannedParticipants: -3 }) },
    ];
    const results = await body(batch(items), 200);
    expect(results.map((r) => r.outcome)).toEqual(['created', 'unchanged', 'conflict', 'invalid', 'invalid']);
    expect(results[0].reportStatus).toBe('submitted');
    expect(results[3].errors).toEqual([expect.objectContaining({ field: 'pcode' })]);
    expect(results[4].errors).toEqual([expect.objectContaining({ field: 'plan.plannedParticipants' })]);
    const again = await body(batch([items[0]]), 200);
    expect(again.map((r) => r.outcome)).toEqual(['unchanged']);
  });

  it('answers two identical batches sent at the same moment created and unchanged (the loser once answered conflict), with one submission', async () => {
    for (let round = 0; round < 3; round++) {
      const id = randomUUID();
      const items = [{ id, plan: plan({ title: `Forum simultané ${round}` }), report: report(), submit: true }];
      const answers = await Promise.all([0, 1].map(async () => (await body(batch(items), 200))[0]));
      expect(answers.map((a) => a.outcome).sort()).toEqual(['created', 'unchanged']);
      expect(answers.map((a) => a.reportStatus)).toEqual(['submitted', 'submitted']);
      const events = await eventsOf(id, 2);
      expect(events.map((e) => e.type)).toEqual(['activities.activity.planned', 'activities.activity.report-submitted']);
    }
  });

  it('answers a batch item without a usable id as that item invalid, and goes on with the others (it once failed the whole batch with 500)', async () => {
    const fresh = randomUUID();
    const results = await body(batch([{ id: '', plan: plan() }, { plan: plan() }, { id: fresh, plan: plan() }]), 200);
    expect(results.map((r) => [r.id, r.outcome])).toEqual([['', 'invalid'], ['', 'invalid'], [fresh, 'created']]);
    expect(results[0].errors).toEqual([{ field: 'id', message: 'must be at least 8 character(s) long' }]);
    expect(results[1].errors).toEqual([{ field: 'id', message: 'this field is required' }]);
  });

  it('keeps CSOs apart', async () => {
    const activity = await planned();
    expect(await status(activities('ajcet-reporter').GET('/activities/{id}', ofActivity(activity.id)))).toBe(404);
    expect(await body(activities('ajcet-reporter').GET('/activities', { params: { query: { subGrantId: subGrant.id } } }), 200)).toEqual([]);
    expect(await status(planning(randomUUID(), 'ajcet-reporter'))).toBe(404);
  });

  it('corrects a validated report with an event carrying the previous and new counts, and returns one with its counts', async () => {
    const activity = await planned();
    const sent = await submitted(activity.id, activity.version);
    const validated = await body(validating('program-manager', activity.id, sent.version), 200);
    const fewer = FOCUS_GROUP_CELLS.map((c) => (c.category === 'youth-associations' ? { ...c, count: 70 } : c));
    const after = await body(activities('program-manager').POST('/activities/{id}/report/correct', {
      ...ofActivity(activity.id),
      body: { version: validated.version, reason: 'deux jeunes comptés deux fois', ...report(fewer, 186, { ...FOCUS_GROUP_SUBTOTALS, 'youth-associations': 70 }) },
    }), 200);
    expect(after.previousReports?.map((r) => r.participants.total)).toEqual([188]);
    await body(activities('program-manager').POST('/activities/{id}/report/return', {
      ...ofActivity(activity.id),
      body: { version: after.version, comments: 'listes de présence à joindre' },
    }), 200);

    const events = await eventsOf(activity.id, 5);
    const correction = events[3];
    expect(correction.type).toBe('activities.activity.report-corrected');
    expect(correction.data.participants.total).toBe(186);
    expect(correction.data.previous.participants.total).toBe(188);
    expect(correction.data.reportVersion).toBe(2);
    expect(events[4]).toMatchObject({ type: 'activities.activity.report-returned', data: { wasValidated: true, participants: { total: 186 } } });
    expect(await status(validating('cso-reporter', activity.id, after.version + 1))).toBe(403);
  });

  it('refuses a report on a suspended sub-grant', async () => {
    const activity = await planned();
    const draft = await body(saving(activity.id, activity.version), 200);
    const grants = platform.client('grants', tokens['program-manager'], 'en');
    const current = await body(grants.GET('/sub-grants/{id}', { params: { path: { id: subGrant.id } } }), 200);
    await body(grants.POST('/sub-grants/{id}/transitions/{transition}', { params: { path: { id: subGrant.id, transition: 'suspend' } }, body: { version: current.version, reason: 'audit' } }), 200);
    // Planning is refused once activities has heard of the suspension; submitting before that could succeed.
    await eventually(async () => expect(await status(planning(randomUUID()))).toBe(409), 30000, 250);
    expect(await problem(submitting(activity.id, draft.version), 409)).toMatchObject({ errors: [{ field: 'subGrantId' }] });
    expect(await body(activities('cso-reporter').GET('/activities/{id}', ofActivity(activity.id)), 200)).toMatchObject({ version: draft.version, report: { status: 'draft' } });

    // Reactivated, the sub-grant takes reports again.
    await body(grants.POST('/sub-grants/{id}/transitions/{transition}', { params: { path: { id: subGrant.id, transition: 'reactivate' } }, body: { version: current.version + 1 } }), 200);
    await eventually(async () => expect(await status(submitting(activity.id, draft.version))).toBe(200), 30000, 250);
  });

  it('imports a CSV made from the template and reports errors row by row', async () => {
    const template = await activities('cso-reporter').GET('/activities/import/template.csv', { params: { query: { lang: 'en' } }, parseAs: 'text' });
    expect(template.response.status).toBe(200);
    expect(template.response.headers.get('content-type')).toContain('text/csv');
    const header = (template.data ?? '').split(/\r?\n/)[0].split(',').map((h) => h.replace(/^"|"$/g, ''));
    expect(header).toEqual(expect.arrayContaining(['id', 'sub-grant', 'planned place (P-code)', "Participants: Women · Not stated · Women's associations", 'Outputs: Recommendation']));

    const row = (values: Record<string, string>) => header.map((column) => values[column] ?? '').join(',');
    const good = {
      id: randomUUID(), 'sub-grant': subGrant.id, 'activity type': 'community-dialogue', title: 'Dialogue intercommunautaire à Niafunké', 'planned start': '2024-07-02', 'planned end': '2024-07-02',
      'planned place (P-code)': 'ML0605', 'themes (separated by ;)': 'social-cohesion;natural-resources', 'planned participants': '30', 'actual start': '2024-07-02', 'actual end': '2024-07-02',
      'actual place (P-code)': 'ML0605', 'Outputs: Recommendation': '4', 'Outputs: Declaration': '0', 'Outputs: Action plan': '1', narrative: 'Dialogue sur la gestion des pâturages', 'submit (yes/no)': 'oui',
      "Participants: Women · Not stated · Women's associations": '9', 'Participants: Men · Not stated · Community leaders': '14',
    };
    const badPlace = { ...good, id: randomUUID(), 'planned place (P-code)': 'ML0699', 'actual start': '' };
    const badCount = { ...good, id: randomUUID(), 'planned participants': 'beaucoup', 'actual start': '' };
    const csv = [header.map((h) => `"${h}"`).join(','), row(good), row(badPlace), row(badCount)].join('\n');
    const rows = await body(activities('cso-reporter').POST('/activities/import', {
      body: csv,
      bodySerializer: (text: string) => text,
      headers: { 'content-type': 'text/csv', 'accept-language': 'fr' },
    }), 201);
    expect(rows.map((r) => [r.row, r.outcome])).toEqual([[2, 'created'], [3, 'invalid'], [4, 'invalid']]);
    expect(rows[0].reportStatus).toBe('submitted');
    expect(rows[1].errors).toEqual([{ field: 'pcode', message: 'Lieu inconnu : ML0699' }]);
    expect(rows[2].errors?.[0].field).toBe('plan.plannedParticipants');
    const [, , , submittedEvent] = await eventsOf(good.id, 2).then((e) => [0, 0, 0, e[1]]);
    expect(submittedEvent.data.participants).toMatchObject({ total: 23 });
  });

  it('refuses an import without any activity row (it once answered 201 [])', async () => {
    const post = (headers: Record<string, string>, body?: string) =>
      fetch(`${platform.url('activities')}/activities/import`, { method: 'POST', headers: { authorization: `Bearer ${tokens['cso-reporter']}`, 'accept-language': 'en', ...headers }, body });
    const empty = await post({});
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ type: 'https://tributary.example/problems/no-rows' });
    expect((await post({ 'content-type': 'text/csv' }, 'id,subGrantId,type\n')).status).toBe(422);
    expect((await post({ 'content-type': 'application/json' }, '{"rows":[]}')).status).toBe(422);
  });

  it('keeps attendance sheets to the CSO and its program manager, and refuses wrong files', async () => {
    const activity = await planned();
    const pdf = Buffer.from('%PDF-1.4\n% liste de présence (exemple)\n%%EOF\n');
    const upload = (kind: string, contentType: string, body: Buffer, filename = 'liste.pdf') =>
      fetch(`${platform.url('activities')}/activities/${activity.id}/evidence?kind=${kind}&filename=${encodeURIComponent(filename)}`, {
        method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${tokens['cso-reporter']}` }, body,
      });
    const sheet = await upload('attendance-sheet', 'application/pdf', pdf);
    expect(sheet.status).toBe(201);
    const { id } = (await sheet.json()) as { id: string };
    const read = (who: string, evidenceId = id) =>
      activities(who).GET('/activities/{id}/evidence/{evidenceId}', { params: { path: { id: activity.id, evidenceId } }, parseAs: 'arrayBuffer' });
    expect(await status(read('cso-reporter'))).toBe(200);
    const byManager = await body(read('program-manager'), 200);
    expect(Buffer.from(byManager).equals(pdf)).toBe(true);
    expect(await status(read('me-officer'))).toBe(403);
    expect(await status(read('ajcet-reporter'))).toBe(404);

    // A name outside Latin-1 cannot go into a header as it is (setting it used to answer 500).
    const arabic = (await (await upload('document', 'application/pdf', pdf, 'قائمة الحضور.pdf')).json()) as { id: string };
    const named = (await read('cso-reporter', arabic.id)).response;
    expect(named.status).toBe(200);
    expect(named.headers.get('content-disposition')).toBe(`attachment; filename="_____ ______.pdf"; filename*=UTF-8''${encodeURIComponent('قائمة الحضور.pdf')}`);

    expect((await upload('photo', 'text/plain', Buffer.from('hello'))).status).toBe(422);
    expect((await upload('photo', 'image/png', Buffer.alloc(2 * 1024 * 1024 + 1))).status).toBe(413);
  });

  it('compresses responses for low-bandwidth clients', async () => {
    const response = await fetch(`${platform.url('activities')}/activities?subGrantId=${subGrant.id}`, {
      headers: { authorization: `Bearer ${tokens['cso-reporter']}`, 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
