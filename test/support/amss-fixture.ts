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

const grantsCall = (platform: PlatformUnderTest, token: string) => (method: string, path: string, body: object) =>
  fetch(`${platform.url('grants')}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/**
 * FHI 360's USAID-funded project in the Timbuktu region and an active sub-grant to AMSS, set up
 * through the grants API by FHI 360's program manager (waiting until grants knows the demo
 * organisations from the directory's events).
 */
export async function amssActiveSubGrant(platform: PlatformUnderTest, programManagerToken: string) {
  const grants = grantsCall(platform, programManagerToken);
  const project = await eventually(async () => {
    const response = await grants('POST', '/projects', {
      code: 'COVE-TBK', title: { fr: 'Prévention à Tombouctou', en: 'Prevention in Timbuktu' }, leadPartnerId: 'org-fhi360',
      donors: [{ organisationId: 'org-usaid', amount: { amount: 60_000_000, currency: 'XOF' } }],
      period: { start: '2024-01-01', end: '2025-12-31' }, budget: { amount: 60_000_000, currency: 'XOF' }, regions: ['ML06'],
    });
    // Plain checks rather than jest's, so benchmarks can set up the same way.
    if (response.status !== 201) throw new Error(`project not created yet: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  }, 30000, 250);
  return { projectId: project.id, subGrant: await amssAnotherSubGrant(platform, programManagerToken, project.id, 'SG-AMSS-01') };
}

/** One more active sub-grant to AMSS under the project, by its reference. */
export async function amssAnotherSubGrant(platform: PlatformUnderTest, programManagerToken: string, projectId: string, reference: string) {
  const grants = grantsCall(platform, programManagerToken);
  let subGrant = (await (await grants('POST', `/projects/${projectId}/sub-grants`, {
    reference, recipientId: 'org-amss', purpose: 'Étude diagnostique', award: { amount: 12_000_000, currency: 'XOF' },
    period: { start: '2024-02-01', end: '2024-09-30' }, budgetLines: [],
  })).json()) as { id: string; version: number };
  for (const step of ['submit', 'approve', 'activate']) {
    subGrant = (await (await grants('POST', `/sub-grants/${subGrant.id}/transitions/${step}`, { version: subGrant.version })).json()) as typeof subGrant;
  }
  return subGrant;
}
