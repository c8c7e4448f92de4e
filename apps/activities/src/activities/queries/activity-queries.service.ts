import { Injectable } from '@nestjs/common';
import { allOf } from '@tributary/auth';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor } from '@tributary/platform';
import { activityReaders } from '../activities.policy';
import { ActivityModel } from '../database/activity.schema';
import { activityNotFound, ActivityState } from '../domain/activity';

/** Activities as each caller may see them (activities.policy.ts says who sees which). */
@Injectable()
export class ActivityQueries {
  private readonly store: AggregateStore<ActivityState>;

  constructor(stores: AggregateStores) {
    this.store = stores.for<ActivityState>(ActivityModel);
  }

  async list(actor: Actor, filter: { subGrantId?: string }): Promise<ActivityState[]> {
    const reachable = await activityReaders.where(actor, { recipient: 'recipientId', lead: 'leadPartnerId' });
    if (!reachable) return [];
    return this.store.list(allOf(reachable, filter.subGrantId ? { subGrantId: filter.subGrantId } : {}), { sort: { _id: 1 }, limit: 500 });
  }

  async get(actor: Actor, id: string): Promise<ActivityState> {
    const activity = await this.store.find(id);
    if (!activity || !activityReaders.allows(actor, activity)) throw activityNotFound();
    return activity;
  }
}
