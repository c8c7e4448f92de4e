import {
  ActivityPlanned,
  DataOf,
  EventDefinition,
  OutputData,
  RecommendationFollowedUp,
  FollowUpStatus,
  ReportCorrected,
  ReportReturned,
  ReportSubmitted,
  ReportValidated,
} from '@tributary/contracts';
import { Bilingual, DomainError, folded, newId } from '@tributary/kernel';
import { activityMessages as messages } from '../activities.messages';
import { Gazetteer, ReferenceData } from '../../reference/domain/reference-data';
import { inUse, Listed } from '../../reference/domain/reference-entries';

export interface ParticipantCell {
  sex: string;
  ageBand: string;
  category: string;
  count: number;
}

export interface Participants {
  total: number;
  cells: ParticipantCell[];
  /** Optional stated subtotals, checked against the cells (as field reports give them). */
  byCategory?: Record<string, number>;
  bySex?: Record<string, number>;
}

/** An organisation that took part, by kind: from the directory, or named when it is not there. Never a person. */
export interface ParticipatingOrganisation {
  kind: string;
  organisationId?: string;
  name?: string;
}

/** What an activity produced; `id` keeps a recommendation's follow-up status through corrections. */
export type Output = OutputData;

/** An output as the reporter writes it: without an id the first time, never with a status (the program manager sets it). */
export type OutputInput = Omit<Output, 'id' | 'status' | 'quantity'> & { id?: string; quantity?: number };


export interface ReportContent {
  actualStart: string;
  actualEnd: string;
  pcode: string;
  participants: Participants;
  organisations: ParticipatingOrganisation[];
  outputs: Output[];
  narrative: string;
}

/** A report as the reporter writes it. */
export type ReportInput = Omit<ReportContent, 'outputs' | 'organisations'> & { outputs?: OutputInput[]; organisations?: ParticipatingOrganisation[] };

export type ReportStatus = 'draft' | 'submitted' | 'validated' | 'returned';

export interface ActivityState {
  id: string;
  version: number;
  subGrantId: string;
  projectId: string;
  recipientId: string;
  leadPartnerId: string;
  type: string;
  title: string;
  plannedStart: string;
  plannedEnd: string;
  pcode: string;
  themes: string[];
  plannedParticipants: number;
  report: (ReportContent & { status: ReportStatus; reportVersion: number; comments?: string; wasEverSubmitted: boolean }) | null;
  /** Validated versions replaced by corrections, oldest first. */
  previousReports: (ReportContent & { reportVersion: number })[];
  idempotencyKeys: string[];
}

export interface SubGrantView {
  id: string;
  projectId: string;
  recipientId: string;
  leadPartnerId: string;
  status: string;
}

export interface ActivityChange {
  state: ActivityState;
  event: { definition: EventDefinition; data: never } | null;
}

const invalid = (code: string, field: string, text: Bilingual) => new DomainError('invalid', code, text, field);

function checkCode(list: { code: string }[], code: string, field: string, unknown: (code: string) => Bilingual): void {
  if (!list.some((item) => item.code === code)) throw invalid('unknown-reference', field, unknown(code));
}

/** Cells must add up to the total and to every stated subtotal; the offending cell or subtotal is named. */
export function checkParticipants(participants: Participants, reference: ReferenceData, field = 'participants'): void {
  participants.cells.forEach((cell, i) => {
    checkCode(reference.dimensions.sex, cell.sex, `${field}.cells[${i}].sex`, (code) => messages('unknownSex', { code }));
    checkCode(reference.dimensions.ageBand, cell.ageBand, `${field}.cells[${i}].ageBand`, (code) => messages('unknownAgeBand', { code }));
    checkCode(reference.dimensions.category, cell.category, `${field}.cells[${i}].category`, (code) => messages('unknownCategory', { code }));
  });
  const seen = new Set<string>();
  participants.cells.forEach((cell, i) => {
    const key = `${cell.sex}|${cell.ageBand}|${cell.category}`;
    if (seen.has(key)) throw invalid('duplicate-cell', `${field}.cells[${i}]`, messages('duplicateCell'));
    seen.add(key);
  });
  const sumOf = (cells: ParticipantCell[]) => cells.reduce((total, c) => total + c.count, 0);
  const cellsTotal = sumOf(participants.cells);
  if (cellsTotal !== participants.total) {
    throw invalid('cells-do-not-add-up', `${field}.total`, messages('cellsDoNotAddUp', { actual: cellsTotal, expected: participants.total }));
  }
  for (const [dimension, stated] of [['category', participants.byCategory], ['sex', participants.bySex]] as const) {
    for (const [code, expected] of Object.entries(stated ?? {})) {
      const actual = sumOf(participants.cells.filter((c) => c[dimension] === code));
      if (actual !== expected) {
        const by = dimension === 'category' ? 'byCategory' : 'bySex';
        throw invalid('cells-do-not-add-up', `${field}.${by}.${code}`, messages('subtotalDoesNotAddUp', { code, actual, expected }));
      }
    }
  }
}

