import { DataOf, ProjectCreated } from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { checkMoney, Money, sameCurrency, sum } from '@tributary/kernel';
import { projectMessages as text } from '../projects.messages';

export interface Period {
  start: string;
  end: string;
}

export interface ProjectState {
  id: string;
  version: number;
  code: string;
  title: { fr: string; en: string };
  leadPartnerId: string;
  donors: { organisationId: string; amount: Money }[];
  period: Period;
  budget: Money;
  regions: string[];
  status: 'active' | 'closed';
}

export function checkPeriod(period: Period, field: string): void {
  if (!(period.start < period.end)) {
    throw new DomainError('invalid', 'period-reversed', text('periodReversed'), `${field}.end`);
  }
}

/** A programme a lead partner runs with its donors' money. */
export const Project = {
  create(
    id: string,
    input: Omit<ProjectState, 'id' | 'version' | 'status'>,
    organisationKind: (id: string) => string | undefined,
  ): { state: ProjectState; event: { definition: typeof ProjectCreated; data: DataOf<typeof ProjectCreated> } } {
    checkMoney(input.budget, 'budget');
    checkPeriod(input.period, 'period');
    if (organisationKind(input.leadPartnerId) !== 'lead-partner') {
      throw new DomainError('invalid', 'not-a-lead-partner', text('notALeadPartner'), 'leadPartnerId');
    }
    input.donors.forEach((donor, i) => {
      checkMoney(donor.amount, `donors[${i}].amount`);
      sameCurrency(donor.amount, input.budget, `donors[${i}].amount`);
      if (organisationKind(donor.organisationId) !== 'donor') {
        throw new DomainError('invalid', 'not-a-donor', text('notADonor'), `donors[${i}].organisationId`);
      }
    });
    if (sum(input.donors.map((d) => d.amount), input.budget.currency).amount > input.budget.amount) {
      throw new DomainError('invalid', 'funding-above-budget', text('fundingAboveBudget'), 'donors');
    }
    const state: ProjectState = { ...input, id, version: 1, status: 'active' };
    const { id: _i, version: _v, status: _s, ...data } = state;
    return { state, event: { definition: ProjectCreated, data } };
  },
};
