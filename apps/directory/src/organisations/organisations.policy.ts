import { ScopePolicy } from '@tributary/auth';
import { OrganisationState } from './domain/organisation';

/** Everyone but CSO reporters sees the whole directory; a CSO reporter sees its own organisation. */
export const organisationReaders = new ScopePolicy<Pick<OrganisationState, 'id'>>(
  { admin: 'all', 'program-manager': 'all', 'me-officer': 'all', 'donor-viewer': 'all', 'cso-reporter': ['self'] },
  (organisation) => ({ self: organisation.id }),
);
