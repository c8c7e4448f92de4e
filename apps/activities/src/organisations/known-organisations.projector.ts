import { Injectable } from '@nestjs/common';
import { OrganisationRegistered, OrganisationUpdated } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { KNOWN_ORGANISATIONS, KnownOrganisation, KnownOrganisationSchema } from './database/known-organisation.schema';

/** What activities knows of the directory: which organisations a report may name by id. */
@Injectable()
export class KnownOrganisations extends KnownCopiesOf<KnownOrganisation>(KNOWN_ORGANISATIONS, KnownOrganisationSchema) {
  /** Those of these ids the directory has, as far as its events have reached activities. */
  async known(ids: string[]): Promise<Set<string>> {
    return new Set(ids.length ? (await this.byIds(ids)).keys() : []);
  }
}

export class KnownOrganisationsEvents extends KnownCopiesEvents(KnownOrganisations, (on) => [
  on([OrganisationRegistered, OrganisationUpdated], ({ data }) => ({ name: data.name })),
]) {}
