import { ScopePolicy } from '@tributary/auth';
import { ProjectState } from '../projects/domain/project';
import { SubGrantState } from './domain/sub-grant';

/** The recipient CSO's reporters act on their own sub-grant where the step is theirs to take. */
export const subGrantRecipients = new ScopePolicy<Pick<SubGrantState, 'recipientId'>>({ 'cso-reporter': ['recipient'] }, (subGrant) => ({
  recipient: subGrant.recipientId,
}));

/**
 * The portfolio as each caller may see it: a CSO reporter only its own organisation's sub-grants,
 * lead-partner staff their projects', donors the projects they fund, administrators everything;
 * machine clients (feeds:read, for the IATI export) what their organisation leads or funds.
 */
export const subGrantReaders = new ScopePolicy<{ subGrant: Pick<SubGrantState, 'leadPartnerId' | 'recipientId'>; project: Pick<ProjectState, 'donors'> | null }>(
  { admin: 'all', 'program-manager': ['lead'], 'me-officer': ['lead'], 'cso-reporter': ['recipient'], 'donor-viewer': ['donor'], 'feeds:read': ['lead', 'donor'] },
  ({ subGrant, project }) => ({ lead: subGrant.leadPartnerId, recipient: subGrant.recipientId, donor: project?.donors.map((donor) => donor.organisationId) }),
);
