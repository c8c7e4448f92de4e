import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';
import { documentSchema, partSchema } from '@tributary/platform';

/** Entries administrators added to the reference lists, and shipped ones they retired, with their history. */
export const ReferenceEntryModel: ModelDefinition = {
  name: 'ReferenceEntry',
  collection: 'reference_entries',
  schema: aggregateSchema({
    list: String,
    code: String,
    fr: String,
    en: String,
    shipped: Boolean,
    retired: Boolean,
    history: [partSchema({ change: String, time: String, by: partSchema({ userId: String, organisationId: String }) })],
  }),
};

export interface StoredActivityType {
  /** the type's code */
  _id: string;
  code: string;
  fr: string;
  en: string;
}

/**
 * Where activity types were added before every list could be extended; read at start-up to move
 * them to the reference entries (ReferenceCommands.moveEarlierActivityTypes), then emptied.
 */
export const EarlierActivityTypeModel: ModelDefinition = {
  name: 'EarlierActivityType',
  collection: 'activity_types',
  schema: documentSchema<StoredActivityType>({ code: String, fr: String, en: String }),
};
