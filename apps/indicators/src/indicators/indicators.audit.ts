import { Injectable, OnModuleInit } from '@nestjs/common';
import { Topics } from '@tributary/contracts';
import { AuditTrail } from '@tributary/messaging';
import { Actor } from '@tributary/platform';
import { IndicatorDefinitions } from './commands/indicator-definitions.service';
import { KnownProjects } from '../projects/known-projects.projector';
import { ManualValues } from '../manual-values/commands/manual-values.service';

/** The history of indicator definitions and manual values, shown to whoever may read the project. */
@Injectable()
export class IndicatorsAudit implements OnModuleInit {
  constructor(
    private readonly trail: AuditTrail,
    private readonly definitions: IndicatorDefinitions,
    private readonly manualValues: ManualValues,
    private readonly projects: KnownProjects,
  ) {}

  onModuleInit(): void {
    this.trail.audit(Topics.indicatorsIndicator, (actor, id) => this.projectReadable(actor, id));
  }

  /** The topic carries indicators and their manual values: either names the project. */
  private async projectReadable(actor: Actor, id: string): Promise<boolean> {
    const manual = await this.manualValues.store.find(id);
    const indicator = await this.definitions.get(manual?.indicatorId ?? id).catch(() => undefined);
    return !!indicator && !!(await this.projects.readable(actor, indicator.projectId));
  }
}
