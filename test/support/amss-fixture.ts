import { body } from './answers';
import { eventually } from './eventually';
import { PlatformUnderTest } from './platform-under-test';

/**
 * AMSS's diagnostic study in the Timbuktu region (seed report 004): focus groups of 188 people,
 * by participant category as the report states them. Sex and age were not stated, except that
 * the women's associations' representatives are women.
 */
export const AMSS_FOCUS_GROUP_CELLS = [
  { sex: 'not-stated', ageBand: 'unknown', category: 'community-leaders', count: 35 },
  { sex: 'not-stated', ageBand: 'unknown', category: 'religious-leaders', count: 3 },
  { sex: 'not-stated', ageBand: 'unknown', category: 'ngo-representatives', count: 6 },
  { sex: 'female', ageBand: 'unknown', category: 'womens-associations', count: 72 },
  { sex: 'not-stated', ageBand: 'unknown', category: 'youth-associations', count: 72 },
];

/**
 * FHI 360's USAID-funded project in the Timbuktu region and an active sub-grant to AMSS, set up
 * through the grants API by FHI 360's program manager (waiting until grants knows the demo
 * organisations from the directory's events).
 */
export async function amssActiveSubGrant(platform: PlatformUnderTest, programManagerToken: string) {
  const grants = platform.client('grants', programManagerToken);
  const project = await eventually(
    () =>
      body(grants.POST('/projects', {
        body: {
          code: 'COVE-TBK', title: { fr: 'Prévention à Tombouctou', en: 'Prevention in Timbuktu' }, leadPartnerId: 'org-fhi360',
          donors: [{ organisationId: 'org-usaid', amount: { amount: 60_000_000, currency: 'XOF' } }],
          period: { start: '2024-01-01', end: '2025-12-31' }, budget: { amount: 60_000_000, currency: 'XOF' }, regions: ['ML06'],
        },
      }), 201),
    30000,
    250,
  );
  return { projectId: project.id, subGrant: await amssAnotherSubGrant(platform, programManagerToken, project.id, 'SG-AMSS-01') };
}

/** One more active sub-grant to AMSS under the project, by its reference. */
export async function amssAnotherSubGrant(platform: PlatformUnderTest, programManagerToken: string, projectId: string, reference: string) {
  const grants = platform.client('grants', programManagerToken);
  let subGrant = await body(grants.POST('/projects/{id}/sub-grants', {
    params: { path: { id: projectId } },
    body: {
      reference, recipientId: 'org-amss', purpose: 'Étude diagnostique', award: { amount: 12_000_000, currency: 'XOF' },
      period: { start: '2024-02-01', end: '2024-09-30' }, budgetLines: [],
    },
  }), 201);
  for (const transition of ['submit', 'approve', 'activate'] as const) {
    subGrant = await body(grants.POST('/sub-grants/{id}/transitions/{transition}', { params: { path: { id: subGrant.id, transition } }, body: { version: subGrant.version } }), 200);
  }
  return subGrant;
}
