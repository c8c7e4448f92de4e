import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, DomainError, RequestContext, schemaProblems } from '@tributary/platform';
import { BatchItem } from '../activities.requests';
import { ActivityCommands } from './activity-commands.service';

export type BatchOutcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'invalid';

export interface BatchItemResult {
  id: string;
  outcome: BatchOutcome;
  reportStatus?: string;
  reason?: string;
  errors?: { field: string; message: string }[];
}

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * Many activities in one request, as an offline client sends them when it gets a connection:
 * each item is planned, its report saved and submitted if asked, and answered on its own. Sending
 * the same batch again changes nothing and answers "unchanged".
 */
@Injectable()
export class ActivityBatch {
  constructor(private readonly activities: ActivityCommands) {}

  /** Items are checked one by one against BatchItem: one that does not fit is answered invalid, the others go ahead. */
  async run(actor: Actor, items: object[]): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = [];
    for (const item of items) results.push(await this.one(actor, item));
    return results;
  }

  private async one(actor: Actor, candidate: object): Promise<BatchItemResult> {
    const language = RequestContext.current()?.language ?? 'fr';
    const problems = schemaProblems(BatchItem, candidate);
    if (problems.length > 0) {
      const { id } = candidate as { id?: unknown };
      return { id: typeof id === 'string' ? id : '', outcome: 'invalid', errors: problems.map((p) => ({ field: p.field, message: p.message[language] })) };
    }
    const item = candidate as BatchItem;
    const { plan, report } = item;
    try {
      const planned = await this.activities.plan(actor, item.id, plan);
      let outcome: BatchOutcome = planned.outcome;
      let activity = planned.activity;
      if (report) {
        const key = `batch:${fingerprint(report)}`;
        const alreadySent = activity.idempotencyKeys.includes(key);
        if (!alreadySent && activity.report?.status !== 'submitted' && activity.report?.status !== 'validated') {
          activity = await this.activities.saveReport(actor, item.id, activity.version, report);
          if (item.submit) activity = await this.activities.submit(actor, item.id, activity.version, key);
          if (outcome === 'unchanged') outcome = 'updated';
        } else if (!alreadySent) {
          return { id: item.id, outcome: 'conflict', reportStatus: activity.report?.status, reason: language === 'fr' ? 'Le rapport est déjà soumis ou validé' : 'The report is already submitted or validated' };
        }
      }
      return { id: item.id, outcome, ...(activity.report ? { reportStatus: activity.report.status } : {}) };
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
}
