import { EventDefinition, REFERENCE_LISTS, ReferenceEntryAdded, ReferenceEntryRetired, ReferenceList } from '@tributary/contracts';
import { DomainError, folded } from '@tributary/kernel';
import { referenceMessages as messages } from '../reference.messages';
import { Labelled, ReferenceData } from './reference-data';

export { REFERENCE_LISTS, ReferenceList };

/** Who changed a list: the administrator's user and organisation. */
export interface ReferenceAuthor {
  userId: string;
  organisationId: string | null;
}

export interface ReferenceChangeRecord {
  change: 'added' | 'retired';
  time: string;
  by: ReferenceAuthor;
}

/**
 * An entry of a reference list that differs from what the platform ships: one an administrator
 * added, or a shipped one retired. Its changes are kept in it, for the history.
 */
export interface ReferenceEntryState {
  /** `<list>/<code>` */
  id: string;
  version: number;
  list: ReferenceList;
  code: string;
  fr: string;
  en: string;
  shipped: boolean;
  retired: boolean;
  history: ReferenceChangeRecord[];
}

export interface ReferenceEntryChange {
  state: ReferenceEntryState;
  event: { definition: EventDefinition; data: never };
}

/** An entry as the lists show it: a retired one stays, flagged, so what carries its code still reads. */
export type Listed = Labelled & { retired?: true };

export const CODE_MAX_LENGTH = 40;
export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/**
 * The code a label gives when the administrator names none: lower case, accents dropped, anything
 * else than letters and digits made a dash (« Séminaire régional » → seminaire-regional).
 */
export function slugOf(label: string): string {
  return label
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, CODE_MAX_LENGTH)
    .replace(/-+$/, '');
}

export const entryId = (list: ReferenceList, code: string) => `${list}/${code}`;

/** Where each list sits in the reference data. */
const LISTS: Record<ReferenceList, { of: <L extends Labelled>(data: ReferenceData<L>) => L[] }> = {
  'activity-types': { of: (data) => data.activityTypes },
  themes: { of: (data) => data.themes },
  categories: { of: (data) => data.dimensions.category },
  'output-kinds': { of: (data) => data.outputKinds },
  'organisation-kinds': { of: (data) => data.organisationKinds },
};

/**
 * The reference data as the stored entries leave it: the shipped entries in their order, then the
 * added ones in the order they were added; retired ones flagged, not dropped.
 */
export function listedReference(shipped: ReferenceData, entries: ReferenceEntryState[]): ReferenceData<Listed> {
  const listed = (list: ReferenceList): Listed[] => {
    const stored = new Map(entries.filter((e) => e.list === list).map((e) => [e.code, e]));
    const flag = (entry: Labelled): Listed => {
      const { code, fr, en } = stored.get(entry.code) ?? entry;
      return stored.get(entry.code)?.retired ? { code, fr, en, retired: true } : { code, fr, en };
    };
    const added = [...stored.values()].filter((e) => !e.shipped).sort((a, b) => a.history[0].time.localeCompare(b.history[0].time));
    return [...LISTS[list].of(shipped), ...added].map(flag);
  };
  return {
    activityTypes: listed('activity-types'),
    themes: listed('themes'),
    outputKinds: listed('output-kinds'),
    organisationKinds: listed('organisation-kinds'),
    dimensions: { sex: shipped.dimensions.sex, ageBand: shipped.dimensions.ageBand, category: listed('categories') },
  };
}

/** What new plans and reports may use: every list without its retired entries. */
export function inUse(listed: ReferenceData<Listed>): ReferenceData {
  const current = (entries: Listed[]) => entries.filter((e) => !e.retired);
  return {
    activityTypes: current(listed.activityTypes),
    themes: current(listed.themes),
    outputKinds: current(listed.outputKinds),
    organisationKinds: current(listed.organisationKinds),
    dimensions: { ...listed.dimensions, category: current(listed.dimensions.category) },
  };
}

