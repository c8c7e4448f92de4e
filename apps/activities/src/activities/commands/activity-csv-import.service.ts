import { Injectable } from '@nestjs/common';
import { Actor, DomainError, folded, Language } from '@tributary/platform';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ReferenceData } from '../../reference/domain/reference-data';
import { ReferenceService } from '../../reference/queries/reference.service';
import { csvColumns, csvMessages } from '../activity-csv.messages';
import { activityMessages as messages } from '../activities.messages';
import { ActivityBatch, BatchItemResult } from './activity-batch.service';

const PLAN_COLUMNS = ['id', 'subGrantId', 'type', 'title', 'plannedStart', 'plannedEnd', 'pcode', 'themes', 'plannedParticipants'] as const;
const REPORT_COLUMNS = ['actualStart', 'actualEnd', 'reportPcode', 'narrative', 'submit'] as const;
type Field = (typeof PLAN_COLUMNS)[number] | (typeof REPORT_COLUMNS)[number];
const MAX_ROWS = 500;

/** What a column holds: a field of the row, participants of one cell, or how many outputs of a kind. */
type Column =
  | { field: Field }
  | { cell: { sex: string; ageBand: string; category: string } }
  | { output: string };

/**
 * Every column of the template, with its header in both languages, in the template's order: the
 * plan, the report, a column per disaggregation cell (sex × age band × category) and per output
 * kind. Only entries in use get one: a retired category is no column.
 */
function columnsOf(reference: ReferenceData): { column: Column; header: { fr: string; en: string } }[] {
  const { sex, ageBand, category } = reference.dimensions;
  return [
    ...[...PLAN_COLUMNS, ...REPORT_COLUMNS].map((field) => ({ column: { field }, header: csvColumns(field) })),
    ...sex.flatMap((s) =>
      ageBand.flatMap((a) =>
        category.map((c) => ({ column: { cell: { sex: s.code, ageBand: a.code, category: c.code } }, header: csvColumns('participants', { sex: s, ageBand: a, category: c }) })),
      ),
    ),
    ...reference.outputKinds.map((kind) => ({ column: { output: kind.code }, header: csvColumns('output', { kind }) })),
  ];
}

const EXAMPLE: Partial<Record<Field, string>> = {
  id: 'a3f1c6de-0b7e-4c55-9a55-3c1a4b0e9d10', subGrantId: 'subgrant-amss-01', type: 'validation-forum',
  title: 'Forum de validation à Goundam', plannedStart: '2024-06-10', plannedEnd: '2024-06-11', pcode: 'ML0603',
  themes: 'pve;social-cohesion', plannedParticipants: '40', actualStart: '2024-06-10', actualEnd: '2024-06-11',
  reportPcode: 'ML060301', narrative: 'Restitution des résultats aux autorités et leaders du cercle', submit: 'oui',
};
const EXAMPLE_CELLS: Record<string, string> = { 'female:18-35:womens-associations': '12', 'not-stated:unknown:community-leaders': '20', 'male:under-18:youth-associations': '10' };
const EXAMPLE_OUTPUTS: Record<string, string> = { recommendation: '6', declaration: '1', 'action-plan': '1' };

/**
 * Spreadsheet import for CSOs that report from Excel: one row per activity, the plan and,
 * optionally, the report with participants by sex, age band and category and outputs by kind.
 * Each row goes through the batch logic, and the answer says row by row what happened.
 */
@Injectable()
export class ActivityCsvImport {
  constructor(
    private readonly batch: ActivityBatch,
    private readonly reference: ReferenceService,
  ) {}

  /** The header row in the given language, and an example row. */
  async template(language: Language): Promise<string> {
    const columns = columnsOf(await this.reference.current());
    const example = ({ column }: (typeof columns)[number]) =>
      'field' in column ? (EXAMPLE[column.field] ?? '')
      : 'cell' in column ? (EXAMPLE_CELLS[`${column.cell.sex}:${column.cell.ageBand}:${column.cell.category}`] ?? '')
      : (EXAMPLE_OUTPUTS[column.output] ?? '');
    return stringify([columns.map((c) => c.header[language]), columns.map(example)]);
  }

