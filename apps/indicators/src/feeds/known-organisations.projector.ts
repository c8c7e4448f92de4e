import { Injectable } from '@nestjs/common';
import { OrganisationRegistered, OrganisationUpdated } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { KNOWN_ORGANISATIONS, KnownOrganisation, KnownOrganisationSchema } from './database/known-organisation.schema';

/** The directory's organisations for the IATI export: each one's name and IATI identifier. */
@Injectable()
export class KnownOrganisations extends KnownCopiesOf<KnownOrganisation>(KNOWN_ORGANISATIONS, KnownOrganisationSchema) {}

export class KnownOrganisationsEvents extends KnownCopiesEvents(KnownOrganisations, (on) => [
  // The directory never removes an identifier (a profile sent without one keeps it): only a given one is set.
  on([OrganisationRegistered, OrganisationUpdated], ({ data }) => ({ name: data.name, ...(data.iatiIdentifier ? { iatiIdentifier: data.iatiIdentifier } : {}) })),
]) {}
