import { Static, Type } from '@sinclair/typebox';
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

const Place = {
  pcode: Type.String(),
  adm1: Type.String({ description: 'region (Bamako district included) the place lies in' }),
  adm2: Type.Optional(Type.String({ description: 'cercle' })),
  adm3: Type.Optional(Type.String({ description: 'commune' })),
};

const ReportV1 = {
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

export const RECOMMENDATION_STATUSES = ['proposed', 'adopted', 'in-progress', 'implemented', 'dropped'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/**
 * What the program manager sets a recommendation's follow-up to. Any of them from any other (a
 * dropped recommendation may be taken up again, a status set by mistake put right), but never back
 * to proposed: once the addressee has answered, it is no longer merely proposed.
 */
export const FOLLOW_UP_STATUSES = ['adopted', 'in-progress', 'implemented', 'dropped'] as const satisfies readonly RecommendationStatus[];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** An organisation that took part, by kind; the directory id when it has one, else its name. Never a person. */
export const ParticipatingOrganisationSchema = Type.Object(
  {
    kind: Type.String({ description: 'an organisation kind of the reference data' }),
    organisationId: Type.Optional(Type.String({ description: 'directory id, when the organisation is in the directory' })),
    name: Type.Optional(Type.String({ description: 'its name, when it is not in the directory' })),
  },
  { additionalProperties: false },
);

/** Something an activity produced: a declaration, a recommendation, an action plan, people trained… */
export const OutputSchema = Type.Object(
  {
    id: Type.String({ description: 'stable across corrections, so a follow-up status stays with its recommendation' }),
    kind: Type.String({ description: 'an output kind of the reference data' }),
    quantity: Type.Integer({ minimum: 1, description: 'how many: 1 for a text, the number of people for people trained' }),
    text: Type.Optional(Type.Object({ fr: Type.Optional(Type.String()), en: Type.Optional(Type.String()) }, { additionalProperties: false })),
    theme: Type.Optional(Type.String()),
    addressee: Type.Optional(Type.String({ description: 'to whom a recommendation or declaration is addressed' })),
    status: Type.Optional(Type.Union(RECOMMENDATION_STATUSES.map((s) => Type.Literal(s)), { description: "a recommendation's follow-up, set by the program manager" })),
  },
  { additionalProperties: false },
);

const Report = {
  ...ActivityRef,
  reportVersion: Type.Integer({ minimum: 1 }),
  actualStart: Type.String({ format: 'date' }),
  actualEnd: Type.String({ format: 'date' }),
  place: Type.Object(Place, { additionalProperties: false }),
  participants: ParticipantsSchema,
  organisations: Type.Array(ParticipatingOrganisationSchema),
  outputs: Type.Array(OutputSchema),
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
  organisations: [
    { kind: 'local-authority', name: 'Conseil régional de Tombouctou' },
    { kind: 'womens-association', organisationId: 'org-afip' },
  ],
  outputs: [
    { id: 'b1e0c5a2-4d7f-4f7e-9c31-2f1a8e6d0a01', kind: 'recommendation', quantity: 1, text: { fr: 'Associer les jeunes aux comités locaux de gestion des conflits' }, theme: 'pve', addressee: 'Conseil régional de Tombouctou', status: 'proposed' as const },
    { id: 'b1e0c5a2-4d7f-4f7e-9c31-2f1a8e6d0a02', kind: 'action-plan', quantity: 1, text: { fr: "Plan d'action régional de prévention" }, theme: 'pve' },
  ],
});
const focusGroupsV1 = (youth: number) => {
  const { organisations: _o, outputs: _p, ...rest } = focusGroups(youth);
  return { ...rest, outputs: { recommendations: 12, declarations: 0, actionPlans: 1 } };
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

const SUBMITTED = {
  type: 'activities.activity.report-submitted',
  topic: Topics.activitiesActivity,
  summary: 'The report of an activity was submitted (or resubmitted after a return) for validation.',
} as const;
const VALIDATED = {
  type: 'activities.activity.report-validated',
  topic: Topics.activitiesActivity,
  summary: 'The lead partner validated the report: its counts now count, with the full figures.',
} as const;
const RETURNED = {
  type: 'activities.activity.report-returned',
  topic: Topics.activitiesActivity,
  summary: 'The report was returned with comments; if it had been validated, consumers take its counts back out.',
} as const;
const CORRECTED = {
  type: 'activities.activity.report-corrected',
  topic: Topics.activitiesActivity,
  summary: 'A validated report was corrected; carries the new figures and the previous ones, so consumers apply the difference.',
} as const;

export const ReportSubmitted = defineEvent({
  ...SUBMITTED,
  version: 2,
  schema: Type.Object({ ...Report, resubmission: Type.Boolean() }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 2, actor: REPORTER, data: { ...focusGroups(72), resubmission: false } },
});

export const ReportValidated = defineEvent({
  ...VALIDATED,
  version: 2,
  schema: Type.Object(Report, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 3, data: focusGroups(72) },
});

export const ReportReturned = defineEvent({
  ...RETURNED,
  version: 2,
  schema: Type.Object({ ...Report, comments: Type.String(), wasValidated: Type.Boolean() }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 5, data: { ...focusGroups(70), reportVersion: 2, comments: 'Joindre les listes de présence des cinq cercles', wasValidated: true } },
});

export const ReportCorrected = defineEvent({
  ...CORRECTED,
  version: 2,
  schema: Type.Object(
    { ...Report, reason: Type.String(), previous: Type.Object(Report, { additionalProperties: false }) },
    { additionalProperties: false },
  ),
  example: { subject: ACTIVITY, sequence: 4, data: { ...focusGroups(70), reportVersion: 2, reason: 'deux jeunes comptés deux fois', previous: focusGroups(72) } },
});

export const RecommendationFollowedUp = defineEvent({
  type: 'activities.activity.recommendation-followed-up',
  version: 1,
  topic: Topics.activitiesActivity,
  summary:
    "The program manager set the follow-up of a recommendation of a validated report. Carries the whole report with the new status, so consumers count outputs by status as they count a correction.",
  schema: Type.Object(
    {
      ...Report,
      outputId: Type.String(),
      status: Type.Union(FOLLOW_UP_STATUSES.map((s) => Type.Literal(s))),
      previousStatus: Type.Union(RECOMMENDATION_STATUSES.map((s) => Type.Literal(s))),
    },
    { additionalProperties: false },
  ),
  example: (() => {
    const report = focusGroups(72);
    const outputs = report.outputs.map((o) => (o.kind === 'recommendation' ? { ...o, status: 'adopted' as const } : o));
    return { subject: ACTIVITY, sequence: 4, data: { ...report, outputs, outputId: outputs[0].id, status: 'adopted' as const, previousStatus: 'proposed' as const } };
  })(),
});

/*
 * Version 1 of the report events counted outputs by three fixed kinds and named no organisation.
 * The log keeps them forever, so consumers still read them, as the current version (currentReport).
 */
const READ_ONLY = ' Version 1: no longer published, still read from the log (as version 2).';

export const ReportSubmittedV1 = defineEvent({
  ...SUBMITTED,
  summary: SUBMITTED.summary + READ_ONLY,
  version: 1,
  schema: Type.Object({ ...ReportV1, resubmission: Type.Boolean() }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 2, actor: REPORTER, data: { ...focusGroupsV1(72), resubmission: false } },
});
export const ReportValidatedV1 = defineEvent({ ...VALIDATED, summary: VALIDATED.summary + READ_ONLY, version: 1, schema: Type.Object(ReportV1, { additionalProperties: false }), example: { subject: ACTIVITY, sequence: 3, data: focusGroupsV1(72) } });
export const ReportReturnedV1 = defineEvent({
  ...RETURNED,
  summary: RETURNED.summary + READ_ONLY,
  version: 1,
  schema: Type.Object({ ...ReportV1, comments: Type.String(), wasValidated: Type.Boolean() }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 5, data: { ...focusGroupsV1(70), reportVersion: 2, comments: 'Joindre les listes de présence', wasValidated: true } },
});
export const ReportCorrectedV1 = defineEvent({
  ...CORRECTED,
  summary: CORRECTED.summary + READ_ONLY,
  version: 1,
  schema: Type.Object({ ...ReportV1, reason: Type.String(), previous: Type.Object(ReportV1, { additionalProperties: false }) }, { additionalProperties: false }),
  example: { subject: ACTIVITY, sequence: 4, data: { ...focusGroupsV1(70), reportVersion: 2, reason: 'deux jeunes comptés deux fois', previous: focusGroupsV1(72) } },
});

type ReportV1Data = Static<typeof ReportValidatedV1.schema>;
export type ReportData = Static<typeof ReportValidated.schema>;
export type OutputData = Static<typeof OutputSchema>;

const V1_OUTPUT_KINDS = [['recommendations', 'recommendation'], ['declarations', 'declaration'], ['actionPlans', 'action-plan']] as const;

/**
 * Version 1's output counts as items without text, recommendations as proposed. Ids are made from
 * the kind, so every reading of the same report (an old event, an old stored report) gives the same.
 */
export function outputsFromCounts(counts: ReportV1Data['outputs']): OutputData[] {
  return V1_OUTPUT_KINDS.filter(([field]) => counts[field] > 0).flatMap(([field, kind]): OutputData[] =>
    // Recommendations one by one, each with its own follow-up (v1-recommendation-1, -2…).
    kind === 'recommendation'
      ? Array.from({ length: counts[field] }, (_, i) => ({ id: `v1-recommendation-${i + 1}`, kind, quantity: 1, status: 'proposed' as const }))
      : [{ id: `v1-${kind}`, kind, quantity: counts[field] }],
  );
}

/**
 * A report event's data of any version as the current version: version 1's counts become outputs
 * without text (recommendations as proposed), and it named no organisation. `previous` too.
 */
export function currentReport<T extends ReportData>(version: number, data: T): T;
export function currentReport(version: number, data: ReportData | ReportV1Data): ReportData {
  if (version >= 2) return data as ReportData;
  const v1 = data as ReportV1Data & { previous?: ReportV1Data };
  return { ...v1, organisations: [], outputs: outputsFromCounts(v1.outputs), ...(v1.previous ? { previous: currentReport(1, v1.previous as never) } : {}) } as ReportData;
}

export const ActivitiesEvents = [
  ActivityPlanned,
  ReportSubmitted,
  ReportValidated,
  ReportReturned,
  ReportCorrected,
  RecommendationFollowedUp,
  ReportSubmittedV1,
  ReportValidatedV1,
  ReportReturnedV1,
  ReportCorrectedV1,
] as const;
