import { DataOf, IATI_ORGANISATION_IDENTIFIER, OrganisationDueDiligenceDecided, OrganisationRegistered, OrganisationUpdated } from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { organisationMessages as text } from '../organisations.messages';

export const ORGANISATION_KINDS = ['donor', 'lead-partner', 'cso'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const DUE_DILIGENCE_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type DueDiligenceStatus = (typeof DUE_DILIGENCE_STATUSES)[number];

export interface OrganisationProfile {
  name: string;
  acronym?: string;
  kind: OrganisationKind;
  country: string;
  regions: string[];
  contactEmail?: string;
  /** The organisation's IATI identifier (XM-DAC-301-2), which IATI exports name it by. */
  iatiIdentifier?: string;
}

export interface DueDiligence {
  status: DueDiligenceStatus;
  reviewedBy?: string;
  reviewedAt?: string;
  note?: string;
}

export interface OrganisationState extends OrganisationProfile {
  id: string;
  version: number;
  dueDiligence: DueDiligence;
}

/** What a change produces: the new state and the events that say so. */
export type OrganisationChange =
  | { state: OrganisationState; event: { definition: typeof OrganisationRegistered; data: DataOf<typeof OrganisationRegistered> } }
  | { state: OrganisationState; event: { definition: typeof OrganisationUpdated; data: DataOf<typeof OrganisationUpdated> } }
  | {
      state: OrganisationState;
      event: { definition: typeof OrganisationDueDiligenceDecided; data: DataOf<typeof OrganisationDueDiligenceDecided> };
    };

function checkRegions(profile: OrganisationProfile): void {
  const wrongCountry = profile.regions.find((pcode) => !pcode.startsWith(profile.country));
  if (wrongCountry) {
    throw new DomainError(
      'invalid',
      'region-outside-country',
      text('regionOutsideCountry', { region: wrongCountry, country: profile.country }),
      'regions',
    );
  }
}

const iatiShape = new RegExp(IATI_ORGANISATION_IDENTIFIER);

function checkIatiIdentifier(profile: OrganisationProfile): void {
  if (profile.iatiIdentifier !== undefined && !iatiShape.test(profile.iatiIdentifier)) {
    throw new DomainError('invalid', 'bad-iati-identifier', text('badIatiIdentifier', { value: profile.iatiIdentifier }), 'iatiIdentifier');
  }
}

const normalised = (value: string | undefined) => (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * One organisation registered twice splits its sub-grants and reports between two records, so a
 * profile with the name, acronym and country of another organisation (whatever the case and
 * spacing) is refused, naming the one that exists.
 */
function checkNotDuplicate(profile: OrganisationProfile, namesakes: OrganisationState[], self?: string): void {
  const existing = namesakes.find(
    (other) =>
      other.id !== self &&
      other.country === profile.country &&
      normalised(other.name) === normalised(profile.name) &&
      normalised(other.acronym) === normalised(profile.acronym),
  );
  if (existing) {
    throw new DomainError(
      'conflict',
      'organisation-exists',
      text('organisationExists', { name: existing.name, id: existing.id }),
      'name',
    );
  }
}

function profileOf(state: OrganisationProfile): OrganisationProfile {
  const { name, acronym, kind, country, regions, contactEmail, iatiIdentifier } = state;
  return {
    name,
    kind,
    country,
    regions,
    ...(acronym !== undefined ? { acronym } : {}),
    ...(contactEmail !== undefined ? { contactEmail } : {}),
    ...(iatiIdentifier !== undefined ? { iatiIdentifier } : {}),
  };
}

/** Donors, lead partners and CSOs; every CSO starts with due diligence pending. */
export const Organisation = {
  /** `namesakes`: organisations of the same country whose name may match, to refuse a duplicate. */
  register(id: string, profile: OrganisationProfile, namesakes: OrganisationState[]): OrganisationChange {
    checkRegions(profile);
    checkIatiIdentifier(profile);
    checkNotDuplicate(profile, namesakes);
    const state: OrganisationState = { ...profileOf(profile), id, version: 1, dueDiligence: { status: 'pending' } };
    return { state, event: { definition: OrganisationRegistered, data: { ...profileOf(profile), dueDiligence: 'pending' } } };
  },

  update(current: OrganisationState, profile: OrganisationProfile, namesakes: OrganisationState[]): OrganisationChange {
    checkRegions(profile);
    checkIatiIdentifier(profile);
    if (profile.kind !== current.kind) {
      throw new DomainError(
        'conflict',
        'organisation-kind-fixed',
        text('kindFixed'),
        'kind',
      );
    }
    // Optional fields left out keep their value, and the event carries the whole resulting profile.
    const state: OrganisationState = { ...current, ...profileOf(profile), version: current.version + 1 };
    checkNotDuplicate(state, namesakes, current.id);
    return { state, event: { definition: OrganisationUpdated, data: profileOf(state) } };
  },

  decideDueDiligence(
    current: OrganisationState,
    decision: { status: 'verified' | 'rejected'; reviewedBy: string; at: Date; note?: string },
  ): OrganisationChange {
    if (decision.status === 'rejected' && !decision.note?.trim()) {
      throw new DomainError(
        'invalid',
        'rejection-needs-reason',
        text('rejectionNeedsReason'),
        'note',
      );
    }
    if (current.dueDiligence.status === decision.status) {
      throw new DomainError('conflict', 'due-diligence-unchanged', text('dueDiligenceUnchanged', { status: decision.status }));
    }
    const dueDiligence: DueDiligence = {
      status: decision.status,
      reviewedBy: decision.reviewedBy,
      reviewedAt: decision.at.toISOString(),
      ...(decision.note ? { note: decision.note } : {}),
    };
    return {
      state: { ...current, dueDiligence, version: current.version + 1 },
      event: {
        definition: OrganisationDueDiligenceDecided,
        data: {
          status: decision.status,
          reviewedBy: decision.reviewedBy,
          reviewedAt: dueDiligence.reviewedAt!,
          ...(decision.note ? { note: decision.note } : {}),
        },
      },
    };
  },
};
