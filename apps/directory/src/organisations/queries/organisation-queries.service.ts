import { Injectable } from '@nestjs/common';
import { mayAccessOrganisation, organisationScope } from '@tributary/auth';
import { Actor, cursorPage } from '@tributary/platform';
import { OrganisationCommands, notFound } from '../commands/organisation-commands.service';
import { OrganisationState } from '../domain/organisation';

/** Everyone but CSO reporters sees the whole directory; a CSO reporter sees its own organisation. */
const UNRESTRICTED = ['admin', 'program-manager', 'me-officer', 'donor-viewer'] as const;

export interface OrganisationPage {
  items: OrganisationState[];
  nextCursor: string | null;
}

@Injectable()
export class OrganisationQueries {
  constructor(private readonly commands: OrganisationCommands) {}

  async get(actor: Actor, id: string): Promise<OrganisationState> {
    const scope = organisationScope(actor, [...UNRESTRICTED]);
    const organisation = await this.commands.store.find(id);
    // Another CSO's record is answered as absent, so its existence is not disclosed either.
    if (!organisation || !mayAccessOrganisation(scope, organisation.id)) throw notFound();
    return organisation;
  }

  async list(
    actor: Actor,
    filter: { kind?: string; dueDiligence?: string; region?: string; cursor?: string; limit: number },
  ): Promise<OrganisationPage> {
    const scope = organisationScope(actor, [...UNRESTRICTED]);
    if (scope.kind === 'none') return { items: [], nextCursor: null };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = {};
    if (scope.kind === 'own') query._id = scope.organisationId;
    if (filter.kind) query.kind = filter.kind;
    if (filter.dueDiligence) query['dueDiligence.status'] = filter.dueDiligence;
    if (filter.region) query.regions = filter.region;
    if (filter.cursor) query._id = scope.kind === 'own' ? { $eq: scope.organisationId, $gt: filter.cursor } : { $gt: filter.cursor };
    const organisations = await this.commands.store.list(query, { sort: { _id: 1 }, limit: filter.limit + 1 });
    return cursorPage(organisations, filter.limit, (o) => o, (o) => o.id);
  }
}
