import { Injectable } from '@nestjs/common';
import { ProjectCreated } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { hasRole } from '@tributary/auth';
import { Actor } from '@tributary/platform';
import { KNOWN_PROJECTS, KnownProject, KnownProjectSchema } from './database/known-project.schema';

/** Which organisations may see a project's indicators: its lead partner and its donors. */
@Injectable()
export class KnownProjects extends KnownCopiesOf<KnownProject>(KNOWN_PROJECTS, KnownProjectSchema) {
  /** Administrators see every project; anyone else the projects its organisation leads or funds. */
  async visible(actor: Actor): Promise<KnownProject[] | 'all'> {
    if (hasRole(actor, 'admin')) return 'all';
    if (!actor.organisationId) return [];
    return this.list({ $or: [{ leadPartnerId: actor.organisationId }, { donorIds: actor.organisationId }] });
  }

  /** Lead-partner staff (and admins) manage the results framework; donors and clients only read. */
  mayManage(actor: Actor, project: KnownProject): boolean {
    return hasRole(actor, 'admin') || (hasRole(actor, 'me-officer', 'program-manager') && actor.organisationId === project.leadPartnerId);
  }

  mayRead(actor: Actor, project: KnownProject): boolean {
    return hasRole(actor, 'admin') || project.leadPartnerId === actor.organisationId || project.donorIds.includes(actor.organisationId ?? '');
  }
}

export class KnownProjectsEvents extends KnownCopiesEvents(KnownProjects, (on) => [
  on(ProjectCreated, ({ data }) => ({
    code: data.code,
    title: data.title,
    period: data.period,
    leadPartnerId: data.leadPartnerId,
    donorIds: data.donors.map((d) => d.organisationId),
  })),
]) {}
