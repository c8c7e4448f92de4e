import { Injectable } from '@nestjs/common';
import { allOf } from '@tributary/auth';
import { Actor, cursorPage } from '@tributary/platform';
import { OrganisationCommands, notFound } from '../commands/organisation-commands.service';
import { OrganisationState } from '../domain/organisation';
import { organisationReaders } from '../organisations.policy';

export interface OrganisationPage {
  items: OrganisationState[];
  nextCursor: string | null;
}

@Injectable()
export class OrganisationQueries {
  constructor(private readonly commands: OrganisationCommands) {}

  async get(actor: Actor, id: string): Promise<OrganisationState> {
    const organisation = await this.commands.store.find(id);
    // Another CSO's record is answered as absent, so its existence is not disclosed either.
    if (!organisation || !organisationReaders.allows(actor, organisation)) throw notFound();
    return organisation;
  }

  async list(
    actor: Actor,
    filter: { kind?: string; dueDiligence?: string; region?: string; cursor?: string; limit: number },
  ): Promise<OrganisationPage> {
    const reachable = await organisationReaders.where(actor, { self: '_id' });
    if (!reachable) return { items: [], nextCursor: null };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = {};
    if (filter.kind) query.kind = filter.kind;
    if (filter.dueDiligence) query['dueDiligence.status'] = filter.dueDiligence;
    if (filter.region) query.regions = filter.region;
    if (filter.cursor) query._id = { $gt: filter.cursor };
    const organisations = await this.commands.store.list(allOf(reachable, query), { sort: { _id: 1 }, limit: filter.limit + 1 });
    return cursorPage(organisations, filter.limit, (o) => o, (o) => o.id);
  }
}
