import { ScopePolicy } from '@tributary/auth';
import { ActivityState } from './domain/activity';

type ActivityParties = Pick<ActivityState, 'recipientId' | 'leadPartnerId'>;

const partsOf = (activity: ActivityParties) => ({ recipient: activity.recipientId, lead: activity.leadPartnerId });

/**
 * Who sees an activity and its report: the recipient CSO's reporters, the lead partner's program
 * managers and M&E officers, administrators. An activity outside the caller's reach is answered as absent.
 */
export const activityReaders = new ScopePolicy<ActivityParties>(
  { admin: 'all', 'cso-reporter': ['recipient'], 'program-manager': ['lead'], 'me-officer': ['lead'] },
  partsOf,
);

/**
 * Who writes and submits reports, and reads attendance sheets (they carry participants' names):
 * the recipient CSO's reporters and the lead partner's program managers, and administrators.
 */
export const activityReporters = new ScopePolicy<ActivityParties>({ admin: 'all', 'cso-reporter': ['recipient'], 'program-manager': ['lead'] }, partsOf);

/** Who validates, returns and corrects reports: the lead partner's program managers, and administrators. */
export const activityManagers = new ScopePolicy<ActivityParties>({ admin: 'all', 'program-manager': ['lead'] }, partsOf);
