import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor, DomainError } from '@tributary/platform';
import { ManualValueModel } from '../database/manual-value.schema';
import { ManualValue, ManualValueState } from '../domain/manual-value';
import { IndicatorDefinitions } from '../../indicators/commands/indicator-definitions.service';
import { indicatorNotFound } from '../../indicators/domain/indicator';
import { manualValueMessages as messages } from '../manual-values.messages';
import { KnownProjects } from '../../projects/known-projects.projector';
import { projectManagers } from '../../projects/projects.policy';

@Injectable()
export class ManualValues {
  readonly store: AggregateStore<ManualValueState>;

  constructor(
    stores: AggregateStores,
    private readonly definitions: IndicatorDefinitions,
    private readonly projects: KnownProjects,
  ) {
    this.store = stores.for<ManualValueState>(ManualValueModel);
  }

  private async leadPartnerOf(actor: Actor, indicatorId: string) {
    const indicator = await this.definitions.get(indicatorId);
    const project = await this.projects.readable(actor, indicator.projectId);
    if (!project) throw indicatorNotFound();
    if (!projectManagers.allows(actor, project)) {
      throw new DomainError('forbidden', 'not-lead-partner', messages('leadPartnerOnly'));
    }
    return indicator;
  }

  async submit(actor: Actor, indicatorId: string, input: { scope: string; period: string; value: number; comment?: string }) {
    const indicator = await this.leadPartnerOf(actor, indicatorId);
    return this.store.create(ManualValue.submit(newId(), indicator, input, actor.userId));
  }

  async approve(actor: Actor, indicatorId: string, id: string, version: number) {
    await this.leadPartnerOf(actor, indicatorId);
    const current = await this.store.find(id);
    if (!current || current.indicatorId !== indicatorId) throw new DomainError('not-found', 'manual-value-not-found', messages('manualValueNotFound'));
    return this.store.save(ManualValue.approve(current, actor.userId), version);
  }
}
