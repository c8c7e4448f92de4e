import { Injectable } from '@nestjs/common';
import { OrganisationDueDiligenceDecided, OrganisationRegistered, OrganisationUpdated } from '@tributary/contracts';
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

// An identifier is never removed in the directory (a profile left without one keeps it), so only a given one is set.
const iati = ({ iatiIdentifier }: { iatiIdentifier?: string }) => (iatiIdentifier ? { iatiIdentifier } : {});

export class KnownOrganisationsEvents extends KnownCopiesEvents(KnownOrganisations, (on) => [
  on(OrganisationRegistered, ({ data }) => ({ name: data.name, kind: data.kind, dueDiligence: data.dueDiligence, ...iati(data) })),
  on(OrganisationUpdated, ({ data }) => ({ name: data.name, kind: data.kind, ...iati(data) })),
  on(OrganisationDueDiligenceDecided, ({ data }) => ({ dueDiligence: data.status })),
]) {}
