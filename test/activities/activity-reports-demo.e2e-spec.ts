import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

/**
 * The demo as `npm start` seeds it: AMSS's study in the Timbuktu region, and activities drawn from
 * the field reports that show participating organisations, outputs as items and a follow-up.
 */
describe('activities: the demo data', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatform('activities demo', ['grants', 'activities'], { GRANTS_SEED_DEMO: 'true', ACTIVITIES_SEED_DEMO: 'true' });
  });
  afterAll(() => platform?.stop());

  it('seeds reports with the organisations that took part, outputs item by item and a recommendation adopted', async () => {
    const activities = platform.client('activities', (await platform.signIn(DEMO_USERS['program-manager'])).access_token);
    const seeded = await eventually(async () => {
      const all = await body(activities.GET('/activities', { params: { query: { subGrantId: 'subgrant-amss-01' } } }), 200);
      // The seminar is seeded last: once it is submitted, the demo is complete.
      expect(all.find((a) => a.id === 'activity-amss-seminar-bamako')?.report?.status).toBe('submitted');
      expect(all).toHaveLength(11);
      return Object.fromEntries(all.map((a) => [a.id, a]));
    }, 90000, 500);

    expect(seeded['activity-amss-focus-groups'].report).toMatchObject({ status: 'validated', participants: { total: 188 } });
    expect(['ML0601', 'ML0602', 'ML0603', 'ML0604', 'ML0605'].map((pcode) => seeded[`activity-amss-forum-${pcode}`].report)).toEqual([null, null, null, null, null]);

    const exchange = seeded['activity-amss-peace-exchange-bamako'];
    expect(exchange).toMatchObject({ type: 'workshop', pcode: 'ML09', report: { status: 'validated', participants: { total: 20 } } });
    expect(exchange.report!.organisations).toHaveLength(9);
    expect(exchange.report!.organisations.filter((o) => o.organisationId)).toHaveLength(4);

    const forum = seeded['activity-amss-peace-forum-bamako'].report!;
    expect(forum.outputs.map((o) => [o.kind, o.status])).toEqual([
      ['declaration', undefined], ['recommendation', 'adopted'], ['recommendation', 'proposed'], ['recommendation', 'proposed'], ['recommendation', 'proposed'],
    ]);
    expect(forum.outputs.every((o) => o.text?.fr && o.addressee)).toBe(true);
    expect(forum.organisations.filter((o) => o.kind === 'foreign-delegation').map((o) => o.name)).toEqual(['Délégation du Burkina Faso', 'Délégation du Niger']);

    const training = seeded['activity-amss-training-kenieba'];
    expect(training).toMatchObject({ type: 'training', pcode: 'ML0104', report: { status: 'validated', participants: { total: 25 } } });
    expect(training.report!.outputs[0]).toMatchObject({ kind: 'trained-people', quantity: 25 });
    // An output kind the demo added as an administrator would, with its place in the history.
    expect(training.report!.outputs.map((o) => o.kind)).toContain('radio-broadcast');
    const admin = platform.client('activities', (await platform.signIn(DEMO_USERS.admin)).access_token);
    const history = await body(admin.GET('/reference/history'), 200);
    expect(history).toContainEqual(expect.objectContaining({ change: 'added', list: 'output-kinds', code: 'radio-broadcast' }));
    expect(seeded['activity-amss-workshop-segou'].report).toMatchObject({ status: 'validated', outputs: [{ kind: 'action-plan' }] });
    expect(seeded['activity-amss-seminar-bamako']).toMatchObject({ type: 'seminar', report: { status: 'submitted' } });
  });
});
