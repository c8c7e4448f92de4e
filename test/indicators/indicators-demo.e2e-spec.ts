import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const projectId = 'project-cove-tbk';

/**
 * The M&E dashboard as `npm start` seeds it: COVE-TBK's results framework, whose values come from
 * AMSS's demo reports (the seminar, not yet validated, counts for nothing).
 */
describe('indicators: the demo results framework', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatform('indicators demo', ['grants', 'activities', 'indicators'], {
      GRANTS_SEED_DEMO: 'true', ACTIVITIES_SEED_DEMO: 'true', INDICATORS_SEED_DEMO: 'true',
    });
  });
  afterAll(() => platform?.stop());

  it("defines COVE-TBK's indicators in French and English, and their 2024 values count AMSS's validated reports", async () => {
    const indicators = platform.client('indicators', (await platform.signIn(DEMO_USERS['me-officer'])).access_token);

    const framework = await eventually(async () => {
      const defined = await body(indicators.GET('/projects/{projectId}/indicators', { params: { path: { projectId } } }), 200);
      expect(defined).toHaveLength(8);
      return defined;
    }, 60000, 500);
    expect(framework.map((i) => i.code)).toEqual(['OC-3.2', 'OUT-1.1', 'OUT-1.2', 'OUT-1.3', 'OUT-2.1', 'OUT-2.2', 'OUT-3.1', 'OUT-4.1']);
    // The values are whole once no indicator is being recounted: until then a replay begun before the
    // last definitions may have switched in values that count some reports under only part of the framework.
    await eventually(async () => {
      const defined = await body(indicators.GET('/projects/{projectId}/indicators', { params: { path: { projectId } } }), 200);
      expect(defined.filter((i) => i.recounting).map((i) => i.code)).toEqual([]);
    }, 90000, 500);
    expect(framework.every((i) => i.title.fr && i.title.en && i.result?.fr && i.result?.en && i.targets.some((t) => t.period === '2024'))).toBe(true);

    // People trained come only from the training in Kéniéba, validated after the other reports but the seminar.
    const values = await eventually(async () => {
      const page = await body(indicators.GET('/feeds/values', { params: { query: { projectId, scope: `project:${projectId}`, periodType: 'yearly', from: '2024-01-01', to: '2024-12-31', limit: 500 } } }), 200);
      const byCode = Object.fromEntries(page.items.filter((v) => v.period === '2024').map((v) => [v.code, v]));
      expect(byCode['OUT-4.1']?.value).toBe(25);
      expect(byCode['OC-3.2']?.value).toBe(2);
      expect(byCode['OUT-1.1']?.value).toBe(393);
      return byCode;
    }, 80000, 500);

    const participants = values['OUT-1.1'];
    expect(participants.disaggregation).toMatchObject({ 'sex=female': 135, 'activityType=study': 188, 'activityType=training': 25, 'adm1=ML06': 188, 'adm1=ML09': 140, 'adm1=ML01': 25, 'adm1=ML04': 40 });
    expect(participants.target).toBe(400);
    expect(values['OUT-1.2'].value).toBeCloseTo((100 * 135) / 393, 1);

    const organisationKinds = values['OUT-1.3'].disaggregation;
    for (const kind of ['cso', 'youth-association', 'womens-association', 'traditional-authority', 'government', 'international-organisation', 'foreign-delegation', 'local-authority', 'religious-leaders']) {
      expect(organisationKinds[`organisationKind=${kind}`]).toBeGreaterThan(0);
    }
    // The police and the radio attended only the seminar, whose report awaits validation.
    expect(organisationKinds['organisationKind=security-forces']).toBeUndefined();
    expect(organisationKinds['organisationKind=foreign-delegation']).toBe(2);

    expect(values['OUT-2.1']).toMatchObject({ value: 1, disaggregation: { 'adm1=ML01': 1 } });
    expect(values['OUT-2.2'].value).toBe(4);
    expect(values['OUT-3.1'].value).toBe(20);
    expect(values['OUT-3.1'].disaggregation).toMatchObject({ 'status=adopted': 1, 'status=in-progress': 1, 'theme=pve': expect.any(Number) });
    expect(values['OC-3.2'].disaggregation).toEqual({ 'status=adopted': 1, 'status=in-progress': 1 });
  });
});
