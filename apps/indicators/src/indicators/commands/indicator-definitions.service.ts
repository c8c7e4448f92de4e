import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores, ReadModelStore } from '@tributary/messaging';
import { DomainError } from '@tributary/platform';
import { IndicatorModel } from '../database/indicator.schema';
import { Indicator, IndicatorDefinition, indicatorNotFound, IndicatorState } from '../domain/indicator';
import { indicatorMessages as messages } from '../indicators.messages';

/** How long a copy of a project's indicators serves: another instance may define one at any time. */
const COPY_SERVES_MS = 1000;

interface Copy {
  indicators: Promise<IndicatorState[]>;
  readAt: number;
  /** The live read-model generation when it was read. */
  generation: number;
}

/**
 * The results framework: indicator definitions, which the value projection reads for every event,
 * hence kept in memory per project, for a second at most. A definition made through this instance
 * drops its copy at once, and the values are rebuilt by a replay begun after it. One made through
 * another instance reaches this one's live counting within a second, and at the latest with the
 * generation that replay switches in: a copy read under an older generation is not used again.
 */
@Injectable()
export class IndicatorDefinitions {
  readonly store: AggregateStore<IndicatorState>;
  private readonly byProject = new Map<string, Copy>();

  constructor(
    stores: AggregateStores,
    private readonly readModels: ReadModelStore,
  ) {
    this.store = stores.for<IndicatorState>(IndicatorModel);
  }

  async define(input: IndicatorDefinition, id: string = newId()): Promise<IndicatorAnswer> {
    try {
      return answered(await this.store.create(Indicator.define(id, input)));
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

  /** The project's indicators by code, as stored now: for answers to people. */
  async list(projectId: string): Promise<IndicatorAnswer[]> {
    return (await this.read(projectId)).map(answered);
  }

  private read(projectId: string): Promise<IndicatorState[]> {
    return this.store.list({ projectId }, { sort: { code: 1 } });
  }

  /** The project's indicators by code, from a recent copy: for counting, event after event. */
  ofProject(projectId: string): Promise<IndicatorState[]> {
    const copy = this.byProject.get(projectId);
    if (copy && Date.now() - copy.readAt < COPY_SERVES_MS && copy.generation === this.readModels.generation) return copy.indicators;
    const indicators = this.read(projectId);
    indicators.catch(() => {
      if (this.byProject.get(projectId)?.indicators === indicators) this.byProject.delete(projectId);
    });
    this.byProject.set(projectId, { indicators, readAt: Date.now(), generation: this.readModels.generation });
    return indicators;
  }

  async get(id: string): Promise<IndicatorState> {
    const indicator = await this.store.find(id);
    if (!indicator) throw indicatorNotFound();
    return indicator;
  }

  /** Indicators whose rule has not yet been applied to the reports stored before them. */
  async awaitingReplay(): Promise<string[]> {
    return (await this.store.list({ awaitingReplay: true }, { sort: { _id: 1 } })).map((indicator) => indicator.id);
  }

  /** A replay that began after these were stored has counted every report before them. */
  async replayed(ids: string[]): Promise<void> {
    for (const id of ids) await this.store.update(id, (indicator) => (indicator.awaitingReplay ? { awaitingReplay: false } : null));
  }
}

/** An indicator as the service answers it: whether its values are still being recounted, in the users' words. */
export type IndicatorAnswer = Omit<IndicatorState, 'awaitingReplay'> & { recounting: boolean };

function answered({ awaitingReplay, ...indicator }: IndicatorState): IndicatorAnswer {
  return { ...indicator, recounting: awaitingReplay === true };
}
