import { ScopePolicy } from '@tributary/auth';
import { KnownProject } from './database/known-project.schema';

type ProjectParties = Pick<KnownProject, 'leadPartnerId' | 'donorIds'>;

const partsOf = (project: ProjectParties) => ({ lead: project.leadPartnerId, donor: project.donorIds });

/**
 * Who reads a project's results framework, values and feeds: administrators; anyone working for its
 * lead partner or one of its donors, and their organisations' machine clients. A project outside
 * the caller's reach is answered as absent.
 */
export const projectReaders = new ScopePolicy<ProjectParties>(
  {
    admin: 'all',
    'program-manager': ['lead', 'donor'],
    'me-officer': ['lead', 'donor'],
    'cso-reporter': ['lead', 'donor'],
    'donor-viewer': ['lead', 'donor'],
    'feeds:read': ['lead', 'donor'],
  },
  partsOf,
);

/** The lead partner's M&E officers and program managers (and administrators) manage its results framework and values. */
export const projectManagers = new ScopePolicy<ProjectParties>({ admin: 'all', 'me-officer': ['lead'], 'program-manager': ['lead'] }, partsOf);
