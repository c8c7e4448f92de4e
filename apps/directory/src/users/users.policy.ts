import { ScopePolicy } from '@tributary/auth';
import { UserState } from './domain/user';

/** Administrators see every user; anyone else sees the users of its own organisation. */
export const userReaders = new ScopePolicy<Pick<UserState, 'organisationId'>>(
  { admin: 'all', 'program-manager': ['self'], 'me-officer': ['self'], 'cso-reporter': ['self'], 'donor-viewer': ['self'] },
  (user) => ({ self: user.organisationId }),
);
