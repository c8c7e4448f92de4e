import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor, DomainError } from '@tributary/platform';
import { KnownOrganisations } from '../../organisations/known-organisations.projector';
import { ProjectModel } from '../database/project.schema';
import { Project, ProjectState } from '../domain/project';
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

  async create(actor: Actor, input: Omit<ProjectState, 'id' | 'version' | 'status'>, id: string = randomUUID()): Promise<ProjectState> {
    if (!projectManagers.allows(actor, input)) {
      throw new DomainError('forbidden', 'own-projects-only', {
        fr: 'Un gestionnaire crée les projets de sa propre organisation',
        en: "A program manager creates projects of their own organisation",
      }, 'leadPartnerId');
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
