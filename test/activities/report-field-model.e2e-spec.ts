import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { Schema } from '@tributary/client';
import { body, problem } from '../support/answers';
import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { amssActiveSubGrant } from '../support/amss-fixture';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { requiredInfrastructure } from '../support/test-namespace';

type ReportContent = Schema<'activities', 'ReportContentRequest'>;

const USERS = { ...DEMO_USERS, 'alert-pm': 'pm@alert.example' } as const;

/**
 * A forum on peace and the prevention of violent extremism (as in the field reports): CSOs, a
 * regional council and a delegation from Niger took part; it ended in a declaration to the
 * transitional government with recommendations, and trained people in conflict analysis.
 */
const ORGANISATIONS: NonNullable<ReportContent['organisations']> = [
  { kind: 'youth-association', organisationId: 'org-ajcet' },
  { kind: 'local-authority', name: 'Conseil régional de Tombouctou' },
  { kind: 'foreign-delegation', name: 'Délégation du Niger' },
];
const DECLARATION = { kind: 'declaration', text: { fr: 'Déclaration de Tombouctou pour la paix et la prévention de l’extrémisme violent' }, addressee: 'Président de la Transition' };
const RECOMMENDATIONS = [
  { kind: 'recommendation', text: { fr: 'Confier la gestion des ressources naturelles aux communautés locales' }, theme: 'natural-resources', addressee: 'Ministère de l’Environnement' },
  { kind: 'recommendation', text: { fr: 'Associer les jeunes aux comités communaux de gestion des conflits' }, theme: 'pve', addressee: 'Conseil régional de Tombouctou' },
  { kind: 'recommendation', text: { fr: 'Renforcer le dialogue entre les forces de sécurité et la population' }, theme: 'social-cohesion', addressee: 'Gouvernement de transition' },
];
const TRAINED = { kind: 'trained-people', quantity: 25, text: { fr: 'Formation à l’analyse et à la gestion des conflits' }, theme: 'social-cohesion' };
const CELLS = [
  { sex: 'female', ageBand: '18-35', category: 'womens-associations', count: 30 },
  { sex: 'male', ageBand: '18-35', category: 'youth-associations', count: 28 },
  { sex: 'male', ageBand: '36-59', category: 'community-leaders', count: 22 },
];

