import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, DomainError, RequestContext, schemaProblems } from '@tributary/platform';
import { activityMessages as messages } from '../activities.messages';
import { BatchItem } from '../activities.requests';
import { ActivityState } from '../domain/activity';
import { ActivityQueries } from '../queries/activity-queries.service';
import { ActivityCommands } from './activity-commands.service';

export type BatchOutcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'invalid';

export interface BatchItemResult {
  id: string;
  outcome: BatchOutcome;
  reportStatus?: string;
  reason?: string;
  errors?: { field: string; message: string }[];
}

/** Fresh reads a batch item makes when another request changed its activity meanwhile. */
const STALE_RETRIES = 3;

/** Items applied at the same time. */
const ITEMS_AT_ONCE = 8;

/** How long a copy of an item waits for the identical copy that is applying it. */
const TWIN_WAIT_MS = 5000;

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function reportKeys(report: NonNullable<BatchItem['report']>) {
  const submittedKey = `batch:${fingerprint(report)}`;
  return { submittedKey, savedKey: `${submittedKey}:saved` };
}

/** Whether the item's report is on the activity as the item asks (saved, or submitted). */
function applied(item: BatchItem, activity: ActivityState): boolean {
  if (!item.report) return true;
  const { submittedKey, savedKey } = reportKeys(item.report);
  return activity.idempotencyKeys.includes(submittedKey) || (!item.submit && activity.idempotencyKeys.includes(savedKey));
}

/**
 * Many activities in one request, as an offline client sends them when it gets a connection:
 * each item is planned, its report saved and submitted if asked, and answered on its own. Sending
 * the same batch again changes nothing and answers "unchanged".
 */
@Injectable()
export class ActivityBatch {
  constructor(
    private readonly activities: ActivityCommands,
    private readonly queries: ActivityQueries,
  ) {}

  /**
   * Items are checked one by one against BatchItem: one that does not fit is answered invalid, the
   * others go ahead, eight at a time. Items an identical request is applying at this moment are left
   * to the end and waited for together, so a batch sent twice at once takes about as long as the
   * one that applies it.
   */
  async run(actor: Actor, items: object[]): Promise<BatchItemResult[]> {
    const language = RequestContext.current()?.language ?? 'fr';
    const results: BatchItemResult[] = [];
    const twins: { index: number; item: BatchItem; activity: ActivityState }[] = [];
    // Items of different activities go ahead side by side (their writes then share the store's
    // commits); items of one activity keep their order.
    const lanes = new Map<string, { index: number; candidate: object }[]>();
    for (const [index, candidate] of items.entries()) {
      const { id } = candidate as { id?: unknown };
      const lane = typeof id === 'string' ? id : `#${index}`;
      lanes.set(lane, [...(lanes.get(lane) ?? []), { index, candidate }]);
    }
    const queue = [...lanes.values()];
    const worker = async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) {
        for (const { index, candidate } of lane) {
          const outcome = await this.one(actor, candidate, language);
          if ('twin' in outcome) twins.push({ index, item: outcome.item, activity: outcome.twin });
          else results[index] = outcome;
        }
      }
    };
    await Promise.all(Array.from({ length: ITEMS_AT_ONCE }, worker));
    await Promise.all(twins.map(async ({ index, item, activity }) => {
      results[index] = await this.answered(item, language, async () => this.completed(actor, item, 'unchanged', await this.twinFinished(actor, item, activity), language));
    }));
    return results;
  }

  private async one(actor: Actor, candidate: object, language: 'fr' | 'en'): Promise<BatchItemResult | { twin: ActivityState; item: BatchItem }> {
    const problems = schemaProblems(BatchItem, candidate);
    if (problems.length > 0) {
      const { id } = candidate as { id?: unknown };
      return { id: typeof id === 'string' ? id : '', outcome: 'invalid', errors: problems.map((p) => ({ field: p.field, message: p.message[language] })) };
    }
    const item = candidate as BatchItem;
    let twin: ActivityState | undefined;
    const result = await this.answered(item, language, async () => {
      // The item's key on the activity it created tells an identical copy of the item that another request is applying it.
      const itemKey = `batch-item:${fingerprint(item)}`;
      const planned = await this.activities.plan(actor, item.id, item.plan, itemKey);
      if (planned.outcome === 'unchanged' && planned.activity.idempotencyKeys.includes(itemKey) && !applied(item, planned.activity)) {
        twin = planned.activity;
        return undefined;
      }
      return this.completed(actor, item, planned.outcome, planned.activity, language);
    });
    return twin ? { twin, item } : result!;
  }

  /** Saves and submits the item's report, reading the activity again if another request changed it meanwhile. */
  private async completed(actor: Actor, item: BatchItem, planned: BatchOutcome, activity: ActivityState, language: 'fr' | 'en'): Promise<BatchItemResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.report(actor, item, planned, attempt === 1 ? activity : await this.queries.get(actor, item.id), language);
      } catch (error) {
        // The same batch sent twice at once: the copy that lost the race finds the winner's work on a fresh read.
        if (!(error instanceof DomainError && error.code === 'stale-version') || attempt >= STALE_RETRIES) throw error;
      }
    }
  }

  /** A refusal of the domain is the item's answer (conflict or invalid), never the batch's failure. */
  private async answered<T>(item: BatchItem, language: 'fr' | 'en', work: () => Promise<T>): Promise<T | BatchItemResult> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError) {
        const outcome: BatchOutcome = error.kind === 'conflict' ? 'conflict' : 'invalid';
        return {
          id: item.id,
          outcome,
          reason: error.text[language],
          ...(error.field ? { errors: [{ field: error.field, message: error.text[language] }] } : {}),
        };
      }
      throw error;
    }
  }

  /**
   * Saves the item's report and submits it if asked, once: each step leaves the batch's key on the
   * activity, so a copy of the batch, sent later or at the same moment, finds it and changes nothing.
   */
  private async report(actor: Actor, item: BatchItem, planned: BatchOutcome, activity: ActivityState, language: 'fr' | 'en'): Promise<BatchItemResult> {
    const { report } = item;
    if (!report || applied(item, activity)) return this.answer(item.id, planned, activity);
    const { submittedKey, savedKey } = reportKeys(report);
    const keys = activity.idempotencyKeys;
    if (activity.report?.status === 'submitted' || activity.report?.status === 'validated') {
      return { id: item.id, outcome: 'conflict', reportStatus: activity.report.status, reason: messages('reportAlreadySubmitted')[language] };
    }
    let current = activity;
    if (!keys.includes(savedKey)) current = await this.activities.saveReport(actor, item.id, current.version, report, savedKey);
    if (item.submit) current = await this.activities.submit(actor, item.id, current.version, submittedKey);
    return this.answer(item.id, planned === 'unchanged' ? 'updated' : planned, current);
  }

  /**
   * The same item sent twice at the same moment: the copy that did not create the activity waits for
   * the one that did, so one answers created and the other unchanged rather than both racing for
   * the report. If the creator never finishes (it crashed), this copy does the rest.
   */
  private async twinFinished(actor: Actor, item: BatchItem, activity: ActivityState): Promise<ActivityState> {
    const deadline = Date.now() + TWIN_WAIT_MS;
    let current = activity;
    while (!applied(item, current) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      current = await this.queries.get(actor, item.id);
    }
    return current;
  }

  private answer(id: string, outcome: BatchOutcome, activity: ActivityState): BatchItemResult {
    return { id, outcome, ...(activity.report ? { reportStatus: activity.report.status } : {}) };
  }
}
