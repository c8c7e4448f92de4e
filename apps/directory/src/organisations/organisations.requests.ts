import { Static, Type } from '@sinclair/typebox';
import { IATI_ORGANISATION_IDENTIFIER } from '@tributary/contracts';
import { BasedOnVersion, PCode, RequestObject, StringEnum } from '@tributary/platform';
import { DUE_DILIGENCE_STATUSES, ORGANISATION_KINDS } from './domain/organisation';

const OrganisationProfile = {
  name: Type.String({ minLength: 2, maxLength: 200, examples: ['Association Malienne pour la Survie au Sahel'] }),
  acronym: Type.Optional(Type.String({ minLength: 1, maxLength: 30, examples: ['AMSS'] })),
  kind: StringEnum(ORGANISATION_KINDS),
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2', examples: ['ML'] }),
  regions: Type.Array(PCode, { maxItems: 50, description: 'P-codes of the regions (adm1) the organisation works in, inside its country' }),
  contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254, examples: ['contact@amss.example'] })),
  iatiIdentifier: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: `IATI organisation identifier: registration agency code, hyphen, the number it issued; must match ${IATI_ORGANISATION_IDENTIFIER}`,
      examples: ['XM-DAC-301-2'],
    }),
  ),
};

export const RegisterOrganisationRequest = RequestObject(OrganisationProfile, { title: 'RegisterOrganisationRequest' });
export type RegisterOrganisationRequest = Static<typeof RegisterOrganisationRequest>;

export const UpdateOrganisationRequest = RequestObject(
  { ...OrganisationProfile, version: BasedOnVersion },
  { title: 'UpdateOrganisationRequest', description: 'the whole profile; optional fields left out keep their value' },
);
export type UpdateOrganisationRequest = Static<typeof UpdateOrganisationRequest>;

export const DueDiligenceDecisionRequest = RequestObject(
  {
    status: StringEnum(['verified', 'rejected']),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'required when rejecting' })),
    version: BasedOnVersion,
  },
  { title: 'DueDiligenceDecisionRequest' },
);
export type DueDiligenceDecisionRequest = Static<typeof DueDiligenceDecisionRequest>;

export const ListOrganisationsQuery = RequestObject({
  kind: Type.Optional(StringEnum(ORGANISATION_KINDS)),
  dueDiligence: Type.Optional(StringEnum(DUE_DILIGENCE_STATUSES)),
  region: Type.Optional(PCode),
  cursor: Type.Optional(Type.String({ minLength: 1, description: 'the nextCursor of the previous page' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
export type ListOrganisationsQuery = Static<typeof ListOrganisationsQuery>;
