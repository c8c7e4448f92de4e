import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { hasRole } from '@tributary/auth';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor, DomainError } from '@tributary/platform';
import { OrganisationModel } from '../database/organisation.schema';
import { Organisation, OrganisationProfile, OrganisationState } from '../domain/organisation';
import { organisationMessages as text } from '../organisations.messages';

export const notFound = () =>
  new DomainError('not-found', 'organisation-not-found', text('notFound'));

/** Register, update and decide due diligence. Program managers may act on CSOs only. */
@Injectable()
export class OrganisationCommands {
  readonly store: AggregateStore<OrganisationState>;

  constructor(stores: AggregateStores) {
    this.store = stores.for<OrganisationState>(OrganisationModel);
  }

  private assertMayManage(actor: Actor, kind: string): void {
    if (!hasRole(actor, 'admin') && kind !== 'cso') {
      throw new DomainError('forbidden', 'only-csos', text('onlyCsos'));
    }
  }

  /** Organisations of the profile's country named as it is, whatever the case and spacing. */
  private namesakes(profile: OrganisationProfile): Promise<OrganisationState[]> {
    const words = profile.name.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return this.store.list({ country: profile.country, name: { $regex: `^\\s*${words.join('\\s+')}\\s*$`, $options: 'i' } }, { sort: { _id: 1 } });
  }

  async register(actor: Actor, profile: OrganisationProfile, id: string = newId()): Promise<OrganisationState> {
    this.assertMayManage(actor, profile.kind);
    return this.store.create(Organisation.register(id, profile, await this.namesakes(profile)));
  }

  async update(actor: Actor, id: string, basedOnVersion: number, profile: OrganisationProfile): Promise<OrganisationState> {
    const current = await this.store.find(id);
    if (!current) throw notFound();
    this.assertMayManage(actor, current.kind);
    return this.store.save(Organisation.update(current, profile, await this.namesakes(profile)), basedOnVersion);
  }

  async decideDueDiligence(
    actor: Actor,
    id: string,
    basedOnVersion: number,
    decision: { status: 'verified' | 'rejected'; note?: string },
  ): Promise<OrganisationState> {
    const current = await this.store.find(id);
    if (!current) throw notFound();
    this.assertMayManage(actor, current.kind);
    return this.store.save(
      Organisation.decideDueDiligence(current, { ...decision, reviewedBy: actor.userId, at: new Date() }),
      basedOnVersion,
    );
  }
}