/**
 * Adds an entry; without a code, the French label gives it. A code already in the list, retired
 * or not, is refused: reports that carry it would change meaning. So is a label of an entry in use,
 * in either language, unless `labels` says it is an entry already in use elsewhere being moved.
 */
export function addEntry(
  list: ReferenceList,
  input: { code?: string; fr: string; en?: string },
  listed: ReferenceData<Listed>,
  by: ReferenceAuthor,
  now: Date,
  labels: 'checked' | 'kept' = 'checked',
): ReferenceEntryChange {
  const fr = input.fr.trim();
  if (!fr) throw new DomainError('invalid', 'label-needed', messages('labelNeeded'), 'fr');
  const en = input.en?.trim() || fr;
  const code = input.code ?? slugOf(fr);
  if (!new RegExp(CODE_PATTERN).test(code)) {
    throw new DomainError('invalid', 'code-needed', messages('codeNeeded', { label: fr }), 'code');
  }
  const entries = LISTS[list].of(listed);
  if (entries.some((entry) => entry.code === code)) {
    throw codeTaken(code);
  }
  // Two entries in use under one label could not be told apart, in a form or a spreadsheet's
  // headers, which are read in either language: a French label may not be another's English one.
  for (const [language, label] of labels === 'checked' ? ([['fr', fr], ['en', en]] as const) : []) {
    if (entries.some((entry) => !entry.retired && (folded(entry.fr) === folded(label) || folded(entry.en) === folded(label)))) {
      throw new DomainError('conflict', 'label-taken', messages('labelTaken', { label }), language);
    }
  }
  const state: ReferenceEntryState = {
    id: entryId(list, code),
    version: 1,
    list,
    code,
    fr,
    en,
    shipped: false,
    retired: false,
    history: [{ change: 'added', time: now.toISOString(), by }],
  };
  return { state, event: { definition: ReferenceEntryAdded, data: { list, code, fr, en } as never } };
}

export const codeTaken = (code: string) => new DomainError('conflict', 'code-taken', messages('codeTaken', { code }), 'code');

/**
 * Retires an entry, shipped or added: from now on plans and reports may not use it. `stored` is
 * the entry's stored state, if it has one (an added entry, or a shipped one changed before).
 */
export function retireEntry(
  list: ReferenceList,
  code: string,
  stored: ReferenceEntryState | null,
  shipped: ReferenceData,
  by: ReferenceAuthor,
  now: Date,
): ReferenceEntryChange {
  const before = stored ?? shippedState(list, code, shipped);
  if (!before) throw new DomainError('not-found', 'entry-not-found', messages('entryNotFound', { code }), 'code');
  if (before.retired) throw new DomainError('conflict', 'already-retired', messages('alreadyRetired', { code }), 'code');
  const state: ReferenceEntryState = {
    ...before,
    version: before.version + 1,
    retired: true,
    history: [...before.history, { change: 'retired', time: now.toISOString(), by }],
  };
  return {
    state,
    event: { definition: ReferenceEntryRetired, data: { list, code, fr: state.fr, en: state.en, shipped: state.shipped } as never },
  };
}

/** A shipped entry not stored yet, as version 0 so that its first stored change is version 1. */
function shippedState(list: ReferenceList, code: string, shipped: ReferenceData): ReferenceEntryState | null {
  const entry = LISTS[list].of(shipped).find((e) => e.code === code);
  return entry ? { id: entryId(list, code), version: 0, list, code, fr: entry.fr, en: entry.en, shipped: true, retired: false, history: [] } : null;
}

/** Every change of every list, oldest first, as the history shows it. */
export function historyOf(entries: ReferenceEntryState[]) {
  return entries
    .flatMap(({ list, code, fr, en, history }) => history.map(({ change, time, by }) => ({ time, by, change, list, code, fr, en })))
    .sort((a, b) => a.time.localeCompare(b.time) || a.list.localeCompare(b.list) || a.code.localeCompare(b.code));
}
