import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, EventEnvelope, ProjectCreated } from '@tributary/contracts';
import { applyOnce, ReadModelStore } from '@tributary/messaging';
import { hasRole } from '@tributary/auth';
import { Actor } from '@tributary/platform';
import { KNOWN_PROJECTS, KnownProject, KnownProjectSchema } from './database/known-project.schema';

/** Which organisations may see a project's indicators: its lead partner and its donors. */
@Injectable()
export class KnownProjects implements OnModuleInit {
  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register(KNOWN_PROJECTS, KnownProjectSchema);
  }

  projects() {
    return this.readModels.model<KnownProject>(KNOWN_PROJECTS);
  }

  async find(id: string): Promise<KnownProject | null> {
    return this.projects().findById(id, { appliedEvents: 0 }).lean<KnownProject>();
  }

  /** Administrators see every project; anyone else the projects its organisation leads or funds. */
  async visible(actor: Actor): Promise<KnownProject[] | 'all'> {
    if (hasRole(actor, 'admin')) return 'all';
    if (!actor.organisationId) return [];
    return this.projects()
      .find({ $or: [{ leadPartnerId: actor.organisationId }, { donorIds: actor.organisationId }] }, { appliedEvents: 0 })
      .lean<KnownProject[]>();
  }

  /** Lead-partner staff (and admins) manage the results framework; donors and clients only read. */
  mayManage(actor: Actor, project: KnownProject): boolean {
    return hasRole(actor, 'admin') || (hasRole(actor, 'me-officer', 'program-manager') && actor.organisationId === project.leadPartnerId);
  }

  mayRead(actor: Actor, project: KnownProject): boolean {
    return hasRole(actor, 'admin') || project.leadPartnerId === actor.organisationId || project.donorIds.includes(actor.organisationId ?? '');
  }
}

@Controller()
export class KnownProjectsEvents {
  constructor(private readonly projects: KnownProjects) {}

  @EventPattern(ProjectCreated.type)
  created(@Payload() event: EventEnvelope<DataOf<typeof ProjectCreated>>) {
    return applyOnce(this.projects.projects(), event.subject, event.id, {
      $set: {
        code: event.data.code,
        title: event.data.title,
        period: event.data.period,
        leadPartnerId: event.data.leadPartnerId,
        donorIds: event.data.donors.map((d) => d.organisationId),
      },
    });
  }
}
