import { Static, Type } from '@sinclair/typebox';
import { BasedOnVersion, Id, RequestObject, ROLES, StringEnum } from '@tributary/platform';
import { MIN_PASSWORD_LENGTH } from './domain/user';

const Roles = Type.Array(StringEnum(ROLES), { minItems: 1 });

export const RegisterUserRequest = RequestObject(
  {
    email: Type.String({ format: 'email', maxLength: 254, examples: ['rapporteur@amss.example'] }),
    displayName: Type.String({ minLength: 1, maxLength: 120, examples: ['Rapporteur AMSS'] }),
    preferredLanguage: StringEnum(['fr', 'en']),
    organisationId: Type.Optional(Type.String({ minLength: 1, description: 'omitted only for platform administrators' })),
    roles: Roles,
    password: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200, description: 'initial password; stored only as a bcrypt hash' }),
  },
  { title: 'RegisterUserRequest' },
);
export type RegisterUserRequest = Static<typeof RegisterUserRequest>;

export const ChangeRolesRequest = RequestObject({ roles: Roles, version: BasedOnVersion }, { title: 'ChangeRolesRequest' });
export type ChangeRolesRequest = Static<typeof ChangeRolesRequest>;

export const DisableUserRequest = RequestObject(
  { reason: Type.Optional(Type.String({ maxLength: 500 })), version: BasedOnVersion },
  { title: 'DisableUserRequest' },
);
export type DisableUserRequest = Static<typeof DisableUserRequest>;

export const ListUsersQuery = RequestObject({ organisationId: Type.Optional(Id) });
export type ListUsersQuery = Static<typeof ListUsersQuery>;
