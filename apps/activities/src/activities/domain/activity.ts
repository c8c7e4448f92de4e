import { DataOf, EventDefinition, ReportCorrected, ReportReturned, ReportSubmitted, ReportValidated, ActivityPlanned } from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { Gazetteer, ReferenceData } from '../../reference/domain/reference-data';

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

export interface ReportContent {
  actualStart: string;
  actualEnd: string;
  pcode: string;
  participants: Participants;
  outputs: { recommendations: number; declarations: number; actionPlans: number };
  narrative: string;
}

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

const invalid = (code: string, field: string, fr: string, en: string) => new DomainError('invalid', code, { fr, en }, field);

function checkCode(list: { code: string }[], code: string, field: string, what: { fr: string; en: string }): void {
  if (!list.some((item) => item.code === code)) {
    throw invalid('unknown-reference', field, `${what.fr} inconnu(e) : ${code}`, `Unknown ${what.en}: ${code}`);
  }
}

/** Cells must add up to the total and to every stated subtotal; the offending cell or subtotal is named. */
export function checkParticipants(participants: Participants, reference: ReferenceData, field = 'participants'): void {
  participants.cells.forEach((cell, i) => {
    checkCode(reference.dimensions.sex, cell.sex, `${field}.cells[${i}].sex`, { fr: 'sexe', en: 'sex' });
    checkCode(reference.dimensions.ageBand, cell.ageBand, `${field}.cells[${i}].ageBand`, { fr: "tranche d'âge", en: 'age band' });
    checkCode(reference.dimensions.category, cell.category, `${field}.cells[${i}].category`, { fr: 'catégorie', en: 'category' });
  });
  const seen = new Set<string>();
  participants.cells.forEach((cell, i) => {
    const key = `${cell.sex}|${cell.ageBand}|${cell.category}`;
    if (seen.has(key)) throw invalid('duplicate-cell', `${field}.cells[${i}]`, 'Cette case apparaît deux fois', 'This cell appears twice');
    seen.add(key);
  });
  const sumOf = (cells: ParticipantCell[]) => cells.reduce((total, c) => total + c.count, 0);
  const cellsTotal = sumOf(participants.cells);
  if (cellsTotal !== participants.total) {
    throw invalid('cells-do-not-add-up', `${field}.total`,
      `Les cases totalisent ${cellsTotal} et non ${participants.total}`,
      `The cells add up to ${cellsTotal}, not ${participants.total}`);
  }
  for (const [dimension, stated] of [['category', participants.byCategory], ['sex', participants.bySex]] as const) {
    for (const [code, expected] of Object.entries(stated ?? {})) {
      const actual = sumOf(participants.cells.filter((c) => c[dimension] === code));
      if (actual !== expected) {
        const by = dimension === 'category' ? 'byCategory' : 'bySex';
        throw invalid('cells-do-not-add-up', `${field}.${by}.${code}`,
          `Les cases « ${code} » totalisent ${actual} et non ${expected}`,
          `The "${code}" cells add up to ${actual}, not ${expected}`);
      }
    }
  }
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
    outputs: report.outputs,
  } satisfies DataOf<typeof ReportValidated>;
}

const statusError = (status: string, what: { fr: string; en: string }) =>
  new DomainError('conflict', 'wrong-report-status', { fr: `Impossible : ${what.fr} (statut : ${status})`, en: `Not possible: ${what.en} (status: ${status})` });