/**
 * Organisations must be of a known kind and either in the directory or named, each once. An id must
 * be one the directory has (`inDirectory`): a mistyped one would count as another organisation.
 */
export function checkOrganisations(organisations: ParticipatingOrganisation[], reference: ReferenceData, inDirectory: ReadonlySet<string>, reporter: string): void {
  const seen = new Set<string>();
  organisations.forEach((organisation, i) => {
    // The reporting CSO counts as reached already; listed again it would count under two kinds.
    if (organisation.organisationId === reporter) throw invalid('reporter-listed', `organisations[${i}].organisationId`, messages('reporterListed'));
    checkCode(reference.organisationKinds, organisation.kind, `organisations[${i}].kind`, (code) => messages('unknownOrganisationKind', { code }));
    const { organisationId } = organisation;
    if (organisationId !== undefined && !inDirectory.has(organisationId)) {
      throw invalid('unknown-organisation', `organisations[${i}].organisationId`, messages('unknownOrganisation', { id: organisationId }));
    }
    const name = organisation.name?.trim();
    if (!organisation.organisationId && !name) throw invalid('organisation-unnamed', `organisations[${i}].name`, messages('organisationUnnamed'));
    // By name alone, as indicators count it: the same town hall under two kinds is one organisation.
    const key = organisation.organisationId ?? folded(name!);
    if (seen.has(key)) throw invalid('duplicate-organisation', `organisations[${i}]`, messages('duplicateOrganisation'));
    seen.add(key);
  });
}

/**
 * Outputs must be of a known kind and theme. An output keeps its id, and a recommendation its
 * follow-up status, when the reporter sends the id back; a new recommendation starts as proposed.
 */
export function outputsOf(inputs: OutputInput[], before: Output[], reference: ReferenceData): Output[] {
  const ids = new Set<string>();
  return inputs.map((input, i) => {
    checkCode(reference.outputKinds, input.kind, `outputs[${i}].kind`, (code) => messages('unknownOutputKind', { code }));
    if (input.theme !== undefined) checkCode(reference.themes, input.theme, `outputs[${i}].theme`, (code) => messages('unknownTheme', { code }));
    const kept = input.id === undefined ? undefined : before.find((o) => o.id === input.id);
    if (input.id !== undefined && (!kept || ids.has(input.id))) throw invalid('unknown-output', `outputs[${i}].id`, messages('unknownOutput', { id: input.id }));
    // Each recommendation is followed up on its own, so it is one item.
    if (input.kind === 'recommendation' && (input.quantity ?? 1) !== 1) {
      throw invalid('recommendation-one-by-one', `outputs[${i}].quantity`, messages('recommendationOneByOne'));
    }
    const id = kept?.id ?? newId();
    ids.add(id);
    const status = input.kind !== 'recommendation' ? undefined : kept?.kind === 'recommendation' ? kept.status : 'proposed';
    return { ...input, id, quantity: input.quantity ?? 1, ...(status ? { status } : {}) };
  });
}

/**
 * What a report's new content may use: the entries in use, and the retired ones the report already
 * carries, so a returned or corrected report need not be recoded because an entry was retired since.
 */
export function usableFor(report: ReportContent | null, listed: ReferenceData<Listed>): ReferenceData {
  const carried = (codes: (string | undefined)[]) => new Set(codes);
  const keep = (entries: Listed[], codes: Set<string | undefined>) => entries.filter((e) => !e.retired || codes.has(e.code));
  const current = inUse(listed);
  return {
    ...current,
    themes: keep(listed.themes, carried(report?.outputs.map((o) => o.theme) ?? [])),
    outputKinds: keep(listed.outputKinds, carried(report?.outputs.map((o) => o.kind) ?? [])),
    organisationKinds: keep(listed.organisationKinds, carried(report?.organisations.map((o) => o.kind) ?? [])),
    dimensions: { ...current.dimensions, category: keep(listed.dimensions.category, carried(report?.participants.cells.map((c) => c.category) ?? [])) },
  };
}

