import { ProjectState } from '../../projects/domain/project';
import { SubGrant, SubGrantState } from './sub-grant';

const project: ProjectState = {
  id: 'p-cove', version: 1, code: 'COVE-TBK', title: { fr: 'Prévention à Tombouctou', en: 'Prevention in Timbuktu' },
  leadPartnerId: 'org-fhi360', donors: [{ organisationId: 'org-usaid', amount: { amount: 50_000_000, currency: 'XOF' } }],
  period: { start: '2024-01-01', end: '2025-12-31' }, budget: { amount: 50_000_000, currency: 'XOF' }, regions: ['ML06'], status: 'active',
};
const amss = { id: 'org-amss', kind: 'cso', dueDiligence: 'verified' };
const now = new Date('2024-02-01T09:00:00Z');

const drafted = (): SubGrantState =>
  SubGrant.draft('sg-1', project, amss, {
    reference: 'SG-AMSS-01', purpose: 'Étude diagnostique sur l’extrémisme violent dans cinq cercles',
    award: { amount: 12_000_000, currency: 'XOF' }, period: { start: '2024-02-01', end: '2024-09-30' },
    budgetLines: [{ category: 'collecte de données', amount: { amount: 8_000_000, currency: 'XOF' } }],
  }, 'user-pm', now).state;

const activeWithTranche = () => {
  let state = drafted();
  for (const t of ['submit', 'approve', 'activate'] as const) state = SubGrant.transition(state, t, 'user-pm', now).state;
  return SubGrant.planTranche(state, { plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' } }, 't-1').state;
};

describe('sub-grant', () => {
  it('refuses a recipient that is not a verified CSO', () => {
    expect(() => SubGrant.draft('x', project, { ...amss, dueDiligence: 'pending' }, { reference: 'R', purpose: 'P', award: { amount: 1, currency: 'XOF' }, period: { start: '2024-02-01', end: '2024-03-01' }, budgetLines: [] }, 'u', now))
      .toThrow(expect.objectContaining({ field: 'recipientId' }));
  });

  it('walks the lifecycle and refuses transitions from the wrong status', () => {
    let state = drafted();
    expect(() => SubGrant.transition(state, 'activate', 'u', now)).toThrow(expect.objectContaining({ code: 'wrong-status' }));
    for (const t of ['submit', 'approve', 'activate'] as const) state = SubGrant.transition(state, t, 'u', now).state;
    expect(() => SubGrant.transition(state, 'suspend', 'u', now)).toThrow(expect.objectContaining({ field: 'reason' }));
    state = SubGrant.transition(state, 'suspend', 'u', now, 'rapport financier en retard').state;
    state = SubGrant.transition(state, 'reactivate', 'u', now).state;
    state = SubGrant.transition(state, 'close', 'u', now).state;
    expect(state.history.map((h) => h.status)).toEqual(['draft', 'submitted', 'approved', 'active', 'suspended', 'active', 'closed']);
    expect(() => SubGrant.transition(state, 'terminate', 'u', now, 'x')).toThrow(expect.objectContaining({ code: 'wrong-status' }));
  });

  it('never lets tranches sum above the award', () => {
    const state = activeWithTranche();
    expect(() => SubGrant.planTranche(state, { plannedDate: '2024-06-01', amount: { amount: 6_000_001, currency: 'XOF' } }))
      .toThrow(expect.objectContaining({ code: 'tranches-above-award', field: 'amount.amount' }));
    expect(SubGrant.planTranche(state, { plannedDate: '2024-06-01', amount: { amount: 6_000_000, currency: 'XOF' } }).state.tranches).toHaveLength(2);
  });

  it('disburses only to an active sub-grant, within the tranche, and keeps the rate of a foreign currency', () => {
    const active = activeWithTranche();
    const suspended = SubGrant.transition(active, 'suspend', 'u', now, 'audit').state;
    expect(() => SubGrant.recordDisbursement(suspended, { trancheId: 't-1', date: '2024-03-02', amount: { amount: 100, currency: 'XOF' } }, 'u'))
      .toThrow(expect.objectContaining({ code: 'wrong-status' }));
    expect(() => SubGrant.recordDisbursement(active, { trancheId: 't-1', date: '2024-03-02', amount: { amount: 500_000, currency: 'EUR' } }, 'u'))
      .toThrow(expect.objectContaining({ field: 'exchangeRate' }));
    const paid = SubGrant.recordDisbursement(active, { trancheId: 't-1', date: '2024-03-02', amount: { amount: 500_000, currency: 'EUR' }, exchangeRate: '655.957' }, 'u').state;
    expect(paid.disbursements[0]).toMatchObject({ exchangeRate: '655.957', amountInAwardCurrency: { amount: 3_279_785, currency: 'XOF' } });
    expect(() => SubGrant.recordDisbursement(paid, { trancheId: 't-1', date: '2024-03-03', amount: { amount: 3_000_000, currency: 'XOF' } }, 'u'))
      .toThrow(expect.objectContaining({ code: 'disbursement-above-tranche' }));
    expect(SubGrant.financialSummary(paid)).toMatchObject({ disbursed: { amount: 3_279_785 }, balance: { amount: 12_000_000 - 3_279_785 } });
  });
});
