import { DomainError } from '@tributary/kernel';
import { LOCKOUT, User, UserState } from './user';

const base = (): UserState =>
  User.register('u1', {
    email: ' Reporter@AMSS.ml ',
    displayName: 'Rapporteur AMSS',
    preferredLanguage: 'fr',
    organisationId: 'org-amss',
    roles: ['cso-reporter'],
    passwordHash: 'hash',
  }).state;

describe('user', () => {
  it('normalises the email and keeps it out of the event', () => {
    const change = User.register('u1', { email: ' A@B.ml ', displayName: 'A', preferredLanguage: 'fr', organisationId: 'o', roles: ['cso-reporter'], passwordHash: 'h' });
    expect(change.state.email).toBe('a@b.ml');
    expect(JSON.stringify(change.event.data)).not.toContain('a@b.ml');
  });

  it('refuses an unknown role and a non-admin without organisation, naming the field', () => {
    expect(() => User.changeRoles(base(), ['warlord'])).toThrow(expect.objectContaining({ field: 'roles' }));
    expect(() =>
      User.register('u2', { email: 'x@y.z', displayName: 'X', preferredLanguage: 'en', organisationId: null, roles: ['program-manager'], passwordHash: 'h' }),
    ).toThrow(expect.objectContaining({ field: 'organisationId' }));
  });

  it(`locks after ${LOCKOUT.maxFailures} failures and unlocks when the time is up`, () => {
    const now = new Date('2026-01-10T08:00:00Z');
    let user = base();
    for (let i = 0; i < LOCKOUT.maxFailures - 1; i++) {
      user = { ...user, ...User.afterFailedSignIn(user, now) };
      expect(() => User.assertMaySignIn(user, now)).not.toThrow();
    }
    user = { ...user, ...User.afterFailedSignIn(user, now) };
    expect(() => User.assertMaySignIn(user, now)).toThrow(DomainError);
    const later = new Date(now.getTime() + LOCKOUT.minutes * 60000 + 1);
    expect(() => User.assertMaySignIn(user, later)).not.toThrow();
  });

  it('refuses sign-in to a disabled user', () => {
    const disabled = User.disable(base()).state;
    expect(() => User.assertMaySignIn(disabled, new Date())).toThrow(expect.objectContaining({ code: 'account-disabled' }));
  });
});
