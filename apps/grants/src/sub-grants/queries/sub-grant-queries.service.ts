import { Injectable } from '@nestjs/common';
import { allOf } from '@tributary/auth';
import { iatiActivityIdentifier } from '@tributary/contracts';
import { Actor, cursorPage } from '@tributary/platform';
import { KnownOrganisation } from '../../organisations/database/known-organisation.schema';
import { KnownOrganisations } from '../../organisations/known-organisations.projector';
import { ProjectCommands } from '../../projects/commands/project-commands.service';
import { subGrantNotFound, SubGrantCommands } from '../commands/sub-grant-commands.service';
import { inMajorUnits } from '@tributary/kernel';
import { Copy } from '@tributary/messaging';
import { SubGrant, SubGrantState } from '../domain/sub-grant';
import { subGrantMessages as text } from '../sub-grants.messages';
import { subGrantReaders } from '../sub-grants.policy';

export interface SubGrantFilter {
  projectId?: string;
  region?: string;
  status?: string;
  recipientId?: string;
  cursor?: string;
  limit: number;
}

/** The portfolio as each caller may see it (sub-grants.policy.ts says who sees what). */
@Injectable()
export class SubGrantQueries {
  constructor(
    private readonly subGrants: SubGrantCommands,
    private readonly projects: ProjectCommands,
    private readonly organisations: KnownOrganisations,
  ) {}

  private async visible(actor: Actor, subGrant: SubGrantState): Promise<boolean> {
    return subGrantReaders.allows(actor, { subGrant, project: await this.projects.store.find(subGrant.projectId) });
  }

  async get(actor: Actor, id: string): Promise<SubGrantState> {
    const subGrant = await this.subGrants.store.find(id);
    if (!subGrant || !(await this.visible(actor, subGrant))) throw subGrantNotFound();
    return subGrant;
  }

  async financialSummary(actor: Actor, id: string) {
    const subGrant = await this.get(actor, id);
    return { subGrantId: id, reference: subGrant.reference, status: subGrant.status, ...SubGrant.financialSummary(subGrant) };
  }

  async obligations(actor: Actor, id: string) {
    return SubGrant.obligationsAsOf(await this.get(actor, id), new Date().toISOString().slice(0, 10));
  }