  async import(actor: Actor, csv: string): Promise<(BatchItemResult & { row: number })[]> {
    let rows: string[][];
    try {
      rows = parse(csv, { skip_empty_lines: true, trim: true, bom: true, relax_column_count: true });
    } catch (error) {
      throw new DomainError('invalid', 'unreadable-csv', messages('unreadableCsv', { reason: (error as Error).message }));
    }
    const [header = [], ...data] = rows;
    if (data.length === 0) {
      throw new DomainError('invalid', 'no-rows', messages('noRows'));
    }
    if (data.length > MAX_ROWS) {
      throw new DomainError('invalid', 'too-many-rows', messages('tooManyRows', { max: MAX_ROWS }));
    }
    const columns = await this.columnsNamed(header);
    const items = data.map((values) => this.toItem(columns, values));
    const results = await this.batch.run(actor, items);
    // Row 1 is the header, so data rows start at 2 as a spreadsheet shows them.
    return results.map((result, i) => ({ row: i + 2, ...result }));
  }

  /** What each header names, in French or in English; a header that names nothing is refused, lest its figures be lost. */
  private async columnsNamed(header: string[]): Promise<(Column | null)[]> {
    const known = new Map(columnsOf(await this.reference.current()).flatMap(({ column, header: h }) => [[folded(h.fr), column], [folded(h.en), column]]));
    return header.map((name) => {
      if (name === '') return null;
      const column = known.get(folded(name));
      if (!column) throw new DomainError('invalid', 'unknown-column', csvMessages('unknownColumn', { column: name }));
      return column;
    });
  }

  private toItem(columns: (Column | null)[], values: string[]) {
    const number = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));
    const row: Partial<Record<Field, string>> = {};
    const cells: { sex: string; ageBand: string; category: string; count: number | undefined }[] = [];
    const outputs: { kind: string; quantity: number | undefined }[] = [];
    columns.forEach((column, i) => {
      const value = values[i] ?? '';
      if (!column) return;
      if ('field' in column) row[column.field] = value;
      else if (value === '') return;
      else if ('cell' in column) cells.push({ ...column.cell, count: number(value) });
      else if (number(value) !== 0) outputs.push(...outputsOfCount(column.output, number(value)));
    });
    const plan = {
      subGrantId: row.subGrantId, type: row.type, title: row.title, plannedStart: row.plannedStart, plannedEnd: row.plannedEnd,
      pcode: row.pcode, themes: (row.themes ?? '').split(';').map((t) => t.trim()).filter(Boolean), plannedParticipants: number(row.plannedParticipants),
    };
    if (!row.actualStart) return { id: row.id, plan };
    const report = {
      actualStart: row.actualStart, actualEnd: row.actualEnd, pcode: row.reportPcode || row.pcode,
      participants: { total: cells.reduce((sum, c) => sum + (c.count ?? 0), 0), cells },
      outputs,
      narrative: row.narrative ?? '',
    };
    return { id: row.id, plan, report, submit: /^(oui|yes|true|1)$/i.test(row.submit ?? '') };
  }
}

/**
 * A spreadsheet gives outputs as counts by kind; recommendations become one item each, since each is
 * followed up on its own. A count that is not a whole number is passed on as it is, to be refused
 * by the batch schema naming its column's field.
 */
function outputsOfCount(kind: string, count: number | undefined): { kind: string; quantity: number | undefined }[] {
  if (kind !== 'recommendation' || count === undefined || !Number.isInteger(count) || count < 1 || count > 300) return [{ kind, quantity: count }];
  return Array.from({ length: count }, () => ({ kind, quantity: 1 }));
}