export const Activity = {
  plan(
    id: string,
    subGrant: SubGrantView | undefined,
    input: { type: string; title: string; plannedStart: string; plannedEnd: string; pcode: string; themes: string[]; plannedParticipants: number },
    reference: ReferenceData,
    gazetteer: Gazetteer,
  ): ActivityChange {
    if (!subGrant || subGrant.status !== 'active') {
      throw new DomainError('conflict', 'sub-grant-not-active', {
        fr: "On ne planifie et ne rapporte des activités que sur une sous-subvention active",
        en: 'Activities are planned and reported only under an active sub-grant',
      }, 'subGrantId');
    }
    checkCode(reference.activityTypes, input.type, 'type', { fr: "type d'activité", en: 'activity type' });
    input.themes.forEach((theme, i) => checkCode(reference.themes, theme, `themes[${i}]`, { fr: 'thème', en: 'theme' }));
    if (!gazetteer.locate(input.pcode)) throw invalid('unknown-place', 'pcode', `Lieu inconnu : ${input.pcode}`, `Unknown place: ${input.pcode}`);
    if (input.plannedEnd < input.plannedStart) throw invalid('dates-reversed', 'plannedEnd', 'La fin précède le début', 'The end comes before the start');
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
  saveReport(current: ActivityState, content: ReportContent, reference: ReferenceData, gazetteer: Gazetteer): ActivityChange {
    const status = current.report?.status ?? 'draft';
    if (status === 'submitted' || status === 'validated') {
      throw statusError(status, { fr: 'modifier un rapport soumis ou validé (une correction est nécessaire)', en: 'edit a submitted or validated report (a correction is needed)' });
    }
    Activity.checkContent(content, reference, gazetteer);
    return {
      state: {
        ...current,
        version: current.version + 1,
        report: { ...content, status, reportVersion: current.report?.reportVersion ?? 1, wasEverSubmitted: current.report?.wasEverSubmitted ?? false, ...(current.report?.comments ? { comments: current.report.comments } : {}) },
      },
      event: null,
    };
  },

  checkContent(content: ReportContent, reference: ReferenceData, gazetteer: Gazetteer): void {
    if (content.actualEnd < content.actualStart) throw invalid('dates-reversed', 'actualEnd', 'La fin précède le début', 'The end comes before the start');
    if (!gazetteer.locate(content.pcode)) throw invalid('unknown-place', 'pcode', `Lieu inconnu : ${content.pcode}`, `Unknown place: ${content.pcode}`);
    checkParticipants(content.participants, reference);
  },

  submit(current: ActivityState, subGrant: SubGrantView | undefined, gazetteer: Gazetteer): ActivityChange {
    if (!subGrant || subGrant.status !== 'active') {
      throw new DomainError('conflict', 'sub-grant-not-active', {
        fr: 'La sous-subvention n’est pas active : le rapport ne peut pas être soumis',
        en: 'The sub-grant is not active: the report cannot be submitted',
      }, 'subGrantId');
    }
    const report = current.report;
    if (!report || (report.status !== 'draft' && report.status !== 'returned')) {
      throw statusError(report?.status ?? 'none', { fr: 'soumettre', en: 'submit' });
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
    if (report?.status !== 'submitted') throw statusError(report?.status ?? 'none', { fr: 'valider', en: 'validate' });
    const next = { ...report, status: 'validated' as const };
    return {
      state: { ...current, version: current.version + 1, report: next },
      event: { definition: ReportValidated, data: reportData(current, next, gazetteer) as never },
    };
  },

  return(current: ActivityState, comments: string, gazetteer: Gazetteer): ActivityChange {
    const report = current.report;
    if (report?.status !== 'submitted' && report?.status !== 'validated') throw statusError(report?.status ?? 'none', { fr: 'renvoyer', en: 'return' });
    if (!comments.trim()) throw invalid('comments-required', 'comments', 'Des commentaires sont requis', 'Comments are required');
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
  correct(current: ActivityState, content: ReportContent, reason: string, reference: ReferenceData, gazetteer: Gazetteer): ActivityChange {
    const report = current.report;
    if (report?.status !== 'validated') throw statusError(report?.status ?? 'none', { fr: 'corriger (seul un rapport validé se corrige)', en: 'correct (only a validated report is corrected)' });
    if (!reason.trim()) throw invalid('reason-required', 'reason', 'Un motif est requis', 'A reason is required');
    Activity.checkContent(content, reference, gazetteer);
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
};

