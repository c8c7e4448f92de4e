import { Type } from '@sinclair/typebox';
import { defineEvent } from '../envelope/event-envelope';
import { Topics } from '../topics';

/**
 * Participants are counted, never named: cells of sex × age band × category with a count, and the
 * total. Nothing here can carry a name or a phone number.
 */
export const ParticipantsSchema = Type.Object(
  {
    total: Type.Integer({ minimum: 0 }),
    cells: Type.Array(
      Type.Object(
        { sex: Type.String(), ageBand: Type.String(), category: Type.String(), count: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const ActivityRef = {
  subGrantId: Type.String(),
  projectId: Type.String(),
  recipientId: Type.String(),
  leadPartnerId: Type.String(),
  type: Type.String(),
  themes: Type.Array(Type.String()),
};

const Report = {
  ...ActivityRef,
  reportVersion: Type.Integer({ minimum: 1 }),
  actualStart: Type.String({ format: 'date' }),
  actualEnd: Type.String({ format: 'date' }),
  place: Type.Object({ pcode: Type.String(), adm1: Type.String(), adm2: Type.Optional(Type.String()) }, { additionalProperties: false }),
  participants: ParticipantsSchema,
  outputs: Type.Object(
    { recommendations: Type.Integer({ minimum: 0 }), declarations: Type.Integer({ minimum: 0 }), actionPlans: Type.Integer({ minimum: 0 }) },
    { additionalProperties: false },
  ),
};

export const ActivityPlanned = defineEvent({
  type: 'activities.activity.planned',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: 'A CSO planned an activity under an active sub-grant.',
  schema: Type.Object(
    {
      ...ActivityRef,
      title: Type.String(),
      plannedStart: Type.String({ format: 'date' }),
      plannedEnd: Type.String({ format: 'date' }),
      pcode: Type.String(),
      plannedParticipants: Type.Integer({ minimum: 0 }),
    },
    { additionalProperties: false },
  ),
});

export const ReportSubmitted = defineEvent({
  type: 'activities.activity.report-submitted',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: 'The report of an activity was submitted (or resubmitted after a return) for validation.',
  schema: Type.Object({ ...Report, resubmission: Type.Boolean() }, { additionalProperties: false }),
});

export const ReportValidated = defineEvent({
  type: 'activities.activity.report-validated',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: "The lead partner validated the report: its counts now count, with the full figures.",
  schema: Type.Object(Report, { additionalProperties: false }),
});

export const ReportReturned = defineEvent({
  type: 'activities.activity.report-returned',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: 'The report was returned with comments; if it had been validated, consumers take its counts back out.',
  schema: Type.Object({ ...Report, comments: Type.String(), wasValidated: Type.Boolean() }, { additionalProperties: false }),
});

export const ReportCorrected = defineEvent({
  type: 'activities.activity.report-corrected',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: 'A validated report was corrected; carries the new figures and the previous ones, so consumers apply the difference.',
  schema: Type.Object(
    { ...Report, reason: Type.String(), previous: Type.Object(Report, { additionalProperties: false }) },
    { additionalProperties: false },
  ),
});

export const ActivitiesEvents = [ActivityPlanned, ReportSubmitted, ReportValidated, ReportReturned, ReportCorrected] as const;
