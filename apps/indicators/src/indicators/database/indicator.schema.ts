import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';
import { BilingualTextSchema, optionalArray, partSchema } from '@tributary/platform';

const RuleSchema = partSchema({
  measure: String,
  level: String,
  filter: partSchema({
    activityTypes: optionalArray(String),
    themes: optionalArray(String),
    categories: optionalArray(String),
    sexes: optionalArray(String),
    places: optionalArray(String),
    organisationKinds: optionalArray(String),
    outputKinds: optionalArray(String),
    statuses: optionalArray(String),
  }),
});

/** A project's results framework, read per project in code order; a code is used once per project. */
export const IndicatorModel: ModelDefinition = {
  name: 'Indicator',
  collection: 'indicators',
  schema: aggregateSchema({
    projectId: String,
    code: String,
    title: BilingualTextSchema,
    level: String,
    measure: String,
    direction: String,
    disaggregations: [String],
    rule: RuleSchema,
    numerator: RuleSchema,
    denominator: RuleSchema,
    targets: [partSchema({ period: String, value: Number, disaggregation: String })],
    definition: BilingualTextSchema,
    result: BilingualTextSchema,
    baseline: partSchema({ value: Number, date: String }),
    meansOfVerification: String,
    frequency: String,
    awaitingReplay: Boolean,
  }).index({ projectId: 1, code: 1 }, { unique: true }),
};
