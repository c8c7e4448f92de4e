import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { parse } from 'csv-parse/sync';
import { Schema, serviceClient } from '@tributary/client';
import { body, problem, status } from '../support/answers';
import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { amssActiveSubGrant } from '../support/amss-fixture';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { requiredInfrastructure } from '../support/test-namespace';

type Language = 'fr' | 'en';

describe('reference data: administrators add and retire entries without a code change', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let subGrant: { id: string };

  const activities = (who: keyof typeof DEMO_USERS, language: Language = 'en') => platform.client('activities', tokens[who], language);
  const admin = (language: Language = 'en') => activities('admin', language);
  const adding = (list: Schema<'activities', 'ReferenceChange'>['list'], entry: Schema<'activities', 'AddReferenceEntryRequest'>, who: keyof typeof DEMO_USERS = 'admin') =>
    activities(who).POST('/reference/{list}', { params: { path: { list } }, body: entry });
  const retiring = (list: Schema<'activities', 'ReferenceChange'>['list'], code: string, who: keyof typeof DEMO_USERS = 'admin', language: Language = 'en') =>
    activities(who, language).POST('/reference/{list}/retire', { params: { path: { list } }, body: { code } });
  const plan = (overrides: Partial<Schema<'activities', 'PlanActivityRequest'>> = {}): Schema<'activities', 'PlanActivityRequest'> => ({
    subGrantId: subGrant.id, type: 'workshop', title: 'Atelier régional de restitution', plannedStart: '2024-05-14', plannedEnd: '2024-05-15',
    pcode: 'ML060101', themes: ['social-cohesion'], plannedParticipants: 40, ...overrides,
  });
  const report = (category: string): Schema<'activities', 'ReportContentRequest'> => ({
    actualStart: '2024-05-14', actualEnd: '2024-05-15', pcode: 'ML060101',
    participants: { total: 14, cells: [{ sex: 'female', ageBand: '18-35', category, count: 6 }, { sex: 'male', ageBand: '36-59', category: 'community-leaders', count: 8 }] },
    narrative: 'Restitution aux autorités communales de Tombouctou.',
  });
  const eventsOnTopic = async () =>
    (await readTopic(`${platform.topicPrefix}activities.reference.v1`)).map((record) => ({ key: record.key, ...JSON.parse(record.value) }));
  const template = async (query: string, headers: Record<string, string> = {}) => {
    const answer = await fetch(`${platform.url('activities')}/activities/import/template.csv${query}`, { headers: { authorization: `Bearer ${tokens['cso-reporter']}`, ...headers } });
    expect(answer.status).toBe(200);
    return parse(await answer.text()) as string[][];
  };
  const importing = (csv: string) =>
    fetch(`${platform.url('activities')}/activities/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['cso-reporter']}`, 'content-type': 'text/csv', 'accept-language': 'en' },
      body: csv,
    });

  beforeAll(async () => {
    platform = await startPlatform('reference-admin', ['grants', 'activities']);
    for (const [who, email] of Object.entries(DEMO_USERS)) tokens[who] = (await platform.signIn(email)).access_token;
    subGrant = (await amssActiveSubGrant(platform, tokens['program-manager'])).subGrant;
    await eventually(async () => expect(await status(activities('cso-reporter').PUT('/activities/{id}', { params: { path: { id: randomUUID() } }, body: plan() }))).toBe(201), 30000, 250);
  });
  afterAll(() => platform?.stop());

  it('adds a « Séminaire régional » with a code made from its label, which a CSO plans with at once through another instance', async () => {
    const added = await body(adding('activity-types', { fr: 'Séminaire régional', en: 'Regional seminar' }), 201);
    expect(added).toEqual({ code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Regional seminar' });

    // Another instance of the service, on the same database, has no memory of the addition.
    const other = await platform.startAnother('activities');
    const elsewhere = serviceClient('activities', { baseUrl: other.url, headers: { authorization: `Bearer ${tokens['cso-reporter']}`, 'accept-language': 'en' } });
    const planned = await body(elsewhere.PUT('/activities/{id}', { params: { path: { id: randomUUID() } }, body: plan({ type: 'seminaire-regional', title: 'Séminaire régional de Tombouctou' }) }), 201);
    expect(planned.activity.type).toBe('seminaire-regional');
    expect((await body(elsewhere.GET('/reference'), 200)).activityTypes).toContainEqual({ code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Regional seminar' });

    expect(await problem(adding('activity-types', { code: 'seminaire-regional', fr: 'Séminaire de restitution' }), 409)).toMatchObject({ errors: [{ field: 'code' }] });
    expect(await problem(adding('activity-types', { code: 'regional-seminar', fr: 'séminaire  Régional' }), 409)).toMatchObject({ errors: [{ field: 'fr' }] });
    expect(await problem(adding('activity-types', { fr: '???' }), 422)).toMatchObject({ errors: [{ field: 'code' }] });
    // A theme the field reports work on, with the English label left to fall back to the French one.
    expect(await body(adding('themes', { fr: 'Transhumance apaisée' }), 201)).toEqual({ code: 'transhumance-apaisee', fr: 'Transhumance apaisée', en: 'Transhumance apaisée' });
  });

  it('retires a participant category: a new report naming it is refused, in French and in English, while its label still reads and a report carrying it keeps it', async () => {
    const planned = async () => (await body(activities('cso-reporter').PUT('/activities/{id}', { params: { path: { id: randomUUID() } }, body: plan() }), 201)).activity;
    const activity = await planned();
    const draft = await body(activities('cso-reporter').PUT('/activities/{id}/report', { params: { path: { id: activity.id } }, body: { version: activity.version, ...report('journalists') } }), 200);

    expect(await body(retiring('categories', 'journalists'), 200)).toEqual({ code: 'journalists', fr: 'Journalistes', en: 'Journalists', retired: true });

    const another = await planned();
    const saving = (language: Language) =>
      activities('cso-reporter', language).PUT('/activities/{id}/report', { params: { path: { id: another.id } }, body: { version: another.version, ...report('journalists') } });
    const inFrench = await problem(saving('fr'), 422);
    const inEnglish = await problem(saving('en'), 422);
    expect(inFrench).toMatchObject({ errors: [{ field: 'participants.cells[0].category', message: expect.stringContaining('journalists') }] });
    expect(inEnglish).toMatchObject({ errors: [{ field: 'participants.cells[0].category', message: expect.stringContaining('journalists') }] });
    expect(inFrench.errors?.[0].message).not.toEqual(inEnglish.errors?.[0].message);
    // Nothing was written for the refused report; the category's label still reads.
    expect(await body(activities('cso-reporter').GET('/activities/{id}', { params: { path: { id: another.id } } }), 200)).toMatchObject({ version: another.version, report: null });
    const reference = await body(activities('cso-reporter').GET('/reference'), 200);
    expect(reference.dimensions.category).toContainEqual({ code: 'journalists', fr: 'Journalistes', en: 'Journalists', retired: true });
    // The draft written before carries it, and keeps it when saved again: it need not be recoded.
    const resaved = await body(activities('cso-reporter').PUT('/activities/{id}/report', { params: { path: { id: activity.id } }, body: { version: draft.version, ...report('journalists') } }), 200);
    expect(resaved.report?.participants.cells[0].category).toBe('journalists');
    expect(await body(activities('cso-reporter').PUT('/activities/{id}/report', { params: { path: { id: activity.id } }, body: { version: resaved.version, ...report('other') } }), 200)).toBeDefined();

    expect(await problem(retiring('categories', 'journalists', 'admin', 'fr'), 409)).toMatchObject({ errors: [{ field: 'code', message: 'L’entrée « journalists » est déjà retirée' }] });
    expect(await problem(retiring('categories', 'militia'), 404)).toMatchObject({ errors: [{ field: 'code' }] });
    const unknownList = await fetch(`${platform.url('activities')}/reference/sexes/retire`, {
      method: 'POST', headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ code: 'female' }),
    });
    expect(unknownList.status).toBe(400);
  });

  it('retires an added activity type: no new plan may use it', async () => {
    await body(adding('activity-types', { code: 'caravan', fr: 'Caravane de la paix', en: 'Peace caravan' }), 201);
    expect(await status(activities('cso-reporter').PUT('/activities/{id}', { params: { path: { id: randomUUID() } }, body: plan({ type: 'caravan' }) }))).toBe(201);
    await body(retiring('activity-types', 'caravan'), 200);
    expect(await problem(activities('cso-reporter').PUT('/activities/{id}', { params: { path: { id: randomUUID() } }, body: plan({ type: 'caravan' }) }), 422)).toMatchObject({ errors: [{ field: 'type' }] });
  });

  it('leaves the lists to administrators', async () => {
    for (const who of ['cso-reporter', 'program-manager', 'me-officer'] as const) {
      expect(await status(adding('themes', { fr: 'Eau et assainissement' }, who))).toBe(403);
      expect(await status(retiring('themes', 'gender', who))).toBe(403);
      expect(await status(activities(who).GET('/reference/history'))).toBe(403);
    }
  });

  it('publishes each change on activities.reference.v1 and keeps the history: who, when, which list, which code, which labels', async () => {
    const events = await eventually(async () => {
      const all = await eventsOnTopic();
      expect(all.length).toBeGreaterThanOrEqual(5);
      return all;
    });
    const adminUser = events.find((e) => e.type === 'activities.reference.entry-added')?.actor.userId;
    expect(adminUser).toBeTruthy();
    expect(events).toEqual(expect.arrayContaining([
      expect.objectContaining({
        key: 'activity-types/seminaire-regional', type: 'activities.reference.entry-added', subject: 'activity-types/seminaire-regional', sequence: 1,
        data: { list: 'activity-types', code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Regional seminar' },
      }),
      expect.objectContaining({
        type: 'activities.reference.entry-retired', subject: 'categories/journalists', sequence: 1, actor: expect.objectContaining({ userId: adminUser }),
        data: { list: 'categories', code: 'journalists', fr: 'Journalistes', en: 'Journalists', shipped: true },
      }),
      expect.objectContaining({ type: 'activities.reference.entry-retired', subject: 'activity-types/caravan', sequence: 2, data: expect.objectContaining({ shipped: false }) }),
    ]));

    const history = await body(admin().GET('/reference/history'), 200);
    expect(history.map((h) => [h.change, h.list, h.code])).toEqual([
      ['added', 'activity-types', 'seminaire-regional'],
      ['added', 'themes', 'transhumance-apaisee'],
      ['retired', 'categories', 'journalists'],
      ['added', 'activity-types', 'caravan'],
      ['retired', 'activity-types', 'caravan'],
    ]);
    expect(history[2]).toMatchObject({ by: { userId: adminUser }, fr: 'Journalistes', en: 'Journalists' });
    expect(Date.parse(history[2].time)).toBeGreaterThan(Date.parse(history[0].time));
  });

  it('gives the CSV template a column per sex × age band × category in use and per output kind, in French unless English is asked for', async () => {
    const [french, example] = await template('');
    expect(french.slice(0, 3)).toEqual(['identifiant', 'sous-subvention', 'type d’activité']);
    expect(french).toContain('Participants : Femmes · 18 à 35 ans · Associations de femmes');
    expect(french).toContain('Réalisations : Recommandation');
    const cells = french.filter((h) => h.startsWith('Participants'));
    const categoriesInUse = (await body(admin().GET('/reference'), 200)).dimensions.category.filter((c) => !c.retired).length;
    expect(cells).toHaveLength(3 * 5 * categoriesInUse);
    expect(french.some((h) => h.includes('Journalistes'))).toBe(false);
    expect(example[french.indexOf('Participants : Femmes · 18 à 35 ans · Associations de femmes')]).toBe('12');

    const [english] = await template('?lang=en');
    expect(english.slice(0, 3)).toEqual(['id', 'sub-grant', 'activity type']);
    expect(english).toContain("Participants: Women · 18 to 35 · Women's associations");
    expect(english).toHaveLength(french.length);
    expect((await template('', { 'accept-language': 'en-GB,en;q=0.9' }))[0]).toEqual(english);
    expect((await template('?lang=fr', { 'accept-language': 'en' }))[0]).toEqual(french);
  });

  it('imports a file with age-band columns and output counts, with French or English headers', async () => {
    const [french] = await template('');
    const [english] = await template('?lang=en');
    const row = (header: string[], values: Record<number, string>) => header.map((_, i) => values[i] ?? '').join(',');
    const quoted = (header: string[]) => header.map((h) => `"${h}"`).join(',');
    const values = (id: string) => ({
      0: id, 1: subGrant.id, 2: 'seminaire-regional', 3: 'Séminaire régional de Goundam', 4: '2024-06-10', 5: '2024-06-11', 6: 'ML060301', 7: 'social-cohesion;transhumance-apaisee',
      8: '30', 9: '2024-06-10', 10: '2024-06-11', 11: 'ML060301', 12: 'Restitution aux autorités communales', 13: 'oui',
    });
    const cell = (header: string[], name: string) => header.indexOf(name);
    const inFrench = randomUUID();
    const inEnglish = randomUUID();
    const frenchFile = [quoted(french), row(french, {
      ...values(inFrench),
      [cell(french, 'Participants : Femmes · 18 à 35 ans · Associations de femmes')]: '9',
      [cell(french, 'Participants : Hommes · Moins de 18 ans · Associations de jeunes')]: '5',
      [cell(french, 'Participants : Hommes · 60 ans et plus · Leaders religieux')]: '3',
      [cell(french, 'Réalisations : Recommandation')]: '4',
      [cell(french, 'Réalisations : Déclaration')]: '1',
    })].join('\n');
    const englishFile = [quoted(english), row(english, {
      ...values(inEnglish),
      [cell(english, 'Participants: Women · 36 to 59 · Community leaders')]: '7',
      [cell(english, 'Outputs: Action plan')]: '1',
    })].join('\n');
    for (const [file, id] of [[frenchFile, inFrench], [englishFile, inEnglish]] as const) {
      const answer = await importing(file);
      expect(answer.status).toBe(201);
      expect(await answer.json()).toEqual([expect.objectContaining({ row: 2, id, outcome: 'created', reportStatus: 'submitted' })]);
    }
    const submitted = await eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}activities.activity.v1`)).map((r) => JSON.parse(r.value)).filter((e) => e.type === 'activities.activity.report-submitted');
      const found = [inFrench, inEnglish].map((id) => all.find((e) => e.subject === id));
      expect(found.every(Boolean)).toBe(true);
      return found;
    });
    expect(submitted[0].data.participants).toEqual({
      total: 17,
      cells: expect.arrayContaining([
        { sex: 'female', ageBand: '18-35', category: 'womens-associations', count: 9 },
        { sex: 'male', ageBand: 'under-18', category: 'youth-associations', count: 5 },
        { sex: 'male', ageBand: '60-plus', category: 'religious-leaders', count: 3 },
      ]),
    });
    expect(submitted[0].data.outputs.map((o: { kind: string; quantity: number }) => [o.kind, o.quantity]).sort()).toEqual([['declaration', 1], ['recommendation', 1], ['recommendation', 1], ['recommendation', 1], ['recommendation', 1]]);
    expect(submitted[0].data).toMatchObject({ type: 'seminaire-regional', place: { pcode: 'ML060301', adm1: 'ML06', adm2: 'ML0603', adm3: 'ML060301' } });
    expect(submitted[1].data.participants.cells).toEqual([{ sex: 'female', ageBand: '36-59', category: 'community-leaders', count: 7 }]);

    // A file made before the category was retired: its column is refused by name, not dropped.
    const retiredColumn = [quoted([...french, 'Participants : Femmes · 18 à 35 ans · Journalistes']), row(french, values(randomUUID()))].join('\n');
    const refused = await importing(retiredColumn);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ type: 'https://tributary.example/problems/unknown-column', title: expect.stringContaining('Journalistes') });
  });

  it('finds communes by name with their cercle and region', async () => {
    const reader = activities('cso-reporter');
    const found = await body(reader.GET('/reference/places', { params: { query: { name: 'commune' } } }), 200);
    expect(found.filter((p) => p.parent === 'ML0901').map((p) => [p.pcode, p.name, p.region])).toEqual([
      ['ML090101', 'Commune I', 'Bamako'], ['ML090102', 'Commune II', 'Bamako'], ['ML090103', 'Commune III', 'Bamako'],
      ['ML090104', 'Commune IV', 'Bamako'], ['ML090105', 'Commune V', 'Bamako'], ['ML090106', 'Commune VI', 'Bamako'],
    ]);
    expect(await body(reader.GET('/reference/places/{pcode}', { params: { path: { pcode: 'ML060301' } } }), 200)).toEqual({
      area: { pcode: 'ML060301', name: 'Goundam', level: 3, parent: 'ML0603' }, pcode: 'ML060301', adm1: 'ML06', adm2: 'ML0603', adm3: 'ML060301',
    });
  });

  it('moves activity types added before every list could be extended, once, with their event', async () => {
    const mongo = await MongoClient.connect(requiredInfrastructure().mongoUrl);
    try {
      await mongo.db(platform.databases.activities).collection<{ _id: string }>('activity_types').insertMany([
        { _id: 'sports-for-peace', code: 'sports-for-peace', fr: 'Sport pour la paix', en: 'Sport for peace' },
        // Added by hand before `seminar` was shipped under the same label.
        { _id: 'seminaire', code: 'seminaire', fr: 'Séminaire', en: 'Seminar' },
      ] as never);
      await platform.restart('activities');
      const types = await eventually(async () => {
        const listed = (await body(admin().GET('/reference'), 200)).activityTypes;
        expect(listed).toContainEqual({ code: 'sports-for-peace', fr: 'Sport pour la paix', en: 'Sport for peace' });
        expect(listed).toContainEqual({ code: 'seminaire', fr: 'Séminaire', en: 'Seminar', retired: true });
        return listed;
      });
      expect(types.filter((t) => t.code === 'sports-for-peace')).toHaveLength(1);
      expect(await mongo.db(platform.databases.activities).collection('activity_types').countDocuments()).toBe(0);
      const history = await body(admin().GET('/reference/history'), 200);
      expect(history).toContainEqual(expect.objectContaining({ change: 'added', list: 'activity-types', code: 'sports-for-peace', by: { userId: 'service:activities', organisationId: null } }));
      expect(history.filter((h) => h.code === 'seminaire').map((h) => h.change)).toEqual(['added', 'retired']);
      await eventually(async () =>
        expect(await eventsOnTopic()).toContainEqual(expect.objectContaining({ type: 'activities.reference.entry-added', subject: 'activity-types/sports-for-peace', actor: { userId: 'service:activities', organisationId: null } })),
      );
    } finally {
      await mongo.close();
    }
  });
});
