import { ModelDefinition } from '@nestjs/mongoose';
import { outputsFromCounts } from '@tributary/contracts';
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

type StoredReport = { outputs?: unknown; organisations?: unknown };

/**
 * Reports stored before outputs were items (#14) hold `{recommendations, declarations, actionPlans}`
 * and no organisations. They are read in the current shape, with the output ids their version-1
 * events are read with, and written in it at their next change: no migration run is needed, and an
 * instance still on the old code meanwhile reads nothing it does not know.
 */
function upgradeReport(report: StoredReport | null | undefined): void {
  if (!report) return;
  if (report.outputs && !Array.isArray(report.outputs)) report.outputs = outputsFromCounts(report.outputs as Parameters<typeof outputsFromCounts>[0]);
  report.organisations ??= [];
}

/** Brings a stored activity, as read (lean), to the current shape, in place. */
export function upgradeStoredActivity(document: { report?: StoredReport | null; previousReports?: StoredReport[] } | null): void {
  upgradeReport(document?.report);
  document?.previousReports?.forEach(upgradeReport);
}

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
    .index({ leadPartnerId: 1 })
    .post(['find', 'findOne'], (read: Parameters<typeof upgradeStoredActivity>[0] | Parameters<typeof upgradeStoredActivity>[0][]) =>
      (Array.isArray(read) ? read : [read]).forEach(upgradeStoredActivity),
    ),
};
