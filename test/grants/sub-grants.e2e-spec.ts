import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const USERS = {
  ...DEMO_USERS,
  'alert-pm': 'pm@alert.example',
  'ajcet-reporter': 'rapporteur@ajcet.example',
} as const;

interface SubGrant {
  id: string;
  version: number;
  status: string;
  tranches: { id: string }[];
  disbursements: unknown[];
}

describe('grants: sub-grants from award to disbursement, with money that adds up', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let projectId: string;

  beforeAll(async () => {
    platform = await startPlatform('grants', ['grants']);
    for (const [who, email] of Object.entries(USERS)) tokens[who] = (await platform.signIn(email)).access_token;
    // The project can be created once grants has learned the organisations from directory events.
    const project = await eventually(async () => {
      const response = await call('program-manager', 'POST', '/projects', {
        code: 'COVE-TBK',
        title: { fr: 'Prévention de l’extrémisme violent à Tombouctou', en: 'Preventing violent extremism in Timbuktu' },
        leadPartnerId: 'org-fhi360',
        donors: [{ organisationId: 'org-usaid', amount: { amount: 60_000_000, currency: 'XOF' } }],
        period: { start: '2024-01-01', end: '2025-12-31' },
        budget: { amount: 60_000_000, currency: 'XOF' },
        regions: ['ML06'],
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string };
    }, 30000, 250);
    projectId = project.id;
  });
  afterAll(() => platform?.stop());

  function call(who: string, method: string, path: string, body?: object, language = 'en') {
    return fetch(`${platform.url('grants')}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}`, 'accept-language': language },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }
  const get = async (who: string, id: string) => (await (await call(who, 'GET', `/sub-grants/${id}`)).json()) as SubGrant;

  const amssStudy = {
    reference: 'SG-AMSS-01',
    recipientId: 'org-amss',
    purpose: 'Étude diagnostique de l’extrémisme violent dans les cercles de Tombouctou, Goundam, Rharous, Diré et Niafunké',
    award: { amount: 12_000_000, currency: 'XOF' },
    period: { start: '2024-02-01', end: '2024-09-30' },
    budgetLines: [
      { category: 'collecte de données', amount: { amount: 7_000_000, currency: 'XOF' } },
      { category: 'fora de validation', amount: { amount: 5_000_000, currency: 'XOF' } },
    ],
  };

  async function activeSubGrant(reference: string): Promise<SubGrant> {
    const drafted = await call('program-manager', 'POST', `/projects/${projectId}/sub-grants`, { ...amssStudy, reference });
    expect(drafted.status).toBe(201);
    let subGrant = (await drafted.json()) as SubGrant;
    for (const step of ['submit', 'approve', 'activate']) {
      const moved = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/transitions/${step}`, { version: subGrant.version });
      expect(moved.status).toBe(200);
      subGrant = (await moved.json()) as SubGrant;
    }
    expect(subGrant.status).toBe('active');
    return subGrant;
  }

  it('refuses a recipient whose due diligence is not verified, naming the field', async () => {
    const response = await call('program-manager', 'POST', `/projects/${projectId}/sub-grants`, { ...amssStudy, recipientId: 'org-tassaght' }, 'fr');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'recipientId' }] });
  });

  it('walks the lifecycle and publishes an event with who and when for every change', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-LIFE');
    const tranche = (await (await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/tranches`, {
      version: subGrant.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' }, condition: 'rapport initial accepté',
    })).json()) as SubGrant;
    const paid = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/disbursements`, {
      version: tranche.version, trancheId: tranche.tranches[0].id, date: '2024-03-05', amount: { amount: 6_000_000, currency: 'XOF' },
    });
    expect(paid.status).toBe(201);
    const suspended = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/transitions/suspend`, { version: tranche.version + 1, reason: 'rapport financier en retard' });
    expect(suspended.status).toBe(200);

    const events = await eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}grants.subgrant.v1`)).map((r) => JSON.parse(r.value)).filter((e) => e.subject === subGrant.id);
      const unique = [...new Map(all.map((e) => [e.id, e])).values()].sort((a, b) => a.sequence - b.sequence);
      expect(unique).toHaveLength(7);
      return unique;
    });
    expect(events.map((e) => e.type.replace('grants.subgrant.', ''))).toEqual([
      'drafted', 'submitted', 'approved', 'activated', 'tranche-planned', 'disbursement-recorded', 'suspended',
    ]);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const e of events) expect(e.actor).toEqual({ userId: 'user-pm-fhi360', organisationId: 'org-fhi360' });
    expect(events[6].data).toMatchObject({ status: 'suspended', reason: 'rapport financier en retard' });
  });

  it('refuses a tranche above the award with a clear problem and writes nothing', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-TRANCHE');
    const refused = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/tranches`, {
      version: subGrant.version, plannedDate: '2024-03-01', amount: { amount: 12_000_001, currency: 'XOF' },
    }, 'fr');
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { title: string; errors: { field: string }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'amount.amount' })]);
    expect(problem.title).toContain('dépasseraient le montant accordé');
    expect(await get('program-manager', subGrant.id)).toMatchObject({ version: subGrant.version, tranches: [] });
  });

  it('refuses a disbursement on a suspended sub-grant and one in another currency without a rate, writing nothing', async () => {
    const active = await activeSubGrant('SG-AMSS-MONEY');
    const planned = (await (await call('program-manager', 'POST', `/sub-grants/${active.id}/tranches`, {
      version: active.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' },
    })).json()) as SubGrant;
    const trancheId = planned.tranches[0].id;

    const noRate = await call('program-manager', 'POST', `/sub-grants/${active.id}/disbursements`, {
      version: planned.version, trancheId, date: '2024-03-05', amount: { amount: 500_000, currency: 'EUR' },
    });
    expect(noRate.status).toBe(422);
    expect(await noRate.json()).toMatchObject({ errors: [{ field: 'exchangeRate' }] });

    const withRate = await call('program-manager', 'POST', `/sub-grants/${active.id}/disbursements`, {
      version: planned.version, trancheId, date: '2024-03-05', amount: { amount: 500_000, currency: 'EUR' }, exchangeRate: '655.957',
    });
    expect(withRate.status).toBe(201);
    const paid = (await withRate.json()) as SubGrant;
    expect(paid.disbursements[0]).toMatchObject({ exchangeRate: '655.957', amountInAwardCurrency: { amount: 3_279_785, currency: 'XOF' } });

    const suspended = (await (await call('program-manager', 'POST', `/sub-grants/${active.id}/transitions/suspend`, { version: paid.version, reason: 'audit' })).json()) as SubGrant;
    const refused = await call('program-manager', 'POST', `/sub-grants/${active.id}/disbursements`, {
      version: suspended.version, trancheId, date: '2024-04-01', amount: { amount: 100_000, currency: 'XOF' },
    });
    expect(refused.status).toBe(409);
    expect(await get('program-manager', active.id)).toMatchObject({ version: suspended.version, disbursements: [expect.anything()] });

    const summary = await (await call('donor-viewer', 'GET', `/sub-grants/${active.id}/financial-summary`)).json();
    expect(summary).toMatchObject({ awarded: { amount: 12_000_000 }, planned: { amount: 6_000_000 }, disbursed: { amount: 3_279_785 }, balance: { amount: 8_720_215 } });
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-STALE');
    const first = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/transitions/suspend`, { version: subGrant.version, reason: 'premier' });
    expect(first.status).toBe(200);
    const stale = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/transitions/close`, { version: subGrant.version });
    expect(stale.status).toBe(409);
    expect(await get('program-manager', subGrant.id)).toMatchObject({ status: 'suspended', version: subGrant.version + 1 });
  });

  it("scopes the portfolio: a CSO sees only its own sub-grants, another lead partner's manager sees nothing", async () => {
    const subGrant = await activeSubGrant('SG-AMSS-SCOPE');
    const amss = (await (await call('cso-reporter', 'GET', '/sub-grants')).json()) as { items: { recipientId: string }[] };
    expect(amss.items.length).toBeGreaterThan(0);
    expect(new Set(amss.items.map((s) => s.recipientId))).toEqual(new Set(['org-amss']));

    expect((await (await call('ajcet-reporter', 'GET', '/sub-grants')).json()) as object).toEqual({ items: [], nextCursor: null });
    expect((await call('ajcet-reporter', 'GET', `/sub-grants/${subGrant.id}`)).status).toBe(404);
    expect((await (await call('alert-pm', 'GET', '/sub-grants')).json()) as object).toEqual({ items: [], nextCursor: null });
    expect((await call('alert-pm', 'GET', `/sub-grants/${subGrant.id}`)).status).toBe(404);
    expect((await call('alert-pm', 'POST', `/sub-grants/${subGrant.id}/transitions/suspend`, { version: subGrant.version, reason: 'x' })).status).toBe(404);
    expect((await call('donor-viewer', 'GET', `/sub-grants/${subGrant.id}`)).status).toBe(200);
    expect((await call('me-officer', 'POST', `/sub-grants/${subGrant.id}/disbursements`, {})).status).toBe(403);
  });
});
