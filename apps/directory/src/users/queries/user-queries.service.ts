import { Injectable } from '@nestjs/common';
import { hasRole } from '@tributary/auth';
import { Actor } from '@tributary/platform';
import { UserCommands, userNotFound } from '../commands/user-commands.service';
import { UserState } from '../domain/user';

export type UserView = Omit<UserState, 'passwordHash' | 'failedSignIns' | 'lockedUntil'>;

const view = ({ passwordHash: _p, failedSignIns: _f, lockedUntil: _l, ...user }: UserState): UserView => user;

/** Administrators see every user; anyone else sees the users of its own organisation. */
@Injectable()
export class UserQueries {
  constructor(private readonly users: UserCommands) {}

  async me(actor: Actor): Promise<UserView> {
    const user = await this.users.store.find(actor.userId);
    if (!user) throw userNotFound();
    return view(user);
  }

  async list(actor: Actor, filter: { organisationId?: string }): Promise<UserView[]> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = {};
    if (!hasRole(actor, 'admin')) {
      if (!actor.organisationId) return [];
      query.organisationId = actor.organisationId;
    }
    else if (filter.organisationId) query.organisationId = filter.organisationId;
    const users = await this.users.store.list(query, { sort: { _id: 1 }, limit: 500 });
    return users.map(view);
  }
}
