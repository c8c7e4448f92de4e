import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { DomainError } from '@tributary/platform';
import { IndicatorModel } from '../database/indicator.schema';
import { Indicator, IndicatorDefinition, indicatorNotFound, IndicatorState } from '../domain/indicator';
import { indicatorMessages as messages } from '../indicators.messages';

/** A project's indicators as read once for one piece of work: a batch of events, a pass of the sheet writer, a page of a feed. */
export type DefinitionsOf = (projectId: string) => Promise<IndicatorState[]>;

/**
 * The results framework: indicator definitions. Another instance may define an indicator at any
 * time, so no copy outlives the piece of work it was read for (a copy kept until this instance
 * changed a definition left the other instances counting, announcing and listing without it).
 */
@Injectable()
export class IndicatorDefinitions {
  readonly store: AggregateStore<IndicatorState>;

  constructor(stores: AggregateStores) {
    this.store = stores.for<IndicatorState>(IndicatorModel);
  }

  async define(input: IndicatorDefinition, id: string = newId()): Promise<IndicatorState> {
    try {
      return answered(await this.store.create(Indicator.define(id, input)));
    } catch (error) {
      // The id is new, so the unique index refused the code: it is taken in this project.
      if ((error as DomainError).code === 'already-exists') {
        throw new DomainError('conflict', 'indicator-code-taken', messages('indicatorCodeTaken', { code: input.code }), 'code');
      }
      throw error;
    }
  }

  async ofProject(projectId: string): Promise<IndicatorState[]> {
    return (await this.store.list({ projectId }, { sort: { code: 1 } })).map(answered);
  }

  /** Indicators whose rule has not yet been applied to the reports stored before them. */
  async awaitingReplay(): Promise<string[]> {
    return (await this.store.list({ awaitingReplay: true }, { sort: { _id: 1 } })).map((indicator) => indicator.id);
  }

  /** A replay that began after these were stored has counted everything before them. */
  async replayed(ids: string[]): Promise<void> {
    for (const id of ids) await this.store.update(id, (indicator) => (indicator.awaitingReplay ? { awaitingReplay: false } : null));
  }

  /** Reads each project's indicators once, for work that meets the same projects again and again. */
  snapshot(): DefinitionsOf {
    const read = new Map<string, Promise<IndicatorState[]>>();
    return (projectId) => {
      let indicators = read.get(projectId);
      if (!indicators) {
        indicators = this.ofProject(projectId);
        indicators.catch(() => read.delete(projectId));
        read.set(projectId, indicators);
      }
      return indicators;
    };
  }

  async get(id: string): Promise<IndicatorState> {
    const indicator = await this.store.find(id);
    if (!indicator) throw indicatorNotFound();
    return answered(indicator);
  }
}

/** An indicator as the service answers it: the replay bookkeeping stays inside. */
function answered({ awaitingReplay: _awaiting, ...indicator }: IndicatorState): IndicatorState {
  return indicator;
}