function reportData(state: ActivityState, report: ReportContent & { reportVersion: number }, gazetteer: Gazetteer) {
  const place = gazetteer.locate(report.pcode)!;
  return {
    subGrantId: state.subGrantId,
    projectId: state.projectId,
    recipientId: state.recipientId,
    leadPartnerId: state.leadPartnerId,
    type: state.type,
    themes: state.themes,
    reportVersion: report.reportVersion,
    actualStart: report.actualStart,
    actualEnd: report.actualEnd,
    place,
    participants: { total: report.participants.total, cells: report.participants.cells },
    organisations: report.organisations,
    outputs: report.outputs,
  } satisfies DataOf<typeof ReportValidated>;
}

type StatusMessage = 'reportNotEditable' | 'reportNotSubmittable' | 'reportNotValidatable' | 'reportNotReturnable' | 'reportNotCorrectable' | 'reportNotFollowedUp';
const statusError = (status: string, message: StatusMessage) => new DomainError('conflict', 'wrong-report-status', messages(message, { status }));

export const Activity = {
  plan(
    id: string,
    subGrant: SubGrantView | undefined,
    input: { type: string; title: string; plannedStart: string; plannedEnd: string; pcode: string; themes: string[]; plannedParticipants: number },
    reference: ReferenceData,
    gazetteer: Gazetteer,
  ): ActivityChange {
    if (!subGrant || subGrant.status !== 'active') {
      throw new DomainError('conflict', 'sub-grant-not-active', messages('subGrantNotActiveToPlan'), 'subGrantId');
    }
    checkCode(reference.activityTypes, input.type, 'type', (code) => messages('unknownActivityType', { code }));
    input.themes.forEach((theme, i) => checkCode(reference.themes, theme, `themes[${i}]`, (code) => messages('unknownTheme', { code })));
    if (!gazetteer.locate(input.pcode)) throw invalid('unknown-place', 'pcode', messages('unknownPlace', { pcode: input.pcode }));
    if (input.plannedEnd < input.plannedStart) throw invalid('dates-reversed', 'plannedEnd', messages('datesReversed'));
    const state: ActivityState = {
      id,
      version: 1,
      subGrantId: subGrant.id,
      projectId: subGrant.projectId,
      recipientId: subGrant.recipientId,
      leadPartnerId: subGrant.leadPartnerId,
      ...input,
      report: null,
      previousReports: [],
      idempotencyKeys: [],
    };
    const { id: _i, version: _v, report: _r, previousReports: _p, idempotencyKeys: _k, ...data } = state;
    return { state, event: { definition: ActivityPlanned, data: data as never } };
  },

  /** Writes the report draft; allowed while it is a draft or after a return. No event until submitted. */
  saveReport(current: ActivityState, input: ReportInput, reference: ReferenceData<Listed>, gazetteer: Gazetteer, inDirectory: ReadonlySet<string>): ActivityChange {
    const status = current.report?.status ?? 'draft';
    if (status === 'submitted' || status === 'validated') {
      throw statusError(status, 'reportNotEditable');
    }
    const content = Activity.checkContent(current, input, reference, gazetteer, inDirectory);
    return {
      state: {
        ...current,
        version: current.version + 1,
        report: { ...content, status, reportVersion: current.report?.reportVersion ?? 1, wasEverSubmitted: current.report?.wasEverSubmitted ?? false, ...(current.report?.comments ? { comments: current.report.comments } : {}) },
      },
      event: null,
    };
  },

  /**
   * The report content to keep, once checked against the reference entries the report may use:
   * outputs given their ids, kept ones their follow-up status. `inDirectory` holds the organisation
   * ids the report names that the directory has.
   */
  checkContent(current: ActivityState, input: ReportInput, listed: ReferenceData<Listed>, gazetteer: Gazetteer, inDirectory: ReadonlySet<string>): ReportContent {
    const reference = usableFor(current.report, listed);
    if (input.actualEnd < input.actualStart) throw invalid('dates-reversed', 'actualEnd', messages('datesReversed'));
    if (!gazetteer.locate(input.pcode)) throw invalid('unknown-place', 'pcode', messages('unknownPlace', { pcode: input.pcode }));
    checkParticipants(input.participants, reference);
    const organisations = (input.organisations ?? []).map(({ name, ...rest }) => ({ ...rest, ...(name?.trim() ? { name: name.trim() } : {}) }));
    checkOrganisations(organisations, reference, inDirectory, current.recipientId);
    return { ...input, organisations, outputs: outputsOf(input.outputs ?? [], current.report?.outputs ?? [], reference) };
  },

  submit(current: ActivityState, subGrant: SubGrantView | undefined, gazetteer: Gazetteer): ActivityChange {
    if (!subGrant || subGrant.status !== 'active') {
      throw new DomainError('conflict', 'sub-grant-not-active', messages('subGrantNotActiveToSubmit'), 'subGrantId');
    }
    const report = current.report;
    if (!report || (report.status !== 'draft' && report.status !== 'returned')) {
      throw statusError(report?.status ?? 'none', 'reportNotSubmittable');
    }
    const resubmission = report.wasEverSubmitted;
    const next = { ...report, status: 'submitted' as const, wasEverSubmitted: true };
    return {
      state: { ...current, version: current.version + 1, report: next },
      event: { definition: ReportSubmitted, data: { ...reportData(current, next, gazetteer), resubmission } as never },
    };
  },

  validate(current: ActivityState, gazetteer: Gazetteer): ActivityChange {
    const report = current.report;
    if (report?.status !== 'submitted') throw statusError(report?.status ?? 'none', 'reportNotValidatable');
    const next = { ...report, status: 'validated' as const };
    return {
      state: { ...current, version: current.version + 1, report: next },
      event: { definition: ReportValidated, data: reportData(current, next, gazetteer) as never },
    };
  },

  return(current: ActivityState, comments: string, gazetteer: Gazetteer): ActivityChange {
    const report = current.report;
    if (report?.status !== 'submitted' && report?.status !== 'validated') throw statusError(report?.status ?? 'none', 'reportNotReturnable');
    if (!comments.trim()) throw invalid('comments-required', 'comments', messages('commentsRequired'));
    const next = { ...report, status: 'returned' as const, comments };
    return {
      state: { ...current, version: current.version + 1, report: next },
      event: {
        definition: ReportReturned,
        data: { ...reportData(current, report, gazetteer), comments, wasValidated: report.status === 'validated' } as never,
      },
    };
  },

  /** Changes a validated report; the version it replaces is kept, and the event carries both. */
  correct(current: ActivityState, input: ReportInput, reason: string, reference: ReferenceData<Listed>, gazetteer: Gazetteer, inDirectory: ReadonlySet<string>): ActivityChange {
    const report = current.report;
    if (report?.status !== 'validated') throw statusError(report?.status ?? 'none', 'reportNotCorrectable');
    if (!reason.trim()) throw invalid('reason-required', 'reason', messages('reasonRequired'));
    const content = Activity.checkContent(current, input, reference, gazetteer, inDirectory);
    const { status: _s, comments: _c, wasEverSubmitted: _w, ...previous } = report;
    const next = { ...report, ...content, reportVersion: report.reportVersion + 1 };
    return {
      state: { ...current, version: current.version + 1, report: next, previousReports: [...current.previousReports, previous] },
      event: {
        definition: ReportCorrected,
        data: { ...reportData(current, next, gazetteer), reason, previous: reportData(current, previous, gazetteer) } as never,
      },
    };
  },

  /**
   * Sets the follow-up of a recommendation of a validated report. The event carries the whole report
   * with the new status, as a correction does, so consumers count outputs by status the same way.
   */
  followUp(current: ActivityState, outputId: string, status: FollowUpStatus, gazetteer: Gazetteer): ActivityChange {
    const report = current.report;
    if (report?.status !== 'validated') throw statusError(report?.status ?? 'none', 'reportNotFollowedUp');
    const output = report.outputs.find((o) => o.id === outputId);
    if (!output) throw new DomainError('not-found', 'output-not-found', messages('unknownOutput', { id: outputId }), 'outputId');
    if (output.kind !== 'recommendation') throw invalid('not-a-recommendation', 'outputId', messages('notARecommendation', { kind: output.kind }));
    const previousStatus = output.status ?? 'proposed';
    if (previousStatus === status) throw new DomainError('conflict', 'follow-up-unchanged', messages('followUpUnchanged', { status }), 'status');
    const next = { ...report, outputs: report.outputs.map((o) => (o.id === outputId ? { ...o, status } : o)) };
    return {
      state: { ...current, version: current.version + 1, report: next },
      event: { definition: RecommendationFollowedUp, data: { ...reportData(current, next, gazetteer), outputId, status, previousStatus } as never },
    };
  },
};

/** Also for an activity the actor may not see: its existence is not told. */
export const activityNotFound = () => new DomainError('not-found', 'activity-not-found', messages('activityNotFound'));
