import { Injectable } from '@nestjs/common';
import { hasRole } from '@tributary/auth';
import { Actor } from '@tributary/platform';
import { ProjectCommands } from '../../projects/commands/project-commands.service';
import { canSeeProject } from '../../projects/project-access';
import { subGrantNotFound, SubGrantCommands } from '../commands/sub-grant-commands.service';
import { SubGrant, SubGrantState } from '../domain/sub-grant';

export interface SubGrantFilter {
  projectId?: string;
  status?: string;
  recipientId?: string;
  cursor?: string;
  limit: number;
}

/**
 * The portfolio as each caller may see it: a CSO reporter only its own organisation's sub-grants,
 * lead-partner staff their projects', donors the projects they fund, administrators everything.
 */
@Injectable()
export class SubGrantQueries {
  constructor(
    private readonly subGrants: SubGrantCommands,
    private readonly projects: ProjectCommands,
  ) {}

  private async visible(actor: Actor, subGrant: SubGrantState): Promise<boolean> {
    if (hasRole(actor, 'cso-reporter') && subGrant.recipientId === actor.organisationId) return true;
    const project = await this.projects.store.find(subGrant.projectId);
    return !!project && canSeeProject(actor, project);
  }

  async get(actor: Actor, id: string): Promise<SubGrantState> {
    const subGrant = await this.subGrants.store.find(id);
    if (!subGrant || !(await this.visible(actor, subGrant))) throw subGrantNotFound();
    return subGrant;
  }

  async financialSummary(actor: Actor, id: string) {
    const subGrant = await this.get(actor, id);
    return { subGrantId: id, reference: subGrant.reference, status: subGrant.status, ...SubGrant.financialSummary(subGrant) };
  }

  async list(actor: Actor, filter: SubGrantFilter): Promise<{ items: SubGrantState[]; nextCursor: string | null }> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = {};
    if (hasRole(actor, 'admin')) {
      // everything
    } else if (hasRole(actor, 'program-manager', 'me-officer')) {
      query.leadPartnerId = actor.organisationId;
    } else if (hasRole(actor, 'cso-reporter')) {
      query.recipientId = actor.organisationId;
    } else if (hasRole(actor, 'donor-viewer')) {
      const funded = (await this.projects.list(actor)).map((p) => p.id);
      query.projectId = { $in: funded };
    } else {
      return { items: [], nextCursor: null };
    }
    if (filter.projectId) query.projectId = query.projectId ? { $in: (query.projectId.$in ?? []).filter((p: string) => p === filter.projectId) } : filter.projectId;
    if (filter.status) query.status = filter.status;
    if (filter.recipientId && !query.recipientId) query.recipientId = filter.recipientId;
    if (filter.cursor) query._id = { $gt: filter.cursor };
    const documents = await this.subGrants.store.collection
      .find(query, { projection: { pendingEvents: 0, pendingCount: 0 } })
      .sort({ _id: 1 })
      .limit(filter.limit + 1)
      .toArray();
    const items = documents.slice(0, filter.limit).map((d) => this.subGrants.store.toState(d));
    return { items, nextCursor: documents.length > filter.limit ? items[items.length - 1].id : null };
  }
}
