import { Injectable } from '@nestjs/common';
import { allOf } from '@tributary/auth';
import { Actor } from '@tributary/platform';
import { UserCommands, userNotFound } from '../commands/user-commands.service';
import { UserState } from '../domain/user';
import { userReaders } from '../users.policy';

export type UserView = Omit<UserState, 'passwordHash' | 'failedSignIns' | 'lockedUntil'>;

const view = ({ passwordHash: _p, failedSignIns: _f, lockedUntil: _l, ...user }: UserState): UserView => user;

@Injectable()
export class UserQueries {
  constructor(private readonly users: UserCommands) {}

  async me(actor: Actor): Promise<UserView> {
    const user = await this.users.store.find(actor.userId);
    if (!user) throw userNotFound();
    return view(user);
  }

  async list(actor: Actor, filter: { organisationId?: string }): Promise<UserView[]> {
    const reachable = await userReaders.where(actor, { self: 'organisationId' });
    if (!reachable) return [];
    const users = await this.users.store.list(allOf(reachable, filter.organisationId ? { organisationId: filter.organisationId } : {}), { sort: { _id: 1 }, limit: 500 });
    return users.map(view);
  }
}
