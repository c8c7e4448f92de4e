import { Injectable } from '@nestjs/common';
import { givenIatiIdentifier, OrganisationRegistered, OrganisationUpdated } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { KNOWN_ORGANISATIONS, KnownOrganisation, KnownOrganisationSchema } from './database/known-organisation.schema';

/** The directory's organisations for the IATI export: each one's name and IATI identifier. */
@Injectable()
export class KnownOrganisations extends KnownCopiesOf<KnownOrganisation>(KNOWN_ORGANISATIONS, KnownOrganisationSchema) {}

export class KnownOrganisationsEvents extends KnownCopiesEvents(KnownOrganisations, (on) => [
  on([OrganisationRegistered, OrganisationUpdated], ({ data }) => ({ name: data.name, ...givenIatiIdentifier(data) })),
]) {}