describe('report content: participating organisations and outputs as items (#14)', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let subGrant: { id: string };

  const activities = (who: string) => platform.client('activities', tokens[who], 'en');
  const ofActivity = (id: string) => ({ params: { path: { id } } });
  const inFrench = { headers: { 'accept-language': 'fr' } };

  const forum = (overrides: Partial<ReportContent> = {}): ReportContent => ({
    actualStart: '2024-11-12', actualEnd: '2024-11-14', pcode: 'ML06',
    participants: { total: 80, cells: CELLS },
    organisations: ORGANISATIONS,
    outputs: [DECLARATION, ...RECOMMENDATIONS, TRAINED],
    narrative: 'Forum régional sur la paix et la prévention de l’extrémisme violent ; une déclaration et des recommandations adoptées en plénière.',
    ...overrides,
  });

  async function planned() {
    const id = randomUUID();
    const answer = await body(activities('cso-reporter').PUT('/activities/{id}', {
      ...ofActivity(id),
      body: { subGrantId: subGrant.id, type: 'forum', title: 'Forum régional sur la paix', plannedStart: '2024-11-12', plannedEnd: '2024-11-14', pcode: 'ML06', themes: ['pve'], plannedParticipants: 80 },
    }), 201);
    return answer.activity;
  }
  const saving = (id: string, version: number, content: ReportContent, language?: typeof inFrench) =>
    activities('cso-reporter').PUT('/activities/{id}/report', { ...ofActivity(id), body: { version, ...content }, ...(language ?? {}) });
  async function validated(content = forum()) {
    const activity = await planned();
    const draft = await body(saving(activity.id, activity.version, content), 200);
    const sent = await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(activity.id), body: { version: draft.version } }), 200);
    return body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(activity.id), body: { version: sent.version } }), 200);
  }
  const correcting = (id: string, version: number, content: ReportContent, reason = 'textes des recommandations relus') =>
    activities('program-manager').POST('/activities/{id}/report/correct', { ...ofActivity(id), body: { version, reason, ...content } });
  const eventsOf = async (subject: string, count: number) =>
    eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}activities.activity.v1`)).map((r) => JSON.parse(r.value)).filter((e) => e.subject === subject);
      const unique = [...new Map(all.map((e) => [e.id, e])).values()].sort((a, b) => a.sequence - b.sequence);
      expect(unique).toHaveLength(count);
      return unique;
    });
  const followingUp = (who: string, id: string, outputId: string, version: number, status: Schema<'activities', 'FollowUpRequest'>['status'], language?: typeof inFrench) =>
    activities(who).POST('/activities/{id}/outputs/{outputId}/follow-up', { params: { path: { id, outputId } }, body: { version, status }, ...(language ?? {}) });
  /** Sends the outputs back as the reporter got them: ids kept, the status left to the program manager. */
  const sentBack = (outputs: Schema<'activities', 'Output'>[]) => outputs.map(({ status: _s, ...output }) => output);

  beforeAll(async () => {
    platform = await startPlatform('report field model', ['grants', 'activities']);
    for (const [who, email] of Object.entries(USERS)) tokens[who] = (await platform.signIn(email)).access_token;
    subGrant = (await amssActiveSubGrant(platform, tokens['program-manager'])).subGrant;
    // Activities learns that the sub-grant is active from grants' events, and the directory's organisations from the directory's.
    const first = await eventually(() => planned(), 30000, 250);
    await eventually(() => body(saving(first.id, first.version, forum()), 200), 30000, 250);
  });
  afterAll(() => platform?.stop());

  it('keeps the organisations that took part and each output of a forum, and publishes them with the validated report (event version 2)', async () => {
    const activity = await planned();
    const draft = await body(saving(activity.id, activity.version, forum()), 200);
    expect(draft.report?.organisations).toEqual(ORGANISATIONS);
    const outputs = draft.report!.outputs;
    expect(outputs).toEqual([
      { ...DECLARATION, id: expect.any(String), quantity: 1 },
      ...RECOMMENDATIONS.map((r) => ({ ...r, id: expect.any(String), quantity: 1, status: 'proposed' })),
      { ...TRAINED, id: expect.any(String) },
    ]);
    expect(new Set(outputs.map((o) => o.id)).size).toBe(5);
    expect(await body(activities('me-officer').GET('/activities/{id}', ofActivity(activity.id)), 200)).toMatchObject({ report: { organisations: ORGANISATIONS, outputs } });

    const sent = await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(activity.id), body: { version: draft.version } }), 200);
    await body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(activity.id), body: { version: sent.version } }), 200);
    const [, submitted, validation] = await eventsOf(activity.id, 3);
    for (const event of [submitted, validation]) {
      expect(event.version).toBe(2);
      expect(event.data.organisations).toEqual(ORGANISATIONS);
      expect(event.data.outputs).toEqual(outputs);
    }
    expect(validation.type).toBe('activities.activity.report-validated');
  });

  it('refuses unknown kinds, an unnamed or repeated organisation and an unknown output id, naming the field in French and English', async () => {
    const activity = await planned();
    const refusals: [ReportContent, string, string, string][] = [
      [forum({ outputs: [DECLARATION, { kind: 'poem' }] }), 'outputs[1].kind', 'Type de produit inconnu ou retiré : poem', 'Unknown or retired output kind: poem'],
      [forum({ organisations: [{ kind: 'militia', name: 'Groupe d’autodéfense' }] }), 'organisations[0].kind', "Type d'organisation inconnu ou retiré : militia", 'Unknown or retired organisation kind: militia'],
      [
        forum({ organisations: [...ORGANISATIONS, { kind: 'local-authority' }] }), 'organisations[3].name',
        "Une organisation absente de l'annuaire doit être nommée", 'An organisation that is not in the directory needs a name',
      ],
      [
        forum({ organisations: [{ kind: 'local-authority', name: '  ' }] }), 'organisations[0].name',
        "Une organisation absente de l'annuaire doit être nommée", 'An organisation that is not in the directory needs a name',
      ],
      [
        forum({ organisations: [ORGANISATIONS[1], { kind: 'local-authority', name: 'conseil régional de Tombouctou ' }] }), 'organisations[1]',
        'Cette organisation apparaît deux fois', 'This organisation appears twice',
      ],
      [
        forum({ organisations: [ORGANISATIONS[0], { kind: 'cso', organisationId: 'org-ajcet' }] }), 'organisations[1]',
        'Cette organisation apparaît deux fois', 'This organisation appears twice',
      ],
      [forum({ outputs: [{ ...DECLARATION, id: 'made-up-id' }] }), 'outputs[0].id', "Ce produit n'existe pas dans ce rapport : made-up-id", 'No such output in this report: made-up-id'],
      [forum({ outputs: [{ ...RECOMMENDATIONS[0], theme: 'football' }] }), 'outputs[0].theme', 'Thème inconnu ou retiré : football', 'Unknown or retired theme: football'],
    ];
    for (const [content, field, fr, en] of refusals) {
      expect(await problem(saving(activity.id, activity.version, content, inFrench), 422)).toMatchObject({ errors: [{ field, message: fr }] });
      expect(await problem(saving(activity.id, activity.version, content), 422)).toMatchObject({ errors: [{ field, message: en }] });
    }
    expect(await problem(saving(activity.id, activity.version, forum({ outputs: [{ ...TRAINED, quantity: 0 }] })), 400)).toMatchObject({ errors: [{ field: 'outputs[0].quantity' }] });
    expect(await body(activities('cso-reporter').GET('/activities/{id}', ofActivity(activity.id)), 200)).toMatchObject({ version: activity.version, report: null });
  });

  it("refuses an organisation id the directory does not know (a typo would count as another organisation), in a draft, a correction and a batch; accepts the directory's, a new one once its event has come", async () => {
    const typo = [{ kind: 'womens-association', organisationId: 'org-afpi' }];
    const fr = "Cette organisation n'est pas dans l'annuaire : org-afpi (une organisation qui vient d'y être ajoutée peut mettre un moment à être connue ici)";
    const en = 'This organisation is not in the directory: org-afpi (one just added there may take a moment to be known here)';
    const activity = await planned();
    const mistyped = forum({ organisations: [ORGANISATIONS[1], ...typo] });
    expect(await problem(saving(activity.id, activity.version, mistyped, inFrench), 422)).toMatchObject({ errors: [{ field: 'organisations[1].organisationId', message: fr }] });
    expect(await problem(saving(activity.id, activity.version, mistyped), 422)).toMatchObject({ errors: [{ field: 'organisations[1].organisationId', message: en }] });
    expect(await body(activities('cso-reporter').GET('/activities/{id}', ofActivity(activity.id)), 200)).toMatchObject({ version: activity.version, report: null });

    const known = [ORGANISATIONS[1], { kind: 'womens-association', organisationId: 'org-afip' }];
    const draft = await body(saving(activity.id, activity.version, forum({ organisations: known })), 200);
    expect(draft.report!.organisations).toEqual(known);

    const other = await validated();
    expect(await problem(correcting(other.id, other.version, forum({ organisations: typo, outputs: sentBack(other.report!.outputs) })), 422)).toMatchObject({
      errors: [{ field: 'organisations[0].organisationId', message: en }],
    });

    const item = (organisations: ReportContent['organisations']) => ({
      id: randomUUID(),
      plan: { subGrantId: subGrant.id, type: 'forum', title: 'Forum communautaire', plannedStart: '2024-11-12', plannedEnd: '2024-11-14', pcode: 'ML06', themes: ['pve'], plannedParticipants: 80 },
      report: forum({ organisations }),
    });
    const batch = await body(activities('cso-reporter').POST('/activities/batch', { body: { items: [item(typo), item([known[1]])] } }), 200);
    expect(batch.map((r) => [r.outcome, r.errors])).toEqual([['invalid', [{ field: 'organisations[0].organisationId', message: en }]], ['created', undefined]]);

    // An organisation registered in the directory now is accepted once its event has reached activities (until then, refused).
    const registered = await body(platform.client('directory', tokens.admin).POST('/organisations', {
      body: { name: 'Coordination des associations féminines de Tombouctou', acronym: 'CAFO-TBK', kind: 'cso', country: 'ML', regions: ['ML06'] },
    }), 201);
    const fresh = [{ kind: 'womens-association', organisationId: registered.id }];
    const saved = await eventually(() => body(saving(activity.id, draft.version, forum({ organisations: fresh })), 200), 30000, 250);
    expect(saved.report!.organisations).toEqual(fresh);

    // Rebuilt from the directory's events with the other read models, the copy still tells them apart.
    await body(platform.client('activities', tokens.admin).POST('/admin/read-models/rebuild'), 200);
    expect(await problem(saving(activity.id, saved.version, mistyped), 422)).toMatchObject({ errors: [{ field: 'organisations[1].organisationId', message: en }] });
    const all = [...known, ...fresh];
    expect((await body(saving(activity.id, saved.version, forum({ organisations: all })), 200)).report!.organisations).toEqual(all);
  });

  it('keeps output ids through edits and corrections: sent back, an output keeps its id; a new one gets one; another report’s is refused', async () => {
    const activity = await planned();
    const first = await body(saving(activity.id, activity.version, forum()), 200);
    const [declaration, ...rest] = first.report!.outputs;
    // The reporter rewrites the declaration, drops the training and adds an action plan.
    const edited = await body(saving(activity.id, first.version, forum({
      outputs: [{ ...sentBack([declaration])[0], text: { fr: declaration.text!.fr!, en: 'Timbuktu declaration for peace' } }, ...sentBack(rest.slice(0, 3)), { kind: 'action-plan' }],
    })), 200);
    const outputs = edited.report!.outputs;
    expect(outputs.slice(0, 4).map((o) => o.id)).toEqual([declaration.id, ...rest.slice(0, 3).map((o) => o.id)]);
    expect(outputs[0].text).toEqual({ fr: declaration.text!.fr, en: 'Timbuktu declaration for peace' });
    expect(outputs[4]).toEqual({ id: expect.any(String), kind: 'action-plan', quantity: 1 });
    expect(first.report!.outputs.map((o) => o.id)).not.toContain(outputs[4].id);

    const other = await validated();
    const refused = await problem(correcting(other.id, other.version, forum({ outputs: [sentBack(outputs)[0]] })), 422);
    expect(refused).toMatchObject({ errors: [{ field: 'outputs[0].id', message: `No such output in this report: ${declaration.id}` }] });

    const corrected = await body(correcting(other.id, other.version, forum({ outputs: [...sentBack(other.report!.outputs), { kind: 'committee', text: { fr: 'Comité régional de suivi des recommandations' } }] })), 200);
    expect(corrected.report!.outputs.slice(0, 5)).toEqual(other.report!.outputs);
    expect(corrected.previousReports[0].outputs).toEqual(other.report!.outputs);
    const [, , , correction] = await eventsOf(other.id, 4);
    expect(correction).toMatchObject({ type: 'activities.activity.report-corrected', version: 2 });
    expect(correction.data.outputs).toEqual(corrected.report!.outputs);
    expect(correction.data.previous.outputs).toEqual(other.report!.outputs);
  });

  it('reads a report stored before outputs were items (three counts, no organisations) as items, and corrects it', async () => {
    const activity = await validated(forum({ organisations: [], outputs: [] }));
    // As the code before #14 stored it.
    const client = await MongoClient.connect(requiredInfrastructure().mongoUrl);
    try {
      await client.db(platform.databases.activities).collection('activities').updateOne(
        { _id: activity.id as never },
        { $set: { 'report.outputs': { recommendations: 6, declarations: 1, actionPlans: 0 } }, $unset: { 'report.organisations': '' } },
      );
    } finally {
      await client.close();
    }

    const read = await body(activities('program-manager').GET('/activities/{id}', ofActivity(activity.id)), 200);
    expect(read.report).toMatchObject({
      organisations: [],
      outputs: [
        ...Array.from({ length: 6 }, (_, i) => ({ id: `v1-recommendation-${i + 1}`, kind: 'recommendation', quantity: 1, status: 'proposed' })),
        { id: 'v1-declaration', kind: 'declaration', quantity: 1 },
      ],
    });
    const listed = await body(activities('program-manager').GET('/activities', { params: { query: { subGrantId: subGrant.id } } }), 200);
    expect(listed.find((a) => a.id === activity.id)?.report?.outputs).toEqual(read.report!.outputs);

    const corrected = await body(correcting(activity.id, read.version, forum({ outputs: sentBack(read.report!.outputs), organisations: [ORGANISATIONS[1]] }), 'organisations participantes ajoutées'), 200);
    expect(corrected.report!.outputs).toEqual(read.report!.outputs);
    expect(corrected.previousReports[0]).toMatchObject({ organisations: [], outputs: read.report!.outputs });
    const [, , , correction] = await eventsOf(activity.id, 4);
    expect(correction.data.previous.outputs).toEqual(read.report!.outputs);
    expect(correction.data.organisations).toEqual([ORGANISATIONS[1]]);
  });

  it("lets the lead partner's program manager follow a recommendation of a validated report up, with an event and an audit entry", async () => {
    const activity = await validated();
    const [declaration, recommendation] = activity.report!.outputs;
    const follow = (who: string, status: Schema<'activities', 'FollowUpRequest'>['status'], version = activity.version, outputId = recommendation.id) =>
      followingUp(who, activity.id, outputId, version, status);

    expect((await follow('cso-reporter', 'adopted')).response.status).toBe(403);
    expect((await follow('me-officer', 'adopted')).response.status).toBe(403);
    expect((await follow('alert-pm', 'adopted')).response.status).toBe(404);
    expect((await follow('program-manager', 'proposed' as never)).response.status).toBe(400);

    const adopted = await body(follow('program-manager', 'adopted'), 200);
    expect(adopted.version).toBe(activity.version + 1);
    expect(adopted.report!.outputs).toEqual(activity.report!.outputs.map((o) => (o.id === recommendation.id ? { ...o, status: 'adopted' } : o)));
    expect(adopted.report!.reportVersion).toBe(1);
    const inProgress = await body(follow('admin', 'in-progress', adopted.version), 200);
    expect(await problem(follow('program-manager', 'adopted', adopted.version), 409)).toMatchObject({ type: 'https://tributary.example/problems/stale-version' });
    expect(await problem(follow('program-manager', 'in-progress', inProgress.version), 409)).toMatchObject({
      errors: [{ field: 'status', message: 'The recommendation is already at this stage: in-progress' }],
    });

    const notOne = followingUp('program-manager', activity.id, declaration.id, inProgress.version, 'adopted', inFrench);
    expect(await problem(notOne, 422)).toMatchObject({ errors: [{ field: 'outputId', message: 'Seules les recommandations ont un suivi ; ce produit est : declaration' }] });
    expect(await problem(followingUp('program-manager', activity.id, declaration.id, inProgress.version, 'adopted'), 422)).toMatchObject({
      errors: [{ field: 'outputId', message: 'Only recommendations are followed up; this output is: declaration' }],
    });
    expect(await problem(followingUp('program-manager', activity.id, 'no-such-output', inProgress.version, 'adopted'), 404)).toMatchObject({ type: 'https://tributary.example/problems/output-not-found' });

    const events = await eventsOf(activity.id, 5);
    expect(events.slice(3).map((e) => [e.type, e.version, e.actor.userId, e.data.outputId, e.data.previousStatus, e.data.status])).toEqual([
      ['activities.activity.recommendation-followed-up', 1, 'user-pm-fhi360', recommendation.id, 'proposed', 'adopted'],
      ['activities.activity.recommendation-followed-up', 1, 'user-admin', recommendation.id, 'adopted', 'in-progress'],
    ]);
    expect(events[4].data).toMatchObject({ reportVersion: 1, organisations: ORGANISATIONS, outputs: inProgress.report!.outputs, participants: { total: 80 } });

    const trail = await eventually(async () => {
      const response = await fetch(`${platform.url('activities')}/audit?subject=${activity.id}`, { headers: { authorization: `Bearer ${tokens['program-manager']}` } });
      const { entries } = (await response.json()) as { entries: { type: string; actor: { userId: string }; changes: { field: string; before: unknown; after: unknown }[] }[] };
      expect(entries).toHaveLength(5);
      return entries;
    });
    expect(trail[3]).toMatchObject({ type: 'activities.activity.recommendation-followed-up', actor: { userId: 'user-pm-fhi360' } });
    expect(trail[3].changes).toEqual(expect.arrayContaining([{ field: 'status', before: null, after: 'adopted' }, { field: 'outputId', before: null, after: recommendation.id }]));
  });

  it('follows up only the recommendations of a validated report, and keeps their follow-up through a correction and a return', async () => {
    const activity = await planned();
    const draft = await body(saving(activity.id, activity.version, forum()), 200);
    const recommendation = draft.report!.outputs[1];
    const early = followingUp('program-manager', activity.id, recommendation.id, draft.version, 'adopted', inFrench);
    expect(await problem(early, 409)).toMatchObject({
      type: 'https://tributary.example/problems/wrong-report-status',
      title: "Impossible : suivre une recommandation (seulement celles d'un rapport validé) (statut : draft)",
    });
    const sent = await body(activities('cso-reporter').POST('/activities/{id}/report/submit', { ...ofActivity(activity.id), body: { version: draft.version } }), 200);
    expect((await followingUp('program-manager', activity.id, recommendation.id, sent.version, 'adopted')).response.status).toBe(409);
    const accepted = await body(activities('program-manager').POST('/activities/{id}/report/validate', { ...ofActivity(activity.id), body: { version: sent.version } }), 200);
    const implemented = await body(followingUp('program-manager', activity.id, recommendation.id, accepted.version, 'implemented'), 200);
    const dropped = await body(followingUp('program-manager', activity.id, draft.report!.outputs[2].id, implemented.version, 'dropped'), 200);

    // Corrected with the outputs sent back (a text reworded, one recommendation more): statuses stay.
    const [d, r1, r2, r3, trained] = sentBack(dropped.report!.outputs);
    const corrected = await body(correcting(activity.id, dropped.version, forum({
      outputs: [d, { ...r1, text: { fr: r1.text!.fr!, en: 'Entrust natural-resource management to local communities' } }, r2, r3, trained, RECOMMENDATIONS[0]],
    })), 200);
    expect(corrected.report!.outputs.map((o) => [o.id, o.status])).toEqual([
      [d.id, undefined], [r1.id, 'implemented'], [r2.id, 'dropped'], [r3.id, 'proposed'], [trained.id, undefined], [expect.any(String), 'proposed'],
    ]);
    const returned = await body(activities('program-manager').POST('/activities/{id}/report/return', { ...ofActivity(activity.id), body: { version: corrected.version, comments: 'joindre la déclaration signée' } }), 200);
    expect(await problem(followingUp('program-manager', activity.id, r3.id!, returned.version, 'adopted'), 409)).toMatchObject({ type: 'https://tributary.example/problems/wrong-report-status' });
    const redrafted = await body(saving(activity.id, returned.version, forum({ outputs: sentBack(returned.report!.outputs) })), 200);
    expect(redrafted.report!.outputs.map((o) => o.status)).toEqual([undefined, 'implemented', 'dropped', 'proposed', undefined, 'proposed']);
  });
});
