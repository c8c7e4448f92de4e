import { body, problem, status } from '../support/answers';
import { Schema } from '@tributary/client';
import { eventually } from '../support/eventually';
import { readTopic } from '../support/kafka-probe';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const USERS = {
  ...DEMO_USERS,
  'alert-pm': 'pm@alert.example',
  'ajcet-reporter': 'rapporteur@ajcet.example',
} as const;

describe('grants: sub-grants from award to disbursement, with money that adds up', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  let projectId: string;

  beforeAll(async () => {
    platform = await startPlatform('grants', ['grants']);
    for (const [who, email] of Object.entries(USERS)) tokens[who] = (await platform.signIn(email)).access_token;
    // The project can be created once grants has learned the organisations from directory events.
    const project = await eventually(
      () =>
        body(grants('program-manager').POST('/projects', {
          body: {
            code: 'COVE-TBK',
            title: { fr: 'Prévention de l’extrémisme violent à Tombouctou', en: 'Preventing violent extremism in Timbuktu' },
            leadPartnerId: 'org-fhi360',
            donors: [{ organisationId: 'org-usaid', amount: { amount: 60_000_000, currency: 'XOF' } }],
            period: { start: '2024-01-01', end: '2025-12-31' },
            budget: { amount: 60_000_000, currency: 'XOF' },
            regions: ['ML06'],
          },
        }), 201),
      30000,
      250,
    );
    projectId = project.id;
  });
  afterAll(() => platform?.stop());

  const grants = (who: string) => platform.client('grants', tokens[who], 'en');
  const inFrench = { headers: { 'accept-language': 'fr' } };
  const ofSubGrant = (id: string) => ({ params: { path: { id } } });
  const get = (who: string, id: string) => body(grants(who).GET('/sub-grants/{id}', ofSubGrant(id)), 200);

  const amssStudy: Schema<'grants', 'DraftSubGrantRequest'> = {
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

  async function activeSubGrant(reference: string) {
    let subGrant = await body(grants('program-manager').POST('/projects/{id}/sub-grants', { params: { path: { id: projectId } }, body: { ...amssStudy, reference } }), 201);
    for (const transition of ['submit', 'approve', 'activate'] as const) {
      subGrant = await body(grants('program-manager').POST('/sub-grants/{id}/transitions/{transition}', {
        params: { path: { id: subGrant.id, transition } },
        body: { version: subGrant.version },
      }), 200);
    }
    expect(subGrant.status).toBe('active');
    return subGrant;
  }

  it('refuses a project code or sub-grant reference that could not be part of an IATI identifier, naming the field', async () => {
    const project = grants('program-manager').POST('/projects', {
      body: {
        code: 'COVE TBK/2', title: { fr: 'Projet', en: 'Project' }, leadPartnerId: 'org-fhi360', donors: [],
        period: { start: '2024-01-01', end: '2025-12-31' }, budget: { amount: 1_000_000, currency: 'XOF' }, regions: ['ML06'],
      },
    });
    expect(await problem(project, 400)).toMatchObject({ errors: [expect.objectContaining({ field: 'code' })] });
    const subGrant = grants('program-manager').POST('/projects/{id}/sub-grants', { params: { path: { id: projectId } }, body: { ...amssStudy, reference: 'SG AMSS:01' } });
    expect(await problem(subGrant, 400)).toMatchObject({ errors: [expect.objectContaining({ field: 'reference' })] });
  });

  it('refuses a recipient whose due diligence is not verified, naming the field', async () => {
    const refused = grants('program-manager').POST('/projects/{id}/sub-grants', { params: { path: { id: projectId } }, body: { ...amssStudy, recipientId: 'org-tassaght' }, ...inFrench });
    expect(await problem(refused, 422)).toMatchObject({ errors: [{ field: 'recipientId' }] });
  });

  it('walks the lifecycle and publishes an event with who and when for every change', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-LIFE');
    const tranche = await body(grants('program-manager').POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant(subGrant.id),
      body: { version: subGrant.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' }, condition: 'rapport initial accepté' },
    }), 201);
    await body(grants('program-manager').POST('/sub-grants/{id}/disbursements', {
      ...ofSubGrant(subGrant.id),
      body: { version: tranche.version, trancheId: tranche.tranches[0].id, date: '2024-03-05', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    await body(grants('program-manager').POST('/sub-grants/{id}/transitions/{transition}', {
      params: { path: { id: subGrant.id, transition: 'suspend' } },
      body: { version: tranche.version + 1, reason: 'rapport financier en retard' },
    }), 200);

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
    const refused = await problem(grants('program-manager').POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant(subGrant.id),
      body: { version: subGrant.version, plannedDate: '2024-03-01', amount: { amount: 12_000_001, currency: 'XOF' } },
      ...inFrench,
    }), 422);
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'amount.amount' })]);
    expect(refused.title).toContain('dépasseraient le montant accordé');
    expect(await get('program-manager', subGrant.id)).toMatchObject({ version: subGrant.version, tranches: [] });
  });

  it('refuses a disbursement on a suspended sub-grant and one in another currency without a rate, writing nothing', async () => {
    const active = await activeSubGrant('SG-AMSS-MONEY');
    const planned = await body(grants('program-manager').POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant(active.id),
      body: { version: active.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    const trancheId = planned.tranches[0].id;
    const disburse = (version: number, disbursement: Omit<Schema<'grants', 'RecordDisbursementRequest'>, 'version' | 'trancheId'>) =>
      grants('program-manager').POST('/sub-grants/{id}/disbursements', { ...ofSubGrant(active.id), body: { version, trancheId, ...disbursement } });

    const noRate = disburse(planned.version, { date: '2024-03-05', amount: { amount: 500_000, currency: 'EUR' } });
    expect(await problem(noRate, 422)).toMatchObject({ errors: [{ field: 'exchangeRate' }] });

    const paid = await body(disburse(planned.version, { date: '2024-03-05', amount: { amount: 500_000, currency: 'EUR' }, exchangeRate: '655.957' }), 201);
    expect(paid.disbursements[0]).toMatchObject({ exchangeRate: '655.957', amountInAwardCurrency: { amount: 3_279_785, currency: 'XOF' } });

    const suspended = await body(grants('program-manager').POST('/sub-grants/{id}/transitions/{transition}', {
      params: { path: { id: active.id, transition: 'suspend' } },
      body: { version: paid.version, reason: 'audit' },
    }), 200);
    await problem(disburse(suspended.version, { date: '2024-04-01', amount: { amount: 100_000, currency: 'XOF' } }), 409);
    expect(await get('program-manager', active.id)).toMatchObject({ version: suspended.version, disbursements: [expect.anything()] });

    const summary = await body(grants('donor-viewer').GET('/sub-grants/{id}/financial-summary', ofSubGrant(active.id)), 200);
    expect(summary).toMatchObject({ awarded: { amount: 12_000_000 }, planned: { amount: 6_000_000 }, disbursed: { amount: 3_279_785 }, balance: { amount: 8_720_215 } });
  });

  it("takes the amount the bank credited for a payment in euros: it counts against the tranche, and the rate derived from it is kept", async () => {
    const active = await activeSubGrant('SG-AMSS-CREDITED');
    const planned = await body(grants('program-manager').POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant(active.id),
      body: { version: active.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    const trancheId = planned.tranches[0].id;
    const disburse = (version: number, disbursement: Omit<Schema<'grants', 'RecordDisbursementRequest'>, 'version' | 'trancheId'>, language: 'fr' | 'en' = 'en') =>
      grants('program-manager').POST('/sub-grants/{id}/disbursements', { ...ofSubGrant(active.id), body: { version, trancheId, ...disbursement }, headers: { 'accept-language': language } });
    const inEuros = { date: '2024-03-05', amount: { amount: 914_700, currency: 'EUR' } } as const; // 9,147.00 EUR

    const refusals: [Omit<Schema<'grants', 'RecordDisbursementRequest'>, 'version' | 'trancheId'>, string, string, string][] = [
      [{ date: '2024-03-05', amount: { amount: 6_000_000, currency: 'XOF' }, creditedAmount: { amount: 6_000_000, currency: 'XOF' } }, 'creditedAmount', 'Un montant crédité ne se donne que pour un paiement dans une autre devise que XOF', 'A credited amount is only given for a payment in a currency other than XOF'],
      [{ ...inEuros, creditedAmount: { amount: 0, currency: 'XOF' } }, 'creditedAmount.amount', 'Le montant crédité doit être supérieur à zéro', 'The credited amount must be above zero'],
      [{ ...inEuros, creditedAmount: { amount: 9_147, currency: 'EUR' } }, 'creditedAmount.currency', 'La devise doit être XOF', 'The currency must be XOF'],
      [{ ...inEuros, exchangeRate: '655.957', creditedAmount: { amount: 5_995_000, currency: 'XOF' } }, 'exchangeRate', 'Donnez le taux de change ou le montant crédité, pas les deux', 'Give the exchange rate or the credited amount, not both'],
      [{ ...inEuros, creditedAmount: { amount: 6_000_001, currency: 'XOF' } }, 'creditedAmount.amount', 'Le décaissement dépasserait la tranche', 'The disbursement would exceed the tranche'],
    ];
    for (const [disbursement, field, fr, en] of refusals) {
      expect(await problem(disburse(planned.version, disbursement, 'fr'), 422)).toMatchObject({ errors: [{ field, message: expect.stringContaining(fr) }] });
      expect(await problem(disburse(planned.version, disbursement, 'en'), 422)).toMatchObject({ errors: [{ field, message: expect.stringContaining(en) }] });
    }
    expect(await get('program-manager', active.id)).toMatchObject({ version: planned.version, disbursements: [] });

    // The bank credited 5,995,000 XOF after its charges: 655.40614… XOF per euro, kept as 655.406.
    const paid = await body(disburse(planned.version, { ...inEuros, creditedAmount: { amount: 5_995_000, currency: 'XOF' } }), 201);
    expect(paid.disbursements).toEqual([expect.objectContaining({
      amount: { amount: 914_700, currency: 'EUR' }, creditedAmount: { amount: 5_995_000, currency: 'XOF' }, exchangeRate: '655.406', amountInAwardCurrency: { amount: 5_995_000, currency: 'XOF' },
    })]);
    const summary = await body(grants('program-manager').GET('/sub-grants/{id}/financial-summary', ofSubGrant(active.id)), 200);
    expect(summary).toMatchObject({ disbursed: { amount: 5_995_000, currency: 'XOF' }, balance: { amount: 6_005_000 } });
    // What is left of the tranche is what the bank did not credit: 5,000 XOF.
    const more = { date: '2024-03-20', amount: { amount: 800, currency: 'EUR' } } as const;
    expect(await problem(disburse(paid.version, { ...more, creditedAmount: { amount: 5_001, currency: 'XOF' } }), 422)).toMatchObject({ errors: [{ field: 'creditedAmount.amount' }] });
    await body(disburse(paid.version, { ...more, creditedAmount: { amount: 5_000, currency: 'XOF' } }), 201);

    const event = await eventually(async () => {
      const all = (await readTopic(`${platform.topicPrefix}grants.subgrant.v1`)).map((r) => JSON.parse(r.value));
      const recorded = all.find((e) => e.subject === active.id && e.type === 'grants.subgrant.disbursement-recorded');
      expect(recorded).toBeDefined();
      return recorded;
    });
    expect(event.version).toBe(1);
    expect(event.data).toMatchObject({ amount: { amount: 914_700, currency: 'EUR' }, creditedAmount: { amount: 5_995_000, currency: 'XOF' }, exchangeRate: '655.406', amountInAwardCurrency: { amount: 5_995_000, currency: 'XOF' } });

    const iati = await body(grants('program-manager').GET('/sub-grants/iati-transactions', { params: { query: { projectId } } }), 200);
    expect(iati.transactions.find((t) => t.ref === paid.disbursements[0].id)).toMatchObject({
      value: { amount: '9147.00', currency: 'EUR', valueDate: '2024-03-05' }, exchangeRate: '655.406', valueInAwardCurrency: { amount: '5995000', currency: 'XOF' },
    });
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-STALE');
    const move = (transition: 'suspend' | 'close', reason?: string) =>
      grants('program-manager').POST('/sub-grants/{id}/transitions/{transition}', {
        params: { path: { id: subGrant.id, transition } },
        body: { version: subGrant.version, ...(reason ? { reason } : {}) },
      });
    await body(move('suspend', 'premier'), 200);
    await problem(move('close'), 409);
    expect(await get('program-manager', subGrant.id)).toMatchObject({ status: 'suspended', version: subGrant.version + 1 });
  });

  it("scopes the portfolio: a CSO sees only its own sub-grants, another lead partner's manager sees nothing", async () => {
    const subGrant = await activeSubGrant('SG-AMSS-SCOPE');
    const amss = await body(grants('cso-reporter').GET('/sub-grants'), 200);
    expect(amss.items.length).toBeGreaterThan(0);
    expect(new Set(amss.items.map((s) => s.recipientId))).toEqual(new Set(['org-amss']));

    expect(await body(grants('ajcet-reporter').GET('/sub-grants'), 200)).toEqual({ items: [], nextCursor: null });
    expect(await status(grants('ajcet-reporter').GET('/sub-grants/{id}', ofSubGrant(subGrant.id)))).toBe(404);
    expect(await body(grants('alert-pm').GET('/sub-grants'), 200)).toEqual({ items: [], nextCursor: null });
    expect(await status(grants('alert-pm').GET('/sub-grants/{id}', ofSubGrant(subGrant.id)))).toBe(404);
    const suspend = { params: { path: { id: subGrant.id, transition: 'suspend' as const } }, body: { version: subGrant.version, reason: 'x' } };
    expect(await status(grants('alert-pm').POST('/sub-grants/{id}/transitions/{transition}', suspend))).toBe(404);
    expect(await status(grants('donor-viewer').GET('/sub-grants/{id}', ofSubGrant(subGrant.id)))).toBe(200);
    const disbursement = { ...ofSubGrant(subGrant.id), body: { version: subGrant.version, trancheId: 'any', date: '2024-03-05', amount: { amount: 1, currency: 'XOF' as const } } };
    expect(await status(grants('me-officer').POST('/sub-grants/{id}/disbursements', disbursement))).toBe(403);
  });

  it('versions amendments, applies them only when approved, and keeps the terms they replaced', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-AMEND');
    const pending = await body(grants('program-manager').POST('/sub-grants/{id}/amendments', {
      ...ofSubGrant(subGrant.id),
      body: { version: subGrant.version, kind: 'top-up', justification: 'fora de validation supplémentaires à Diré', topUp: { amount: 2_000_000, currency: 'XOF' } },
    }), 201);
    expect(pending.award.amount).toBe(12_000_000);
    const approve = (number: number, version: number) =>
      grants('program-manager').POST('/sub-grants/{id}/amendments/{number}/approve', { params: { path: { id: subGrant.id, number } }, body: { version } });
    expect(await body(approve(1, pending.version), 200)).toMatchObject({
      award: { amount: 14_000_000 },
      amendments: [{ number: 1, status: 'approved', before: { award: { amount: 12_000_000 } } }],
    });

    const extended = await body(grants('program-manager').POST('/sub-grants/{id}/amendments', {
      ...ofSubGrant(subGrant.id),
      body: { version: pending.version + 1, kind: 'no-cost-extension', justification: 'insécurité sur la route de Goundam', newEnd: '2026-06-30' },
    }), 201);
    expect(await problem(approve(2, extended.version), 422)).toMatchObject({ errors: [{ field: 'newEnd' }] });
  });

  it('tracks reports due, shows the overdue ones to program managers, and lets the CSO submit', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-DUE');
    const withDue = await body(grants('program-manager').POST('/sub-grants/{id}/reporting-obligations', {
      ...ofSubGrant(subGrant.id),
      body: { version: subGrant.version, kind: 'narrative', title: 'Rapport narratif du premier trimestre', dueDate: '2024-04-15' },
    }), 201);
    const overdue = await body(grants('program-manager').GET('/reporting-obligations/overdue'), 200);
    expect(overdue).toEqual(expect.arrayContaining([expect.objectContaining({ subGrantId: subGrant.id, status: 'overdue' })]));
    expect(await status(grants('cso-reporter').GET('/reporting-obligations/overdue'))).toBe(403);

    const submit = (who: string, version: number) =>
      grants(who).POST('/sub-grants/{id}/reporting-obligations/{obligationId}/submit', {
        params: { path: { id: subGrant.id, obligationId: withDue.obligations![0].id } },
        body: { version },
      });
    await body(submit('cso-reporter', withDue.version), 200);
    expect(await body(grants('cso-reporter').GET('/sub-grants/{id}/reporting-obligations', ofSubGrant(subGrant.id)), 200)).toEqual([
      expect.objectContaining({ status: 'submitted' }),
    ]);
    expect(await status(submit('ajcet-reporter', withDue.version + 1))).toBe(404);
  });

  it('takes expenditure by budget line from the CSO and shows it in the summary and the IATI transactions', async () => {
    const subGrant = await activeSubGrant('SG-AMSS-SPEND');
    const planned = await body(grants('program-manager').POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant(subGrant.id),
      body: { version: subGrant.version, plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    const paid = await body(grants('program-manager').POST('/sub-grants/{id}/disbursements', {
      ...ofSubGrant(subGrant.id),
      body: { version: planned.version, trancheId: planned.tranches[0].id, date: '2024-03-05', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    const report = (category: string, amount: number) =>
      grants('cso-reporter').POST('/sub-grants/{id}/expenditure-reports', {
        ...ofSubGrant(subGrant.id),
        body: { version: paid.version, period: { start: '2024-03-01', end: '2024-03-31' }, lines: [{ category, amount: { amount, currency: 'XOF' } }] },
      });
    expect(await problem(report('véhicules', 1), 422)).toMatchObject({ errors: [{ field: 'lines[0].category' }] });
    await body(report('collecte de données', 2_500_000), 201);
    expect(await body(grants('program-manager').GET('/sub-grants/{id}/financial-summary', ofSubGrant(subGrant.id)), 200)).toMatchObject({
      disbursed: { amount: 6_000_000 }, spent: { amount: 2_500_000 }, unspentDisbursed: { amount: 3_500_000 },
    });

    const iati = await body(grants('donor-viewer').GET('/sub-grants/iati-transactions', { params: { query: { projectId } } }), 200);
    expect(iati.transactions).toEqual(expect.arrayContaining([
      expect.objectContaining({
        transactionType: '3',
        value: expect.objectContaining({ amount: '6000000', currency: 'XOF' }),
        // FHI 360 by its IATI identifier and name; AMSS has none in the directory, so by name only.
        providerOrg: { ref: 'US-EIN-237011074', narrative: 'FHI 360' },
        receiverOrg: { narrative: 'Association Malienne pour la Survie au Sahel', receiverActivityId: 'US-EIN-237011074-COVE-TBK-SG-AMSS-SPEND' },
      }),
    ]));
    // The lead partner's machine client holds the feeds:read scope and no role: it exports the same.
    const machine = platform.client('grants', await platform.signInFeedsClient(tokens.admin), 'en');
    expect((await body(machine.GET('/sub-grants/iati-transactions', { params: { query: { projectId } } }), 200)).transactions).toEqual(iati.transactions);
    const projectSummary = await body(grants('donor-viewer').GET('/projects/{id}/financial-summary', { params: { path: { id: projectId } } }), 200);
    expect(projectSummary.budget.amount).toBe(60_000_000);
    const xof = projectSummary.byCurrency.find((c) => c.currency === 'XOF')!;
    expect(xof.disbursed.amount).toBeGreaterThanOrEqual(6_000_000);
    expect(xof.spent.amount).toBeGreaterThanOrEqual(2_500_000);
    expect(await status(grants('alert-pm').GET('/projects/{id}/financial-summary', { params: { path: { id: projectId } } }))).toBe(404);
    const inRegion = await body(grants('program-manager').GET('/sub-grants', { params: { query: { region: 'ML06', limit: 200 } } }), 200);
    expect(inRegion.items.length).toBeGreaterThan(0);
    expect((await body(grants('program-manager').GET('/sub-grants', { params: { query: { region: 'ML01' } } }), 200)).items).toEqual([]);
  });
});
