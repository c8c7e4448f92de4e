import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';
import { BilingualTextSchema, partSchema } from '@tributary/platform';
import { MoneySchema, PeriodSchema } from '../../sub-grants/database/money.schema';

/** Projects, seen by their lead partner's staff and by the donors funding them. */
export const ProjectModel: ModelDefinition = {
  name: 'Project',
  collection: 'projects',
  schema: aggregateSchema({
    code: String,
    title: BilingualTextSchema,
    leadPartnerId: String,
    donors: [partSchema({ organisationId: String, amount: MoneySchema })],
    period: PeriodSchema,
    budget: MoneySchema,
    regions: [String],
    status: String,
  })
    .index({ leadPartnerId: 1 })
    .index({ 'donors.organisationId': 1 }),
};
