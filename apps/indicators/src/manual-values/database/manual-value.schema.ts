import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';

/** Manual values awaiting or past their four-eyes approval, found by id only. */
export const ManualValueModel: ModelDefinition = {
  name: 'ManualValue',
  collection: 'manual_values',
  schema: aggregateSchema({
    indicatorId: String,
    projectId: String,
    scope: String,
    period: String,
    value: Number,
    comment: String,
    status: String,
    submittedBy: String,
    approvedBy: String,
  }),
};
