import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { DomainError, Language } from '@tributary/platform';
import { hash } from 'bcryptjs';
import { OrganisationCommands } from '../../organisations/commands/organisation-commands.service';
import { RefreshTokens } from '../../tokens/database/refresh-tokens.repository';
import { UserModel } from '../database/user.schema';
import { checkPassword, User, UserState } from '../domain/user';

export const BCRYPT_COST = 10;

export const userNotFound = () => new DomainError('not-found', 'user-not-found', { fr: 'Utilisateur introuvable', en: 'User not found' });

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
    id: string = randomUUID(),
  ): Promise<UserState> {
    checkPassword(input.password);
    if (input.organisationId && !(await this.organisations.store.find(input.organisationId))) {
      throw new DomainError('invalid', 'unknown-organisation', { fr: 'Organisation inconnue', en: 'Unknown organisation' }, 'organisationId');
    }
    const { password, ...rest } = input;
    const change = User.register(id, { ...rest, passwordHash: await hash(password, BCRYPT_COST) });
    try {
      return await this.store.create(change);
    } catch (error) {
      if ((error as DomainError).code === 'already-exists' || (error as { code?: number }).code === 11000) {
        throw new DomainError('conflict', 'email-taken', { fr: 'Cette adresse e-mail est déjà utilisée', en: 'This email is already in use' }, 'email');
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
