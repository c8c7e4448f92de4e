import { ManualValueApproved, ManualValueSubmitted } from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { IndicatorState } from '../../indicators/domain/indicator';
import { periodType } from '../../indicators/domain/period';
import { manualValueMessages as messages } from '../manual-values.messages';

export interface ManualValueState {
  id: string;
  version: number;
  indicatorId: string;
  projectId: string;
  scope: string;
  period: string;
  value: number;
  comment?: string;
  status: 'submitted' | 'approved';
  submittedBy: string;
  approvedBy?: string;
}

/** Values measured outside activity reports (surveys), for indicators without a rule; four eyes. */
export const ManualValue = {
  submit(id: string, indicator: IndicatorState, input: { scope: string; period: string; value: number; comment?: string }, by: string) {
    if (indicator.rule || indicator.numerator) {
      throw new DomainError('conflict', 'indicator-has-rule', messages('indicatorHasRule'));
    }
    periodType(input.period);
    if (!new RegExp(`^(project:${indicator.projectId}|subgrant:.+)$`).test(input.scope)) {
      throw new DomainError('invalid', 'bad-scope', messages('badScope'), 'scope');
    }
    const state: ManualValueState = { id, version: 1, indicatorId: indicator.id, projectId: indicator.projectId, ...input, status: 'submitted', submittedBy: by };
    return {
      state,
      event: {
        definition: ManualValueSubmitted,
        data: { indicatorId: indicator.id, projectId: indicator.projectId, scope: input.scope, period: input.period, value: input.value, ...(input.comment ? { comment: input.comment } : {}) },
      },
    };
  },

  approve(current: ManualValueState, by: string) {
    if (current.status !== 'submitted') throw new DomainError('conflict', 'already-approved', messages('alreadyApproved'));
    if (current.submittedBy === by) {
      throw new DomainError('forbidden', 'four-eyes', messages('fourEyes'));
    }
    const state: ManualValueState = { ...current, status: 'approved', approvedBy: by, version: current.version + 1 };
    const { indicatorId, projectId, scope, period, value, comment } = current;
    return { state, event: { definition: ManualValueApproved, data: { indicatorId, projectId, scope, period, value, ...(comment ? { comment } : {}), approvedBy: by } } };
  },
};
