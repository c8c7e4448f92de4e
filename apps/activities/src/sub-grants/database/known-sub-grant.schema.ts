import { APPLIED_EVENTS } from '@tributary/messaging';
import { documentSchema } from '@tributary/platform';

export interface KnownSubGrant {
  _id: string;
  projectId: string;
  recipientId: string;
  leadPartnerId: string;
  status: string;
}

/** Grants' sub-grants as activities knows them, found by id only. */
export const KNOWN_SUB_GRANTS = 'known_sub_grants';
export const KnownSubGrantSchema = documentSchema<KnownSubGrant>({
  projectId: String,
  recipientId: String,
  leadPartnerId: String,
  status: String,
  ...APPLIED_EVENTS,
});
