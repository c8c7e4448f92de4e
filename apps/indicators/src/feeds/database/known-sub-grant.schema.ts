import { APPLIED_EVENTS } from '@tributary/messaging';
import { documentSchema } from '@tributary/platform';

export interface KnownSubGrant {
  _id: string;
  projectId: string;
  reference: string;
  recipientId: string;
  leadPartnerId: string;
}

/** Grants' sub-grants as the IATI export needs them, found by id only. */
export const KNOWN_SUB_GRANTS = 'known_sub_grants';
export const KnownSubGrantSchema = documentSchema<KnownSubGrant>({
  projectId: String,
  reference: String,
  recipientId: String,
  leadPartnerId: String,
  ...APPLIED_EVENTS,
});
