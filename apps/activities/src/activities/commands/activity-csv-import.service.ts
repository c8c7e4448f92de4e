import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@tributary/platform';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ReferenceService } from '../../reference/queries/reference.service';
import { activityMessages as messages } from '../activities.messages';
import { ActivityBatch, BatchItemResult } from './activity-batch.service';

const PLAN_COLUMNS = ['id', 'subGrantId', 'type', 'title', 'plannedStart', 'plannedEnd', 'pcode', 'themes', 'plannedParticipants'] as const;
/** Output counts a spreadsheet gives, column by output kind. */
const OUTPUT_COLUMNS = [['recommendations', 'recommendation'], ['declarations', 'declaration'], ['actionPlans', 'action-plan']] as const;
const REPORT_COLUMNS = ['actualStart', 'actualEnd', 'reportPcode', 'recommendations', 'declarations', 'actionPlans', 'narrative', 'submit'] as const;
/** Participant columns are `participants:<sex>:<category>`; the age band is not asked in the spreadsheet. */
const PARTICIPANT_PREFIX = 'participants:';
const MAX_ROWS = 500;

/**
 * Spreadsheet import for CSOs that report from Excel: one row per activity, the plan and,
 * optionally, the report with participants by sex and category. Each row goes through the batch
 * logic, and the answer says row by row what happened.
 */
@Injectable()
export class ActivityCsvImport {
  constructor(
    private readonly batch: ActivityBatch,
    private readonly reference: ReferenceService,
  ) {}

  private participantColumns(): string[] {
    const { sex, category } = this.reference.current().dimensions;
    return sex.flatMap((s) => category.map((c) => `${PARTICIPANT_PREFIX}${s.code}:${c.code}`));
  }

  template(): string {
    const header = [...PLAN_COLUMNS, ...REPORT_COLUMNS, ...this.participantColumns()];
    const example: Record<string, string> = {
      id: 'a3f1c6de-0b7e-4c55-9a55-3c1a4b0e9d10', subGrantId: 'subgrant-amss-01', type: 'validation-forum',
      title: 'Forum de validation à Goundam', plannedStart: '2024-06-10', plannedEnd: '2024-06-11', pcode: 'ML0603',
      themes: 'pve;social-cohesion', plannedParticipants: '40', actualStart: '2024-06-10', actualEnd: '2024-06-11',
      reportPcode: 'ML0603', recommendations: '6', declarations: '1', actionPlans: '1',
      narrative: 'Restitution des résultats aux autorités et leaders du cercle', submit: 'oui',
      'participants:female:womens-associations': '12', 'participants:not-stated:community-leaders': '20', 'participants:male:youth-associations': '10',
    };
    return stringify([header, header.map((column) => example[column] ?? '')]);
  }

  async import(actor: Actor, csv: string): Promise<(BatchItemResult & { row: number })[]> {
    let rows: Record<string, string>[];
    try {
      rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      throw new DomainError('invalid', 'unreadable-csv', messages('unreadableCsv', { reason: (error as Error).message }));
    }
    if (rows.length === 0) {
      throw new DomainError('invalid', 'no-rows', messages('noRows'));
    }
    if (rows.length > MAX_ROWS) {
      throw new DomainError('invalid', 'too-many-rows', messages('tooManyRows', { max: MAX_ROWS }));
    }
    const items = rows.map((row) => this.toItem(row));
    const results = await this.batch.run(actor, items);
    // Row 1 is the header, so data rows start at 2 as a spreadsheet shows them.
    return results.map((result, i) => ({ row: i + 2, ...result }));
  }

  private toItem(row: Record<string, string>) {
    const number = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));
    const plan = {
      subGrantId: row.subGrantId, type: row.type, title: row.title, plannedStart: row.plannedStart, plannedEnd: row.plannedEnd,
      pcode: row.pcode, themes: (row.themes ?? '').split(';').map((t) => t.trim()).filter(Boolean), plannedParticipants: number(row.plannedParticipants),
    };
    if (!row.actualStart) return { id: row.id, plan };
    const cells = Object.entries(row)
      .filter(([column, value]) => column.startsWith(PARTICIPANT_PREFIX) && value !== '')
      .map(([column, value]) => {
        const [, sex, category] = column.split(':');
        return { sex, ageBand: 'unknown', category, count: number(value) };
      });
    const report = {
      actualStart: row.actualStart, actualEnd: row.actualEnd, pcode: row.reportPcode || row.pcode,
      participants: { total: cells.reduce((sum, c) => sum + (c.count ?? 0), 0), cells },
      outputs: OUTPUT_COLUMNS.map(([column, kind]) => ({ kind, quantity: number(row[column]) ?? 0 })).filter((output) => output.quantity !== 0),
      narrative: row.narrative ?? '',
    };
    return { id: row.id, plan, report, submit: /^(oui|yes|true|1)$/i.test(row.submit ?? '') };
  }
}
