import { Injectable } from '@nestjs/common';
import { givenIatiIdentifier, OrganisationDueDiligenceDecided, OrganisationRegistered, OrganisationUpdated } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { KNOWN_ORGANISATIONS, KnownOrganisation, KnownOrganisationSchema } from './database/known-organisation.schema';

/** What grants knows of the directory: each organisation's name, kind, due-diligence status and IATI identifier. */
@Injectable()
export class KnownOrganisations extends KnownCopiesOf<KnownOrganisation>(KNOWN_ORGANISATIONS, KnownOrganisationSchema) {
  async kinds(ids: string[]): Promise<Map<string, string>> {
    const found = await this.list({ _id: { $in: ids } });
    return new Map(found.map((o) => [o._id, o.kind]));
  }
}

export class KnownOrganisationsEvents extends KnownCopiesEvents(KnownOrganisations, (on) => [
  on(OrganisationRegistered, ({ data }) => ({ name: data.name, kind: data.kind, dueDiligence: data.dueDiligence, ...givenIatiIdentifier(data) })),
  on(OrganisationUpdated, ({ data }) => ({ name: data.name, kind: data.kind, ...givenIatiIdentifier(data) })),
  on(OrganisationDueDiligenceDecided, ({ data }) => ({ dueDiligence: data.status })),
]) {}
