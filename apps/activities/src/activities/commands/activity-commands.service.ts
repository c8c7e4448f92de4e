import { Injectable } from '@nestjs/common';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor, DomainError } from '@tributary/platform';
import { ReferenceService } from '../../reference/queries/reference.service';
import { activityMessages as messages } from '../activities.messages';
import { activityManagers, activityReaders, activityReporters } from '../activities.policy';
import { KnownSubGrants } from '../../sub-grants/known-sub-grants.projector';
import { KnownOrganisations } from '../../organisations/known-organisations.projector';
import { ActivityModel } from '../database/activity.schema';
import { FollowUpStatus } from '@tributary/contracts';
import { Activity, ActivityChange, activityNotFound, ActivityState, ReportInput } from '../domain/activity';

export type PlanInput = Parameters<typeof Activity.plan>[2] & { subGrantId: string };
export type PlanOutcome = 'created' | 'unchanged';

const KEYS_KEPT = 20;

/**
 * Who may do what: the recipient CSO's reporters plan, write and submit; the lead partner's
 * program managers validate, return and correct. Anyone else is told the activity does not exist.
 */
@Injectable()
export class ActivityCommands {
  readonly store: AggregateStore<ActivityState>;

  constructor(
    stores: AggregateStores,
    private readonly subGrants: KnownSubGrants,
    private readonly reference: ReferenceService,
    private readonly organisations: KnownOrganisations,
  ) {
    this.store = stores.for<ActivityState>(ActivityModel);
  }

  /** Client-generated id: a retried plan is answered "unchanged", a different one under the same id 409. */
  async plan(actor: Actor, id: string, input: PlanInput, idempotencyKey?: string): Promise<{ outcome: PlanOutcome; activity: ActivityState }> {
    const subGrant = await this.subGrants.view(input.subGrantId);
    if (subGrant && !activityReporters.allows(actor, subGrant)) {
      throw new DomainError('not-found', 'sub-grant-not-found', messages('subGrantNotFound'), 'subGrantId');
    }
    const existing = await this.store.find(id);
    const { subGrantId: _s, ...plan } = input;
    if (existing) {
      if (!activityReaders.allows(actor, existing)) throw activityNotFound();
      const same = existing.subGrantId === input.subGrantId &&
        JSON.stringify(Object.keys(plan).sort().map((k) => (existing as never)[k])) === JSON.stringify(Object.keys(plan).sort().map((k) => (plan as never)[k]));
      if (!same) {
        throw new DomainError('conflict', 'id-taken', messages('activityIdTaken'), 'id');
      }
      return { outcome: 'unchanged', activity: existing };
    }
    const change = Activity.plan(id, subGrant, plan, await this.reference.current(), this.reference.gazetteer);
    if (idempotencyKey) change.state.idempotencyKeys = [idempotencyKey];
    try {
      return { outcome: 'created', activity: await this.store.create(change) };
    } catch (error) {
      // Two copies of the same offline submission racing: the second finds the first.
      if ((error as DomainError).code === 'already-exists') return this.plan(actor, id, input, idempotencyKey);
      throw error;
    }
  }

  private async change(
    actor: Actor,
    id: string,
    basedOnVersion: number,
    who: 'reporter' | 'manager',
    decide: (current: ActivityState) => ActivityChange,
    idempotencyKey?: string,
  ): Promise<ActivityState> {
    const current = await this.store.find(id);
    if (!current || !activityReaders.allows(actor, current)) throw activityNotFound();
    if (idempotencyKey && current.idempotencyKeys.includes(idempotencyKey)) return current;
    const allowed = (who === 'reporter' ? activityReporters : activityManagers).allows(actor, current);
    if (!allowed) {
      throw new DomainError('forbidden', 'not-your-step', messages(who === 'manager' ? 'managersOnly' : 'recipientOnly'));
    }
    const change = decide(current);
    if (idempotencyKey) change.state.idempotencyKeys = [...current.idempotencyKeys, idempotencyKey].slice(-KEYS_KEPT);
    return this.store.save(change, basedOnVersion);
  }

  async saveReport(actor: Actor, id: string, version: number, content: ReportInput, idempotencyKey?: string) {
    const reference = await this.reference.listed();
    const inDirectory = await this.inDirectory(content);
    return this.change(actor, id, version, 'reporter', (c) => Activity.saveReport(c, content, reference, this.reference.gazetteer, inDirectory), idempotencyKey);
  }

  async submit(actor: Actor, id: string, version: number, idempotencyKey?: string) {
    const current = await this.store.find(id);
    const subGrant = current ? await this.subGrants.view(current.subGrantId) : undefined;
    return this.change(actor, id, version, 'reporter', (c) => Activity.submit(c, subGrant, this.reference.gazetteer), idempotencyKey);
  }

  validate(actor: Actor, id: string, version: number) {
    return this.change(actor, id, version, 'manager', (c) => Activity.validate(c, this.reference.gazetteer));
  }

  returnReport(actor: Actor, id: string, version: number, comments: string) {
    return this.change(actor, id, version, 'manager', (c) => Activity.return(c, comments, this.reference.gazetteer));
  }

  async correct(actor: Actor, id: string, version: number, content: ReportInput, reason: string) {
    const reference = await this.reference.listed();
    const inDirectory = await this.inDirectory(content);
    return this.change(actor, id, version, 'manager', (c) => Activity.correct(c, content, reason, reference, this.reference.gazetteer, inDirectory));
  }

  /**
   * The organisation ids the report names that the directory has, as far as its events have
   * reached activities: one just registered may not be here yet, and is refused until it is.
   */
  private inDirectory(content: ReportInput): Promise<Set<string>> {
    return this.organisations.known((content.organisations ?? []).flatMap((o) => (o.organisationId === undefined ? [] : [o.organisationId])));
  }

  followUp(actor: Actor, id: string, version: number, outputId: string, status: FollowUpStatus) {
    return this.change(actor, id, version, 'manager', (c) => Activity.followUp(c, outputId, status, this.reference.gazetteer));
  }
}
