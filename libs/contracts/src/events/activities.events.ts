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

/** The examples follow AMSS's diagnostic study in the Timbuktu region: focus groups of 188 people. */
const ACTIVITY = 'a3f1c6de-0b7e-4c55-9a55-3c1a4b0e9d10';
const REPORTER = { userId: 'user-rapporteur-amss', organisationId: 'org-amss' };
const ACTIVITY_REF = {
  subGrantId: 'subgrant-amss-01',
  projectId: 'project-cove-tbk',
  recipientId: 'org-amss',
  leadPartnerId: 'org-fhi360',
  type: 'study',
  themes: ['pve'],
};
const focusGroups = (youth: number) => ({
  ...ACTIVITY_REF,
  reportVersion: 1,
  actualStart: '2024-03-04',
  actualEnd: '2024-03-25',
  place: { pcode: 'ML06', adm1: 'ML06' },
  participants: {
    total: 116 + youth,
    cells: [
      { sex: 'not-stated', ageBand: 'unknown', category: 'community-leaders', count: 35 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'religious-leaders', count: 3 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'ngo-representatives', count: 6 },
      { sex: 'female', ageBand: 'unknown', category: 'womens-associations', count: 72 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'youth-associations', count: youth },
    ],
  },
  outputs: { recommendations: 12, declarations: 0, actionPlans: 1 },
});

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
  example: {
    subject: ACTIVITY,
    actor: REPORTER,
    data: {
      ...ACTIVITY_REF,
      title: "Groupes de discussion de l'étude diagnostique",
      plannedStart: '2024-03-04',
      plannedEnd: '2024-03-22',
      pcode: 'ML06',
      plannedParticipants: 180,
    },
  },
});

export const ReportSubmitted = defineEvent({
  type: 'activities.activity.report-submitted',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: 'The report of an activity was submitted (or resubmitted after a return) for validation.',
  schema: Type.Object({ ...Report, resubmission: Type.Boolean() }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 2, actor: REPORTER, data: { ...focusGroups(72), resubmission: false } },
});

export const ReportValidated = defineEvent({
  type: 'activities.activity.report-validated',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: "The lead partner validated the report: its counts now count, with the full figures.",
  schema: Type.Object(Report, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 3, data: focusGroups(72) },
});

export const ReportReturned = defineEvent({
  type: 'activities.activity.report-returned',
  version: 1,
  topic: Topics.activitiesActivity,
  summary: 'The report was returned with comments; if it had been validated, consumers take its counts back out.',
  schema: Type.Object({ ...Report, comments: Type.String(), wasValidated: Type.Boolean() }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 5, data: { ...focusGroups(70), reportVersion: 2, comments: 'Joindre les listes de présence des cinq cercles', wasValidated: true } },
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
  example: { subject: ACTIVITY, sequence: 4, data: { ...focusGroups(70), reportVersion: 2, reason: 'deux jeunes comptés deux fois', previous: focusGroups(72) } },
});

export const ActivitiesEvents = [ActivityPlanned, ReportSubmitted, ReportValidated, ReportReturned, ReportCorrected] as const;
