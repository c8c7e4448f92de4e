import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { DomainError } from '@tributary/platform';
import { IndicatorModel } from '../database/indicator.schema';
import { Indicator, IndicatorDefinition, indicatorNotFound, IndicatorState } from '../domain/indicator';
import { indicatorMessages as messages } from '../indicators.messages';

/**
 * The results framework: indicator definitions, which the value projection reads for every event,
 * hence kept in memory per project. Definitions change only here, and each change drops the copy
 * (and rebuilds the values by replay).
 */
@Injectable()
export class IndicatorDefinitions {
  readonly store: AggregateStore<IndicatorState>;
  private readonly byProject = new Map<string, Promise<IndicatorState[]>>();

  constructor(stores: AggregateStores) {
    this.store = stores.for<IndicatorState>(IndicatorModel);
  }

  async define(input: IndicatorDefinition, id: string = newId()): Promise<IndicatorState> {
    try {
      return await this.store.create(Indicator.define(id, input));
    } catch (error) {
      // The id is new, so the unique index refused the code: it is taken in this project.
      if ((error as DomainError).code === 'already-exists') {
        throw new DomainError('conflict', 'indicator-code-taken', messages('indicatorCodeTaken', { code: input.code }), 'code');
      }
      throw error;
    } finally {
      this.byProject.delete(input.projectId);
    }
  }

  ofProject(projectId: string): Promise<IndicatorState[]> {
    let indicators = this.byProject.get(projectId);
    if (!indicators) {
      indicators = this.store.list({ projectId }, { sort: { code: 1 } });
      indicators.catch(() => this.byProject.delete(projectId));
      this.byProject.set(projectId, indicators);
    }
    return indicators;
  }

  async get(id: string): Promise<IndicatorState> {
    const indicator = await this.store.find(id);
    if (!indicator) throw indicatorNotFound();
    return indicator;
  }
}
