import { APPLIED_EVENTS } from '@tributary/messaging';
import { documentSchema, partSchema } from '@tributary/platform';

export interface KnownDisbursement {
  _id: string;
  projectId: string;
  subGrantId: string;
  reference: string;
  recipientId: string;
  leadPartnerId: string;
  date: string;
  amount: { amount: number; currency: string };
}

/** Disbursements for the IATI export, listed by project. */
export const KNOWN_DISBURSEMENTS = 'known_disbursements';
export const KnownDisbursementSchema = documentSchema<KnownDisbursement>({
  projectId: String,
  subGrantId: String,
  reference: String,
  recipientId: String,
  leadPartnerId: String,
  date: String,
  amount: partSchema({ amount: Number, currency: String }),
  ...APPLIED_EVENTS,
}).index({ projectId: 1 });
