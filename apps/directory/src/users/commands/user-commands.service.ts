import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { DomainError, Language } from '@tributary/platform';
import { hash } from 'bcryptjs';
import { OrganisationCommands } from '../../organisations/commands/organisation-commands.service';
import { RefreshTokens } from '../../tokens/database/refresh-tokens.repository';
import { UserModel } from '../database/user.schema';
import { checkPassword, User, UserState } from '../domain/user';
import { userMessages as text } from '../users.messages';

export const BCRYPT_COST = 10;

export const userNotFound = () => new DomainError('not-found', 'user-not-found', text('notFound'));

@Injectable()
export class UserCommands {
  readonly store: AggregateStore<UserState>;

  constructor(
    stores: AggregateStores,
    private readonly organisations: OrganisationCommands,
    private readonly refreshTokens: RefreshTokens,
  ) {
    this.store = stores.for<UserState>(UserModel);
  }

  async register(
    input: { email: string; displayName: string; preferredLanguage: Language; organisationId: string | null; roles: string[]; password: string },
    id: string = newId(),
  ): Promise<UserState> {
    checkPassword(input.password);
    if (input.organisationId && !(await this.organisations.store.find(input.organisationId))) {
      throw new DomainError('invalid', 'unknown-organisation', text('unknownOrganisation'), 'organisationId');
    }
    const { password, ...rest } = input;
    const change = User.register(id, { ...rest, passwordHash: await hash(password, BCRYPT_COST) });
    try {
      return await this.store.create(change);
    } catch (error) {
      if ((error as DomainError).code === 'already-exists' || (error as { code?: number }).code === 11000) {
        throw new DomainError('conflict', 'email-taken', text('emailTaken'), 'email');
      }
      throw error;
    }
  }

  async changeRoles(id: string, basedOnVersion: number, roles: string[]): Promise<UserState> {
    const current = await this.store.find(id);
    if (!current) throw userNotFound();
    return this.store.save(User.changeRoles(current, roles), basedOnVersion);
  }

  async disable(id: string, basedOnVersion: number, reason?: string): Promise<UserState> {
    const current = await this.store.find(id);
    if (!current) throw userNotFound();
    const saved = await this.store.save(User.disable(current, reason), basedOnVersion);
    await this.refreshTokens.revokeAllOf(id);
    return saved;
  }
}
