import { APPLIED_EVENTS } from '@tributary/messaging';
import { documentSchema } from '@tributary/platform';

export interface KnownOrganisation {
  _id: string;
  name: string;
}

/** The directory's organisations as activities knows them, found by id only. */
export const KNOWN_ORGANISATIONS = 'known_organisations';
export const KnownOrganisationSchema = documentSchema<KnownOrganisation>({ name: String, ...APPLIED_EVENTS });
