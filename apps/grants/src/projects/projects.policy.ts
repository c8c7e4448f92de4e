import { ScopePolicy } from '@tributary/auth';
import { Actor, DomainError } from '@tributary/platform';
import { ProjectState } from './domain/project';
import { projectMessages as text } from './projects.messages';

export const projectNotFound = () => new DomainError('not-found', 'project-not-found', text('notFound'));

/** The lead partner's staff: who runs a project day to day. */
export const LEAD_PARTNER_STAFF = ['admin', 'program-manager', 'me-officer'] as const;

type ProjectParties = Pick<ProjectState, 'leadPartnerId' | 'donors'>;

const partsOf = (project: ProjectParties) => ({ lead: project.leadPartnerId, donor: project.donors.map((donor) => donor.organisationId) });

/**
 * Who sees a project: administrators; the lead partner's staff; the donors that fund it; their
 * organisations' machine clients (for the IATI export). A project outside the caller's reach is
 * answered as absent.
 */
export const projectReaders = new ScopePolicy<ProjectParties>(
  { admin: 'all', 'program-manager': ['lead'], 'me-officer': ['lead'], 'donor-viewer': ['donor'], 'feeds:read': ['lead', 'donor'] },
  partsOf,
);

/** Only the lead partner's program managers (and administrators) change a project and its sub-grants. */
export const projectManagers = new ScopePolicy<ProjectParties>({ admin: 'all', 'program-manager': ['lead'] }, partsOf);

export function assertMayManage(actor: Actor, project: ProjectState): void {
  if (!projectReaders.allows(actor, project)) throw projectNotFound();
  if (!projectManagers.allows(actor, project)) {
    throw new DomainError('forbidden', 'not-lead-partner-manager', text('notLeadPartnerManager'));
  }
}
