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

  it('versions amendments, applies them only when approved, and keeps the terms they replaced', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-AMEND');
    const proposed = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/amendments`, {
      version: subGrant.version, kind: 'top-up', justification: 'fora de validation supplémentaires à Diré', topUp: { amount: 2_000_000, currency: 'XOF' },
    });
    expect(proposed.status).toBe(201);
    const pending = (await proposed.json()) as SubGrant & { award: { amount: number } };
    expect(pending.award.amount).toBe(12_000_000);
    const approved = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/amendments/1/approve`, { version: pending.version });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({
      award: { amount: 14_000_000 },
      amendments: [{ number: 1, status: 'approved', before: { award: { amount: 12_000_000 } } }],
    });

    const extended = (await (await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/amendments`, {
      version: pending.version + 1, kind: 'no-cost-extension', justification: 'insécurité sur la route de Goundam', newEnd: '2026-06-30',
    })).json()) as SubGrant;
    const pastProject = await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/amendments/2/approve`, { version: extended.version });
    expect(pastProject.status).toBe(422);
    expect(await pastProject.json()).toMatchObject({ errors: [{ field: 'newEnd' }] });
  });

  it('tracks reports due, shows the overdue ones to program managers, and lets the CSO submit', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-DUE');
    const withDue = (await (await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/reporting-obligations`, {
      version: subGrant.version, kind: 'narrative', title: 'Rapport narratif du premier trimestre', dueDate: '2024-04-15',
    })).json()) as SubGrant & { obligations: { id: string }[] };
    const overdue = (await (await call('program-manager', 'GET', '/reporting-obligations/overdue')).json()) as { subGrantId: string; status: string }[];
    expect(overdue).toEqual(expect.arrayContaining([expect.objectContaining({ subGrantId: subGrant.id, status: 'overdue' })]));
    expect((await call('cso-reporter', 'GET', '/reporting-obligations/overdue')).status).toBe(403);

    const submitted = await call('cso-reporter', 'POST', `/sub-grants/${subGrant.id}/reporting-obligations/${withDue.obligations[0].id}/submit`, { version: withDue.version });
    expect(submitted.status).toBe(200);
    expect(await (await call('cso-reporter', 'GET', `/sub-grants/${subGrant.id}/reporting-obligations`)).json()).toEqual([
      expect.objectContaining({ status: 'submitted' }),
    ]);
    expect((await call('ajcet-reporter', 'POST', `/sub-grants/${subGrant.id}/reporting-obligations/${withDue.obligations[0].id}/submit`, { version: withDue.version + 1 })).status).toBe(404);
  });

  it('takes expenditure by budget line from the CSO and shows it in the summary and the IATI transactions', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-SPEND');
    const planned = (await (await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/tranches`, {
      version: subGrant.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' },
    })).json()) as SubGrant;
    const paid = (await (await call('program-manager', 'POST', `/sub-grants/${subGrant.id}/disbursements`, {
      version: planned.version, trancheId: planned.tranches[0].id, date: '2024-03-05', amount: { amount: 6_000_000, currency: 'XOF' },
    })).json()) as SubGrant;
    const unknownLine = await call('cso-reporter', 'POST', `/sub-grants/${subGrant.id}/expenditure-reports`, {
      version: paid.version, period: { start: '2024-03-01', end: '2024-03-31' }, lines: [{ category: 'véhicules', amount: { amount: 1, currency: 'XOF' } }],
    });
    expect(unknownLine.status).toBe(422);
    expect(await unknownLine.json()).toMatchObject({ errors: [{ field: 'lines[0].category' }] });
    const reported = await call('cso-reporter', 'POST', `/sub-grants/${subGrant.id}/expenditure-reports`, {
      version: paid.version, period: { start: '2024-03-01', end: '2024-03-31' },
      lines: [{ category: 'collecte de données', amount: { amount: 2_500_000, currency: 'XOF' } }],
    });
    expect(reported.status).toBe(201);
    expect(await (await call('program-manager', 'GET', `/sub-grants/${subGrant.id}/financial-summary`)).json()).toMatchObject({
      disbursed: { amount: 6_000_000 }, spent: { amount: 2_500_000 }, unspentDisbursed: { amount: 3_500_000 },
    });

    const iati = (await (await call('donor-viewer', 'GET', `/sub-grants/iati-transactions?projectId=${projectId}`)).json()) as {
      transactions: { transactionType: string; value: { amount: string; currency: string }; receiverOrg: { ref: string; receiverActivityId: string } }[];
    };
    expect(iati.transactions).toEqual(expect.arrayContaining([
      expect.objectContaining({ transactionType: '3', value: expect.objectContaining({ amount: '6000000', currency: 'XOF' }), receiverOrg: { ref: 'org-amss', receiverActivityId: 'COVE-TBK-SG-AMSS-SPEND' } }),
    ]));
    const projectSummary = (await (await call('donor-viewer', 'GET', `/projects/${projectId}/financial-summary`)).json()) as {
      budget: { amount: number }; byCurrency: { currency: string; disbursed: { amount: number }; spent: { amount: number } }[];
    };
    expect(projectSummary.budget.amount).toBe(60_000_000);
    const xof = projectSummary.byCurrency.find((c) => c.currency === 'XOF')!;
    expect(xof.disbursed.amount).toBeGreaterThanOrEqual(6_000_000);
    expect(xof.spent.amount).toBeGreaterThanOrEqual(2_500_000);
    expect((await call('alert-pm', 'GET', `/projects/${projectId}/financial-summary`)).status).toBe(404);
    const inRegion = (await (await call('program-manager', 'GET', '/sub-grants?region=ML06&limit=200')).json()) as { items: unknown[] };
    expect(inRegion.items.length).toBeGreaterThan(0);
    expect(((await (await call('program-manager', 'GET', '/sub-grants?region=ML01')).json()) as { items: unknown[] }).items).toEqual([]);
  });
});
