import { Static, Type } from '@sinclair/typebox';
import { CursorPageOf, Id, StringEnum, Timestamp, Version } from '@tributary/platform';
import { DUE_DILIGENCE_STATUSES, ORGANISATION_KINDS } from './domain/organisation';

export const OrganisationResponse = Type.Object(
  {
    id: Id,
    version: Version,
    name: Type.String(),
    acronym: Type.Optional(Type.String()),
    kind: StringEnum(ORGANISATION_KINDS),
    country: Type.String(),
    regions: Type.Array(Type.String()),
    contactEmail: Type.Optional(Type.String()),
    iatiIdentifier: Type.Optional(Type.String({ description: 'IATI organisation identifier', examples: ['XM-DAC-301-2'] })),
    dueDiligence: Type.Object({
      status: StringEnum(DUE_DILIGENCE_STATUSES),
      reviewedBy: Type.Optional(Type.String({ description: 'user id of the reviewer' })),
      reviewedAt: Type.Optional(Timestamp),
      note: Type.Optional(Type.String()),
    }),
  },
  { title: 'Organisation' },
);
export type OrganisationResponse = Static<typeof OrganisationResponse>;

export const OrganisationPage = CursorPageOf(OrganisationResponse, 'OrganisationPage');
export type OrganisationPage = Static<typeof OrganisationPage>;
