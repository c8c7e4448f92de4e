import { ModelDefinition } from '@nestjs/mongoose';
import { documentSchema } from '@tributary/platform';

export interface StoredActivityType {
  /** the type's code */
  _id: string;
  code: string;
  fr: string;
  en: string;
}

/** Activity types administrators added to the shipped ones, read whole. */
export const ActivityTypeModel: ModelDefinition = {
  name: 'ActivityType',
  collection: 'activity_types',
  schema: documentSchema<StoredActivityType>({ code: String, fr: String, en: String }),
};
