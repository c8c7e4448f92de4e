import { Static, Type } from '@sinclair/typebox';
import { Id, StringEnum, Version } from '@tributary/platform';

export const ManualValueResponse = Type.Object(
  {
    id: Id,
    version: Version,
    indicatorId: Type.String(),
    projectId: Type.String(),
    scope: Type.String(),
    period: Type.String(),
    value: Type.Number(),
    comment: Type.Optional(Type.String()),
    status: StringEnum(['submitted', 'approved']),
    submittedBy: Type.String(),
    approvedBy: Type.Optional(Type.String()),
  },
  { title: 'ManualValue' },
);
export type ManualValueResponse = Static<typeof ManualValueResponse>;
