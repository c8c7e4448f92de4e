import { APPLIED_EVENTS } from '@tributary/messaging';
import { BilingualTextSchema, documentSchema, partSchema } from '@tributary/platform';

export interface KnownProject {
  _id: string;
  code: string;
  title: { fr: string; en: string };
  period: { start: string; end: string };
  leadPartnerId: string;
  donorIds: string[];
}

/** Grants' projects as indicators knows them: found by id, or by the organisations that lead or fund them. */
export const KNOWN_PROJECTS = 'known_projects';
export const KnownProjectSchema = documentSchema<KnownProject>({
  code: String,
  title: BilingualTextSchema,
  period: partSchema({ start: String, end: String }),
  leadPartnerId: String,
  donorIds: [String],
  ...APPLIED_EVENTS,
})
  .index({ leadPartnerId: 1 })
  .index({ donorIds: 1 });
