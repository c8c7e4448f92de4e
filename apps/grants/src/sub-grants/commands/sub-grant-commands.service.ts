import { Injectable } from '@nestjs/common';
import { Money, newId } from '@tributary/kernel';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { Actor, DomainError } from '@tributary/platform';
import { KnownOrganisations } from '../../organisations/known-organisations.projector';
import { ProjectCommands } from '../../projects/commands/project-commands.service';
import { assertMayManage } from '../../projects/projects.policy';
import { subGrantMessages as text } from '../sub-grants.messages';
import { subGrantRecipients } from '../sub-grants.policy';
import { SubGrantModel } from '../database/sub-grant.schema';
import { BudgetLine, SubGrant, SubGrantChange, SubGrantState, Transition } from '../domain/sub-grant';
import { Period, ProjectState } from '../../projects/domain/project';

export const subGrantNotFound = () => new DomainError('not-found', 'sub-grant-not-found', text('notFound'));

@Injectable()
export class SubGrantCommands {
  readonly store: AggregateStore<SubGrantState>;

  constructor(
    stores: AggregateStores,
    private readonly projects: ProjectCommands,
    private readonly organisations: KnownOrganisations,
  ) {
    this.store = stores.for<SubGrantState>(SubGrantModel);
  }

  async draft(
    actor: Actor,
    projectId: string,
    input: { reference: string; recipientId: string; purpose: string; award: Money; period: Period; budgetLines: { category: string; amount: Money }[] },
    id: string = newId(),
  ): Promise<SubGrantState> {
    const project = await this.projects.get(actor, projectId);
    assertMayManage(actor, project);
    const recipient = await this.organisations.find(input.recipientId);
    const { recipientId: _r, ...rest } = input;
    return this.store.create(
      SubGrant.draft(id, project, recipient ? { id: recipient._id, kind: recipient.kind, dueDiligence: recipient.dueDiligence } : undefined, rest, actor.userId, new Date()),
    );
  }

  private async change(
    actor: Actor,
    id: string,
    basedOnVersion: number,
    decide: (current: SubGrantState, project: ProjectState) => SubGrantChange,
    options: { recipientMay?: boolean } = {},
  ): Promise<SubGrantState> {
    const current = await this.store.find(id);
    if (!current) throw subGrantNotFound();
    const project = await this.projects.store.find(current.projectId);
    if (!project) throw subGrantNotFound();
    if (!(options.recipientMay && subGrantRecipients.allows(actor, current))) assertMayManage(actor, project);
    if (current.version !== basedOnVersion) {
      throw new DomainError('conflict', 'stale-version', text('staleVersion', { current: current.version, basedOn: basedOnVersion }), 'version');
    }
    return this.store.save(decide(current, project), basedOnVersion);
  }

  transition(actor: Actor, id: string, basedOnVersion: number, transition: Transition, reason?: string) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.transition(current, transition, actor.userId, new Date(), reason));
  }

  planTranche(actor: Actor, id: string, basedOnVersion: number, input: { plannedDate: string; amount: Money; condition?: string }) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.planTranche(current, input));
  }

  recordDisbursement(actor: Actor, id: string, basedOnVersion: number, input: { trancheId: string; date: string; amount: Money; exchangeRate?: string; creditedAmount?: Money }) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.recordDisbursement(current, input, actor.userId));
  }

  reportExpenditure(actor: Actor, id: string, basedOnVersion: number, input: { period: Period; lines: BudgetLine[] }) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.reportExpenditure(current, input, actor.userId, new Date()), { recipientMay: true });
  }

  proposeAmendment(actor: Actor, id: string, basedOnVersion: number, input: Parameters<typeof SubGrant.proposeAmendment>[1]) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.proposeAmendment(current, input, actor.userId, new Date()));
  }

  approveAmendment(actor: Actor, id: string, basedOnVersion: number, number: number) {
    return this.change(actor, id, basedOnVersion, (current, project) => SubGrant.approveAmendment(current, number, project, actor.userId, new Date()));
  }

  setObligation(actor: Actor, id: string, basedOnVersion: number, input: { kind: 'narrative' | 'financial'; title: string; dueDate: string }) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.setObligation(current, input));
  }

  submitReport(actor: Actor, id: string, basedOnVersion: number, obligationId: string) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.updateObligation(current, obligationId, 'submitted', new Date()), { recipientMay: true });
  }

  acceptReport(actor: Actor, id: string, basedOnVersion: number, obligationId: string) {
    return this.change(actor, id, basedOnVersion, (current) => SubGrant.updateObligation(current, obligationId, 'accepted', new Date()));
  }
}
