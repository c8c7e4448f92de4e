import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor, DomainError } from '@tributary/platform';
import { KnownOrganisations } from '../../organisations/known-organisations.projector';
import { ProjectModel } from '../database/project.schema';
import { Project, ProjectState } from '../domain/project';
import { projectMessages as text } from '../projects.messages';
import { projectManagers, projectNotFound, projectReaders } from '../projects.policy';

@Injectable()
export class ProjectCommands {
  readonly store: AggregateStore<ProjectState>;

  constructor(
    stores: AggregateStores,
    private readonly organisations: KnownOrganisations,
  ) {
    this.store = stores.for<ProjectState>(ProjectModel);
  }

  async create(actor: Actor, input: Omit<ProjectState, 'id' | 'version' | 'status'>, id: string = newId()): Promise<ProjectState> {
    if (!projectManagers.allows(actor, input)) {
      throw new DomainError('forbidden', 'own-projects-only', text('ownProjectsOnly'), 'leadPartnerId');
    }
    const kinds = await this.organisations.kinds([input.leadPartnerId, ...input.donors.map((d) => d.organisationId)]);
    return this.store.create(Project.create(id, input, (orgId) => kinds.get(orgId)));
  }

  async get(actor: Actor, id: string): Promise<ProjectState> {
    const project = await this.store.find(id);
    if (!project || !projectReaders.allows(actor, project)) throw projectNotFound();
    return project;
  }

  async list(actor: Actor): Promise<ProjectState[]> {
    const filter = await projectReaders.where(actor, { lead: 'leadPartnerId', donor: 'donors.organisationId' });
    if (!filter) return [];
    return this.store.list(filter, { sort: { _id: 1 }, limit: 500 });
  }
}
