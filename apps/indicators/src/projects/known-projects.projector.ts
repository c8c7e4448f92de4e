import { Injectable } from '@nestjs/common';
import { ProjectCreated } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { Actor } from '@tributary/platform';
import { KNOWN_PROJECTS, KnownProject, KnownProjectSchema } from './database/known-project.schema';
import { projectReaders } from './projects.policy';

/** Grants' projects as indicators knows them: who leads and who funds each (projects.policy.ts says who reads what). */
@Injectable()
export class KnownProjects extends KnownCopiesOf<KnownProject>(KNOWN_PROJECTS, KnownProjectSchema) {
  /** The projects the actor reads: all of them, or a list. */
  async visible(actor: Actor): Promise<KnownProject[] | 'all'> {
    if (projectReaders.scope(actor).kind === 'all') return 'all';
    const reachable = await projectReaders.where(actor, { lead: 'leadPartnerId', donor: 'donorIds' });
    return reachable ? this.list(reachable) : [];
  }

  /** The project if the actor reads it; else undefined, as for a project that does not exist. */
  async readable(actor: Actor, id: string): Promise<KnownProject | undefined> {
    const project = await this.find(id);
    return project && projectReaders.allows(actor, project) ? project : undefined;
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