  /**
   * A project's money: its budget and, per currency of its sub-grants, what was awarded, planned,
   * disbursed and spent, with the balance against the budget.
   */
  async projectFinancialSummary(actor: Actor, projectId: string) {
    const project = await this.projects.get(actor, projectId);
    const totals = new Map<string, { awarded: number; planned: number; disbursed: number; spent: number; subGrants: number }>();
    let cursor: string | undefined;
    do {
      const page = await this.list(actor, { projectId, cursor, limit: 200 });
      for (const subGrant of page.items.filter((s) => s.status !== 'draft' && s.status !== 'submitted')) {
        const summary = SubGrant.financialSummary(subGrant);
        const t = totals.get(subGrant.award.currency) ?? { awarded: 0, planned: 0, disbursed: 0, spent: 0, subGrants: 0 };
        t.awarded += summary.awarded.amount;
        t.planned += summary.planned.amount;
        t.disbursed += summary.disbursed.amount;
        t.spent += summary.spent.amount;
        t.subGrants += 1;
        totals.set(subGrant.award.currency, t);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const inBudgetCurrency = totals.get(project.budget.currency);
    return {
      projectId,
      code: project.code,
      budget: project.budget,
      unawarded: { amount: project.budget.amount - (inBudgetCurrency?.awarded ?? 0), currency: project.budget.currency },
      byCurrency: [...totals].map(([currency, t]) => ({
        currency,
        subGrants: t.subGrants,
        awarded: { amount: t.awarded, currency },
        planned: { amount: t.planned, currency },
        disbursed: { amount: t.disbursed, currency },
        spent: { amount: t.spent, currency },
        balance: { amount: t.awarded - t.disbursed, currency },
      })),
    };
  }

  /** Reports due and not submitted, across the sub-grants the caller may see. */
  async overdueObligations(actor: Actor, today: string = new Date().toISOString().slice(0, 10)) {
    const overdue = [];
    let cursor: string | undefined;
    do {
      const page = await this.list(actor, { cursor, limit: 200 });
      for (const subGrant of page.items) {
        for (const obligation of SubGrant.obligationsAsOf(subGrant, today).filter((o) => o.status === 'overdue')) {
          overdue.push({ subGrantId: subGrant.id, reference: subGrant.reference, recipientId: subGrant.recipientId, ...obligation });
        }
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return overdue.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  }

  /**
   * Disbursements as IATI 2.03 transactions (type 3, Disbursement) for the indicators service's
   * IATI export: values in major units; the lead partner as provider and the CSO as receiver, each
   * by its IATI identifier (left out when it has none) and its name; the CSO's activity identified
   * by the sub-grant under the lead partner's identifier (left out when the lead partner has none).
   */
  async iatiTransactions(actor: Actor, projectId: string) {
    const project = await this.projects.get(actor, projectId);
    const subGrants: SubGrantState[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.list(actor, { projectId, cursor, limit: 200 });
      subGrants.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const organisations = await this.organisations.byIds([project.leadPartnerId, ...subGrants.map((s) => s.recipientId)]);
    const iatiOrg = (id: string) => {
      const known: Partial<Copy<KnownOrganisation>> = organisations.get(id) ?? {};
      return { ...(known.iatiIdentifier ? { ref: known.iatiIdentifier } : {}), narrative: known.name ?? id };
    };
    const lead = organisations.get(project.leadPartnerId)?.iatiIdentifier;
    const transactions = subGrants.flatMap((subGrant) =>
      subGrant.disbursements.map((d) => ({
        ref: d.id,
        transactionType: '3' as const,
        transactionDate: d.date,
        value: { amount: inMajorUnits(d.amount), currency: d.amount.currency, valueDate: d.date },
        ...(d.exchangeRate ? { exchangeRate: d.exchangeRate, valueInAwardCurrency: { amount: inMajorUnits(d.amountInAwardCurrency), currency: d.amountInAwardCurrency.currency } } : {}),
        description: text('disbursementDescription', { reference: subGrant.reference }),
        providerOrg: iatiOrg(project.leadPartnerId),
        receiverOrg: { ...iatiOrg(subGrant.recipientId), ...(lead ? { receiverActivityId: iatiActivityIdentifier(lead, project.code, subGrant.reference) } : {}) },
      })),
    );
    return { projectId, projectCode: project.code, transactions };
  }

  async list(actor: Actor, filter: SubGrantFilter): Promise<{ items: SubGrantState[]; nextCursor: string | null }> {
    const reachable = await subGrantReaders.where(actor, {
      lead: 'leadPartnerId',
      recipient: 'recipientId',
      donor: async (organisationId) => ({ projectId: { $in: await this.fundedBy(organisationId) } }),
    });
    if (!reachable) return { items: [], nextCursor: null };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const query: Record<string, any> = {};
    if (filter.projectId) query.projectId = filter.projectId;
    if (filter.status) query.status = filter.status;
    if (filter.recipientId) query.recipientId = filter.recipientId;
    if (filter.cursor) query._id = { $gt: filter.cursor };
    const inRegion = filter.region
      ? { projectId: { $in: (await this.projects.list(actor)).filter((p) => p.regions.includes(filter.region!)).map((p) => p.id) } }
      : {};
    const subGrants = await this.subGrants.store.list(allOf(reachable, query, inRegion), { sort: { _id: 1 }, limit: filter.limit + 1 });
    return cursorPage(subGrants, filter.limit, (s) => s, (s) => s.id);
  }

  private async fundedBy(organisationId: string): Promise<string[]> {
    return (await this.projects.store.list({ 'donors.organisationId': organisationId }, { sort: { _id: 1 } })).map((project) => project.id);
  }
}
