import { Static, Type } from '@sinclair/typebox';
import { BasedOnVersion, CalendarDate, Dictionary, Id, PCode, RequestObject, StringEnum } from '@tributary/platform';
import { FOLLOW_UP_STATUSES } from '@tributary/contracts';
import { EVIDENCE_KINDS } from './domain/evidence';

const Code = (example: string) => Type.String({ minLength: 1, description: 'a code from GET /reference', examples: [example] });
const Count = Type.Integer({ minimum: 0 });

export const PlanActivityRequest = RequestObject(
  {
    subGrantId: Type.String({ minLength: 1, description: 'an active sub-grant of your organisation', examples: ['subgrant-amss-01'] }),
    type: Code('validation-forum'),
    title: Type.String({ minLength: 3, maxLength: 200, examples: ['Forum de validation des résultats à Goundam'] }),
    plannedStart: CalendarDate,
    plannedEnd: CalendarDate,
    pcode: Type.String({ pattern: PCode.pattern, description: 'P-code of the region or cercle', examples: ['ML0603'] }),
    themes: Type.Array(Code('pve'), { maxItems: 10 }),
    plannedParticipants: Type.Integer({ minimum: 0, examples: [40] }),
  },
  { title: 'PlanActivityRequest' },
);
export type PlanActivityRequest = Static<typeof PlanActivityRequest>;

const ParticipantsInput = RequestObject(
  {
    total: Type.Integer({ minimum: 0, examples: [188] }),
    cells: Type.Array(
      RequestObject({ sex: Code('female'), ageBand: Code('18-35'), category: Code('womens-associations'), count: Count }, { title: 'ParticipantCellInput' }),
      { maxItems: 500, description: 'counts by sex × age band × category, adding up to the total; never names' },
    ),
    byCategory: Type.Optional(Dictionary(Count, { description: 'subtotals as stated in the field report, checked against the cells', examples: [{ 'womens-associations': 72 }] })),
    bySex: Type.Optional(Dictionary(Count, { examples: [{ female: 21 }] })),
  },
  { title: 'ParticipantsInput' },
);

const Text = (example: string) => Type.String({ minLength: 1, maxLength: 4000, examples: [example] });

const OrganisationInput = RequestObject(
  {
    kind: Code('local-authority'),
    organisationId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'directory id, when it has one; an id the directory does not know (yet) is refused with 422', examples: ['org-benkadi'] })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'needed when it has no directory id; an organisation, never a person', examples: ['Conseil régional de Tombouctou'] })),
  },
  { title: 'ParticipatingOrganisationInput' },
);

const OutputInput = RequestObject(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'the id the report gave it, to keep it (and a recommendation its follow-up) through edits; left out for a new one' })),
    kind: Code('recommendation'),
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000000, description: 'how many; 1 when left out (the number of people for people trained)' })),
    text: Type.Optional(RequestObject({ fr: Type.Optional(Text('Associer les jeunes aux comités locaux de gestion des conflits')), en: Type.Optional(Text('Involve young people in local conflict-management committees')) }, { title: 'OutputTextInput' })),
    theme: Type.Optional(Code('pve')),
    addressee: Type.Optional(Type.String({ minLength: 1, maxLength: 200, examples: ['Gouvernement de transition'] })),
  },
  { title: 'OutputInput' },
);

const ReportContent = {
  actualStart: CalendarDate,
  actualEnd: CalendarDate,
  pcode: PCode,
  participants: ParticipantsInput,
  organisations: Type.Optional(Type.Array(OrganisationInput, { maxItems: 300, description: 'the other organisations that took part, by kind; none when left out' })),
  outputs: Type.Optional(Type.Array(OutputInput, { maxItems: 300, description: 'what the activity produced, item by item; none when left out' })),
  narrative: Type.String({ maxLength: 20000, description: 'what happened; do not write participants’ names or phone numbers' }),
};

export const ReportContentRequest = RequestObject(ReportContent, { title: 'ReportContentRequest' });
export type ReportContentRequest = Static<typeof ReportContentRequest>;

export const SaveReportRequest = RequestObject({ ...ReportContent, version: BasedOnVersion }, { title: 'SaveReportRequest' });
export type SaveReportRequest = Static<typeof SaveReportRequest>;

export const VersionRequest = RequestObject({ version: BasedOnVersion }, { title: 'VersionRequest' });
export type VersionRequest = Static<typeof VersionRequest>;

export const ReturnReportRequest = RequestObject(
  { version: BasedOnVersion, comments: Type.String({ minLength: 3, maxLength: 4000, examples: ['Les listes de présence ne correspondent pas aux totaux.'] }) },
  { title: 'ReturnReportRequest' },
);
export type ReturnReportRequest = Static<typeof ReturnReportRequest>;

export const CorrectReportRequest = RequestObject(
  { ...ReportContent, version: BasedOnVersion, reason: Type.String({ minLength: 3, maxLength: 2000, examples: ['double comptage des représentants de jeunes corrigé'] }) },
  { title: 'CorrectReportRequest' },
);
export type CorrectReportRequest = Static<typeof CorrectReportRequest>;

export const FollowUpRequest = RequestObject(
  {
    version: BasedOnVersion,
    status: StringEnum(FOLLOW_UP_STATUSES, { description: "the recommendation's follow-up; never back to proposed" }),
  },
  { title: 'FollowUpRequest' },
);
export type FollowUpRequest = Static<typeof FollowUpRequest>;

/** Made up by the client (a UUID, say), so a retry finds what the first attempt created. */
export const ActivityId = Type.String({ minLength: 8, maxLength: 64, description: 'client-generated activity id (UUID recommended), stable across retries' });

export const BatchItem = RequestObject(
  {
    id: ActivityId,
    plan: PlanActivityRequest,
    report: Type.Optional(ReportContentRequest),
    submit: Type.Optional(Type.Boolean({ description: 'submit the report for validation' })),
  },
  { title: 'BatchItem' },
);
export type BatchItem = Static<typeof BatchItem>;

export const BatchRequest = RequestObject(
  {
    items: Type.Array(
      Type.Union([BatchItem, Type.Object({}, { additionalProperties: true })], {
        description: 'each item is checked against BatchItem on its own: one that does not fit is answered invalid, with its errors, and the others go ahead',
      }),
      { maxItems: 200 },
    ),
  },
  { title: 'BatchRequest' },
);
export type BatchRequest = Static<typeof BatchRequest>;

export const ListActivitiesQuery = RequestObject({ subGrantId: Type.Optional(Id) });
export type ListActivitiesQuery = Static<typeof ListActivitiesQuery>;

export const EvidenceQuery = RequestObject({
  kind: StringEnum(EVIDENCE_KINDS),
  filename: Type.String({ minLength: 1, maxLength: 200, examples: ['liste-presence-goundam.pdf'] }),
});
export type EvidenceQuery = Static<typeof EvidenceQuery>;
