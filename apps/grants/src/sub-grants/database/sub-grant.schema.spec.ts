import { Mongoose } from 'mongoose';
import { ProjectState } from '../../projects/domain/project';
import { SubGrant, SubGrantState } from '../domain/sub-grant';
import { SubGrantModel } from './sub-grant.schema';

const SubGrants = new Mongoose().model(SubGrantModel.name, SubGrantModel.schema);

const project: ProjectState = {
  id: 'p-cove', version: 1, code: 'COVE-TBK', title: { fr: 'Prévention à Tombouctou', en: 'Prevention in Timbuktu' },
  leadPartnerId: 'org-fhi360', donors: [{ organisationId: 'org-usaid', amount: { amount: 50_000_000, currency: 'XOF' } }],
  period: { start: '2024-01-01', end: '2025-12-31' }, budget: { amount: 50_000_000, currency: 'XOF' }, regions: ['ML06'], status: 'active',
};
const now = new Date('2024-02-01T09:00:00Z');

const stored = ({ id, ...rest }: SubGrantState) => ({ _id: id, ...rest, pendingEvents: [], hasPendingEvents: false });

describe('sub-grant schema', () => {
  it('keeps a sub-grant that went through every kind of change exactly as the domain made it', () => {
    let state = SubGrant.draft('sg-1', project, { id: 'org-amss', kind: 'cso', dueDiligence: 'verified' }, {
      reference: 'SG-AMSS-01', purpose: 'Étude diagnostique', award: { amount: 12_000_000, currency: 'XOF' },
      period: { start: '2024-02-01', end: '2024-09-30' },
      budgetLines: [{ category: 'collecte de données', amount: { amount: 8_000_000, currency: 'XOF' } }],
    }, 'user-pm', now).state;
    for (const t of ['submit', 'approve', 'activate'] as const) state = SubGrant.transition(state, t, 'user-pm', now).state;
    state = SubGrant.planTranche(state, { plannedDate: '2024-03-01', amount: { amount: 6_000_000, currency: 'XOF' }, condition: 'convention signée' }, 't-1').state;
    state = SubGrant.recordDisbursement(state, { trancheId: 't-1', date: '2024-03-02', amount: { amount: 500_000, currency: 'EUR' }, exchangeRate: '655.957' }, 'u').state;
    state = SubGrant.reportExpenditure(state, { period: { start: '2024-02-01', end: '2024-02-29' }, lines: [{ category: 'collecte de données', amount: { amount: 1_000_000, currency: 'XOF' } }] }, 'u', now, 'e-1').state;
    state = SubGrant.proposeAmendment(state, { kind: 'no-cost-extension', justification: 'saison des pluies', newEnd: '2024-12-31' }, 'u', now).state;
    state = SubGrant.approveAmendment(state, 1, project, 'u', now).state;
    state = SubGrant.setObligation(state, { kind: 'narrative', title: 'Rapport trimestriel', dueDate: '2024-04-15' }, 'o-1').state;
    state = SubGrant.updateObligation(state, 'o-1', 'submitted', now).state;
    state = SubGrant.transition(state, 'suspend', 'user-pm', now, 'rapport financier en retard').state;

    expect(new SubGrants(stored(state)).toObject()).toEqual(stored(state));
  });

  it('leaves optional lists absent rather than empty', () => {
    expect(new SubGrants({ _id: 'sg-2', version: 1, tranches: [] }).toObject()).not.toHaveProperty('amendments');
  });

  it('refuses a field it does not declare instead of dropping it', () => {
    expect(() => new SubGrants({ _id: 'sg-3', version: 1, note: 'not declared' })).toThrow(/not in schema/);
    const nested = new SubGrants({ _id: 'sg-3', version: 1, budgetLines: [{ category: 'x', amount: { amount: 1, currency: 'XOF' }, note: 'not declared' }] });
    expect(nested.validateSync()?.message).toMatch(/budgetLines.*StrictModeError/);
  });
});
