import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';
import { partSchema } from '@tributary/platform';

/** Donors, lead partners and CSOs, listed by kind, due-diligence status and region (few enough to scan). */
export const OrganisationModel: ModelDefinition = {
  name: 'Organisation',
  collection: 'organisations',
  schema: aggregateSchema({
    name: String,
    acronym: String,
    kind: String,
    country: String,
    regions: [String],
    contactEmail: String,
    iatiIdentifier: String,
    dueDiligence: partSchema({ status: String, reviewedBy: String, reviewedAt: String, note: String }),
  }),
};
