import { Static, Type } from '@sinclair/typebox';
import { Id, Nullable, ROLES, StringEnum, Version } from '@tributary/platform';

export const UserResponse = Type.Object(
  {
    id: Id,
    version: Version,
    email: Type.String(),
    displayName: Type.String(),
    preferredLanguage: StringEnum(['fr', 'en']),
    organisationId: Nullable(Type.String(), { description: 'null for platform administrators' }),
    roles: Type.Array(StringEnum(ROLES)),
    disabled: Type.Boolean(),
  },
  { title: 'User' },
);
export type UserResponse = Static<typeof UserResponse>;
