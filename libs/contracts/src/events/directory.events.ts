import { Type } from '@sinclair/typebox';
import { defineEvent } from '../envelope/event-envelope';
import { Topics } from '../topics';

const PCode = Type.String({ pattern: '^[A-Z]{2}[0-9]{0,8}$', description: 'administrative area P-code, e.g. ML07' });
const OrganisationKind = Type.Union([Type.Literal('donor'), Type.Literal('lead-partner'), Type.Literal('cso')]);
const DueDiligence = Type.Union([Type.Literal('pending'), Type.Literal('verified'), Type.Literal('rejected')]);
const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('program-manager'),
  Type.Literal('me-officer'),
  Type.Literal('cso-reporter'),
  Type.Literal('donor-viewer'),
]);

const AMSS = {
  name: 'Association Malienne pour la Survie au Sahel',
  acronym: 'AMSS',
  kind: 'cso' as const,
  country: 'ML',
  regions: ['ML06'],
  contactEmail: 'contact@amss.example',
};

/**
 * An IATI organisation identifier: the registration agency's code from the IATI
 * OrganisationRegistrationAgency codelist (a country or XM/XI code, a hyphen, the list's code:
 * XM-DAC, US-EIN, GB-CHC, XI-IATI), a hyphen, then the number that agency issued, which may itself
 * hold hyphens (XM-DAC-301-2, US-EIN-13-5660870). Letters, digits, dots, underscores and hyphens
 * only: no spaces, nor the / ? # & | : the IATI rules forbid in identifiers.
 */
export const IATI_ORGANISATION_IDENTIFIER = '^[A-Z]{2}-[A-Z0-9]{2,12}-[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$';

const OrganisationProfile = {
  name: Type.String({ minLength: 1 }),
  acronym: Type.Optional(Type.String()),
  kind: OrganisationKind,
  country: Type.String({ pattern: '^[A-Z]{2}$' }),
  regions: Type.Array(PCode),
  contactEmail: Type.Optional(Type.String({ minLength: 3 })), // the API validates the address
  iatiIdentifier: Type.Optional(Type.String({ pattern: IATI_ORGANISATION_IDENTIFIER, maxLength: 100, description: 'IATI organisation identifier, e.g. XM-DAC-301-2' })),
};

export const OrganisationRegistered = defineEvent({
  type: 'directory.organisation.registered',
  version: 1,
  topic: Topics.directoryOrganisation,
  summary: 'A donor, lead partner or CSO joined the directory; due diligence starts as pending.',
  schema: Type.Object({ ...OrganisationProfile, dueDiligence: DueDiligence }, { additionalProperties: false }),
  example: { subject: 'org-amss', data: { ...AMSS, dueDiligence: 'pending' } },
});

export const OrganisationUpdated = defineEvent({
  type: 'directory.organisation.updated',
  version: 1,
  topic: Topics.directoryOrganisation,
  summary: "An organisation's profile changed; carries the whole profile after the change.",
  schema: Type.Object(OrganisationProfile, { additionalProperties: false }),
  example: { subject: 'org-amss', sequence: 3, data: { ...AMSS, regions: ['ML06', 'ML07'] } },
});

export const OrganisationDueDiligenceDecided = defineEvent({
  type: 'directory.organisation.due-diligence-decided',
  version: 1,
  topic: Topics.directoryOrganisation,
  summary: 'Due diligence of an organisation was verified or rejected by a reviewer.',
  schema: Type.Object(
    {
      status: Type.Union([Type.Literal('verified'), Type.Literal('rejected')]),
      reviewedBy: Type.String(),
      reviewedAt: Type.String({ format: 'date-time' }),
      note: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
  example: { subject: 'org-amss', sequence: 2, data: { status: 'verified', reviewedBy: 'user-pm-fhi360', reviewedAt: '2024-01-15T09:30:00.000Z' } },
});

export const UserRegistered = defineEvent({
  type: 'directory.user.registered',
  version: 1,
  topic: Topics.directoryUser,
  summary: 'A user account was created in an organisation with its roles.',
  schema: Type.Object(
    {
      organisationId: Type.Union([Type.String(), Type.Null()], { description: 'null for platform administrators' }),
      displayName: Type.String(),
      preferredLanguage: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
      roles: Type.Array(Role, { minItems: 1 }),
    },
    { additionalProperties: false },
  ),
  example: { subject: 'user-rapporteur-amss', actor: { userId: 'user-admin', organisationId: null }, data: { organisationId: 'org-amss', displayName: 'Rapporteur AMSS', preferredLanguage: 'fr', roles: ['cso-reporter'] } },
});

export const UserRolesChanged = defineEvent({
  type: 'directory.user.roles-changed',
  version: 1,
  topic: Topics.directoryUser,
  summary: "A user's roles were replaced.",
  schema: Type.Object({ roles: Type.Array(Role, { minItems: 1 }) }, { additionalProperties: false }),
  example: { subject: 'user-me-fhi360', sequence: 2, actor: { userId: 'user-admin', organisationId: null }, data: { roles: ['me-officer', 'program-manager'] } },
});

export const UserDisabled = defineEvent({
  type: 'directory.user.disabled',
  version: 1,
  topic: Topics.directoryUser,
  summary: 'A user can no longer sign in; existing refresh tokens are revoked.',
  schema: Type.Object({ reason: Type.Optional(Type.String()) }, { additionalProperties: false }),
  example: { subject: 'user-rapporteur-amss', sequence: 3, actor: { userId: 'user-admin', organisationId: null }, data: { reason: "a quitté l'organisation" } },
});

export const DirectoryEvents = [
  OrganisationRegistered,
  OrganisationUpdated,
  OrganisationDueDiligenceDecided,
  UserRegistered,
  UserRolesChanged,
  UserDisabled,
] as const;
