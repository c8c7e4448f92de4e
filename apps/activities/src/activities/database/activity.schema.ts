import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';
import { partSchema } from '@tributary/platform';
import { Schema } from 'mongoose';

const ParticipantsSchema = partSchema({
  total: Number,
  cells: [partSchema({ sex: String, ageBand: String, category: String, count: Number })],
  byCategory: Schema.Types.Mixed,
  bySex: Schema.Types.Mixed,
});

const REPORT_CONTENT = {
  actualStart: String,
  actualEnd: String,
  pcode: String,
  participants: ParticipantsSchema,
  organisations: [partSchema({ kind: String, organisationId: String, name: String })],
  outputs: [partSchema({ id: String, kind: String, quantity: Number, text: partSchema({ fr: String, en: String }), theme: String, addressee: String, status: String })],
  narrative: String,
  reportVersion: Number,
};

/** Activities of the sub-grants, listed by sub-grant, by recipient CSO and by lead partner. */
export const ActivityModel: ModelDefinition = {
  name: 'Activity',
  collection: 'activities',
  schema: aggregateSchema({
    subGrantId: String,
    projectId: String,
    recipientId: String,
    leadPartnerId: String,
    type: { type: String },
    title: String,
    plannedStart: String,
    plannedEnd: String,
    pcode: String,
    themes: [String],
    plannedParticipants: Number,
    report: partSchema({ ...REPORT_CONTENT, status: String, comments: String, wasEverSubmitted: Boolean }),
    previousReports: [partSchema(REPORT_CONTENT)],
    idempotencyKeys: [String],
  })
    .index({ subGrantId: 1 })
    .index({ recipientId: 1 })
    .index({ leadPartnerId: 1 }),
};
