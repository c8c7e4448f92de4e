import { DataOf, UserDisabled, UserRegistered, UserRolesChanged } from '@tributary/contracts';
import { Bilingual, DomainError, Language, Role, ROLES } from '@tributary/kernel';
import { userMessages as text } from '../users.messages';

/** Failed sign-ins in a row that lock an account, and for how long. */
export const LOCKOUT = { maxFailures: 5, minutes: 15 };
export const MIN_PASSWORD_LENGTH = 10;

export interface UserState {
  id: string;
  version: number;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  organisationId: string | null;
  roles: Role[];
  passwordHash: string;
  disabled: boolean;
  failedSignIns: number;
  lockedUntil: string | null;
}

type Change<D extends typeof UserRegistered | typeof UserRolesChanged | typeof UserDisabled> = {
  state: UserState;
  event: { definition: D; data: DataOf<D> };
};

const invalid = (code: string, field: string, message: Bilingual) => new DomainError('invalid', code, message, field);

function checkRoles(roles: string[], organisationId: string | null): Role[] {
  const unknown = roles.find((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown) throw invalid('unknown-role', 'roles', text('unknownRole', { role: unknown }));
  if (roles.length === 0) throw invalid('no-role', 'roles', text('noRole'));
  if (!organisationId && roles.some((role) => role !== 'admin')) {
    throw invalid('organisation-required', 'organisationId', text('organisationRequired'));
  }
  return roles as Role[];
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('password-too-short', 'password', text('passwordTooShort', { length: MIN_PASSWORD_LENGTH }));
  }
}

/** People who sign in; identified by email, attached to one organisation, holding roles. */
export const User = {
  register(
    id: string,
    input: { email: string; displayName: string; preferredLanguage: Language; organisationId: string | null; roles: string[]; passwordHash: string },
  ): Change<typeof UserRegistered> {
    const roles = checkRoles(input.roles, input.organisationId);
    const state: UserState = {
      id,
      version: 1,
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      preferredLanguage: input.preferredLanguage,
      organisationId: input.organisationId,
      roles,
      passwordHash: input.passwordHash,
      disabled: false,
      failedSignIns: 0,
      lockedUntil: null,
    };
    return {
      state,
      event: {
        definition: UserRegistered,
        // No email in the event: other services need roles and organisation, not contact details.
        data: { organisationId: input.organisationId, displayName: input.displayName, preferredLanguage: input.preferredLanguage, roles },
      },
    };
  },

  changeRoles(current: UserState, roles: string[]): Change<typeof UserRolesChanged> {
    const checked = checkRoles(roles, current.organisationId);
    return { state: { ...current, roles: checked, version: current.version + 1 }, event: { definition: UserRolesChanged, data: { roles: checked } } };
  },

  disable(current: UserState, reason?: string): Change<typeof UserDisabled> {
    if (current.disabled) throw new DomainError('conflict', 'already-disabled', text('alreadyDisabled'));
    return {
      state: { ...current, disabled: true, version: current.version + 1 },
      event: { definition: UserDisabled, data: reason ? { reason } : {} },
    };
  },

  /** Throws unless the account may try to sign in now. */
  assertMaySignIn(user: UserState, now: Date): void {
    if (user.disabled) throw new DomainError('forbidden', 'account-disabled', text('accountDisabled'));
    if (user.lockedUntil && new Date(user.lockedUntil) > now) {
      throw new DomainError('locked', 'account-locked', text('accountLocked', { failures: LOCKOUT.maxFailures, until: user.lockedUntil }));
    }
  },

  /** The counters after a failed sign-in: the last allowed failure locks the account. */
  afterFailedSignIn(user: UserState, now: Date): Pick<UserState, 'failedSignIns' | 'lockedUntil'> {
    const failures = (user.lockedUntil && new Date(user.lockedUntil) <= now ? 0 : user.failedSignIns) + 1;
    return failures >= LOCKOUT.maxFailures
      ? { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCKOUT.minutes * 60000).toISOString() }
      : { failedSignIns: failures, lockedUntil: null };
  },
};
