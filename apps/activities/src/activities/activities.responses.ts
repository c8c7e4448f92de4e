import { Static, Type } from '@sinclair/typebox';
import { RECOMMENDATION_STATUSES } from '@tributary/contracts';
import { Dictionary, Id, Nullable, StringEnum, Timestamp, Version } from '@tributary/platform';
import { EVIDENCE_KINDS } from './domain/evidence';

const Count = Type.Integer({ minimum: 0 });

const ReportContent = {
  actualStart: Type.String({ format: 'date' }),
  actualEnd: Type.String({ format: 'date' }),
  pcode: Type.String(),
  participants: Type.Object(
    {
      total: Count,
      cells: Type.Array(Type.Object({ sex: Type.String(), ageBand: Type.String(), category: Type.String(), count: Count }, { title: 'ParticipantCell' })),
      byCategory: Type.Optional(Dictionary(Count)),
      bySex: Type.Optional(Dictionary(Count)),
    },
    { title: 'Participants' },
  ),
  organisations: Type.Array(Type.Object({ kind: Type.String(), organisationId: Type.Optional(Type.String()), name: Type.Optional(Type.String()) }, { title: 'ParticipatingOrganisation' })),
  outputs: Type.Array(
    Type.Object(
      {
        id: Type.String(),
        kind: Type.String(),
        quantity: Type.Integer({ minimum: 1 }),
        text: Type.Optional(Type.Object({ fr: Type.Optional(Type.String()), en: Type.Optional(Type.String()) }, { title: 'OutputText' })),
        theme: Type.Optional(Type.String()),
        addressee: Type.Optional(Type.String()),
        status: Type.Optional(StringEnum(RECOMMENDATION_STATUSES, { description: "a recommendation's follow-up, set by the program manager" })),
      },
      { title: 'Output' },
    ),
  ),
  narrative: Type.String(),
  reportVersion: Type.Integer({ minimum: 1, description: 'increases with every correction' }),
};

export const ActivityResponse = Type.Object(
  {
    id: Id,
    version: Version,
    subGrantId: Type.String(),
    projectId: Type.String(),
    recipientId: Type.String(),
    leadPartnerId: Type.String(),
    type: Type.String(),
    title: Type.String(),
    plannedStart: Type.String({ format: 'date' }),
    plannedEnd: Type.String({ format: 'date' }),
    pcode: Type.String(),
    themes: Type.Array(Type.String()),
    plannedParticipants: Count,
    report: Nullable(
      Type.Object(
        {
          ...ReportContent,
          status: StringEnum(['draft', 'submitted', 'validated', 'returned']),
          comments: Type.Optional(Type.String({ description: 'why the lead partner returned it' })),
          wasEverSubmitted: Type.Boolean(),
        },
        { title: 'ActivityReport' },
      ),
      { description: 'null until a report is written' },
    ),
    previousReports: Type.Array(Type.Object(ReportContent, { title: 'PreviousReport' }), { description: 'validated versions replaced by corrections, oldest first' }),
    idempotencyKeys: Type.Array(Type.String(), { description: 'the latest Idempotency-Key values applied' }),
  },
  { title: 'Activity' },
);
export type ActivityResponse = Static<typeof ActivityResponse>;

export const PlanResponse = Type.Object(
  { outcome: StringEnum(['created', 'unchanged']), activity: ActivityResponse },
  { title: 'PlanOutcome' },
);
export type PlanResponse = Static<typeof PlanResponse>;

const ItemResult = {
  id: Type.String({ description: 'the id the item gave' }),
  outcome: StringEnum(['created', 'updated', 'unchanged', 'conflict', 'invalid']),
  reportStatus: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
};

export const BatchResponse = Type.Array(Type.Object(ItemResult, { title: 'BatchItemResult' }), { description: 'one result per item, in the order sent' });
export type BatchResponse = Static<typeof BatchResponse>;

export const ImportResponse = Type.Array(
  Type.Object({ row: Type.Integer({ minimum: 2, description: 'the spreadsheet row (1 is the header)' }), ...ItemResult }, { title: 'ImportRowResult' }),
);
export type ImportResponse = Static<typeof ImportResponse>;

export const EvidenceResponse = Type.Object(
  {
    id: Id,
    activityId: Type.String(),
    kind: StringEnum(EVIDENCE_KINDS),
    filename: Type.String(),
    contentType: Type.String(),
    size: Type.Integer({ minimum: 1, description: 'bytes' }),
    uploadedBy: Type.String(),
    uploadedAt: Timestamp,
  },
  { title: 'Evidence' },
);
export type EvidenceResponse = Static<typeof EvidenceResponse>;
