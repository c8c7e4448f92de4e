import { ReferenceEntryAdded, ReferenceEntryRetired } from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { DEFAULT_REFERENCE } from './reference-data';
import { addEntry, historyOf, inUse, listedReference, ReferenceEntryState, retireEntry, slugOf } from './reference-entries';

const ADMIN = { userId: 'user-admin', organisationId: 'org-fhi360' };
const MONDAY = new Date('2026-11-16T09:00:00Z');
const TUESDAY = new Date('2026-11-17T09:00:00Z');

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { kind, code, field } = error as DomainError;
    return { kind, code, field };
  }
  throw new Error('not refused');
};

describe('reference entries: codes made from labels', () => {
  it.each([
    ['Séminaire régional', 'seminaire-regional'],
    ['  Dialogue inter-communautaire (Mopti) ', 'dialogue-inter-communautaire-mopti'],
    ["Représentants d'ONG", 'representants-d-ong'],
    ['Cœur de métier — Élèves', 'coeur-de-metier-eleves'],
    ['2e forum national', '2e-forum-national'],
    ['!!!', ''],
  ])('%s → %s', (label, code) => expect(slugOf(label)).toBe(code));

  it('keeps a long label’s code within 40 characters, without a dash at its end', () => {
    const code = slugOf('Atelier de renforcement des capacités des femmes leaders des communes rurales');
    expect(code.length).toBeLessThanOrEqual(40);
    expect(code).toBe('atelier-de-renforcement-des-capacites-de');
    expect(slugOf('Atelier de renforcement des capacités d-es femmes')).not.toMatch(/-$/);
  });
});

describe('reference entries: adding and retiring', () => {
  const listed = (entries: ReferenceEntryState[] = []) => listedReference(DEFAULT_REFERENCE, entries);

  it('adds an entry with a code made from the French label, English falling back to French, with its event', () => {
    const { state, event } = addEntry('activity-types', { fr: 'Séminaire régional' }, listed(), ADMIN, MONDAY);
    expect(state).toMatchObject({ id: 'activity-types/seminaire-regional', version: 1, code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Séminaire régional', shipped: false, retired: false });
    expect(state.history).toEqual([{ change: 'added', time: MONDAY.toISOString(), by: ADMIN }]);
    expect(event.definition).toBe(ReferenceEntryAdded);
    expect(event.data).toEqual({ list: 'activity-types', code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Séminaire régional' });
  });

  it('refuses a code the list has, shipped, added or retired, naming the code', () => {
    expect(refusal(() => addEntry('activity-types', { code: 'seminar', fr: 'Séminaire de restitution' }, listed(), ADMIN, MONDAY))).toEqual({ kind: 'conflict', code: 'code-taken', field: 'code' });
    const added = addEntry('themes', { code: 'water', fr: 'Eau', en: 'Water' }, listed(), ADMIN, MONDAY).state;
    const retired = retireEntry('themes', 'water', added, DEFAULT_REFERENCE, ADMIN, TUESDAY).state;
    expect(refusal(() => addEntry('themes', { code: 'water', fr: 'Eau potable' }, listed([retired]), ADMIN, TUESDAY))).toMatchObject({ code: 'code-taken', field: 'code' });
    // The same code in another list is another entry.
    expect(addEntry('categories', { code: 'water', fr: 'Usagers de l’eau' }, listed([retired]), ADMIN, TUESDAY).state.id).toBe('categories/water');
  });

  it('refuses a label an entry in use has, whatever the case and accents, naming the label', () => {
    expect(refusal(() => addEntry('activity-types', { fr: 'SEMINAIRE' }, listed(), ADMIN, MONDAY))).toEqual({ kind: 'conflict', code: 'label-taken', field: 'fr' });
    expect(refusal(() => addEntry('themes', { fr: 'Genre et inclusion', en: 'gender' }, listed(), ADMIN, MONDAY))).toEqual({ kind: 'conflict', code: 'label-taken', field: 'en' });
    const retired = retireEntry('categories', 'journalists', null, DEFAULT_REFERENCE, ADMIN, MONDAY).state;
    expect(addEntry('categories', { code: 'media', fr: 'Journalistes', en: 'Media workers' }, listed([retired]), ADMIN, TUESDAY).state.code).toBe('media');
  });

  it('refuses a label that is another entry’s label in the other language (spreadsheet headers are read in both), and a blank one', () => {
    expect(refusal(() => addEntry('activity-types', { code: 'forum-local', fr: 'Workshop', en: 'Local forum' }, listed(), ADMIN, MONDAY))).toEqual({ kind: 'conflict', code: 'label-taken', field: 'fr' });
    expect(refusal(() => addEntry('activity-types', { code: 'forum-local', fr: '   ' }, listed(), ADMIN, MONDAY))).toEqual({ kind: 'invalid', code: 'label-needed', field: 'fr' });
  });

  it('asks for a code when the label gives none', () => {
    expect(refusal(() => addEntry('themes', { fr: '???' }, listed(), ADMIN, MONDAY))).toEqual({ kind: 'invalid', code: 'code-needed', field: 'code' });
  });

  it('retires a shipped entry as its first stored change, and an added one as its next', () => {
    const shipped = retireEntry('categories', 'displaced-people', null, DEFAULT_REFERENCE, ADMIN, MONDAY);
    expect(shipped.state).toMatchObject({ id: 'categories/displaced-people', version: 1, shipped: true, retired: true, fr: 'Personnes déplacées' });
    expect(shipped.event).toEqual({ definition: ReferenceEntryRetired, data: { list: 'categories', code: 'displaced-people', fr: 'Personnes déplacées', en: 'Displaced people', shipped: true } });

    const added = addEntry('output-kinds', { fr: 'Pétition' }, listed(), ADMIN, MONDAY).state;
    expect(retireEntry('output-kinds', 'petition', added, DEFAULT_REFERENCE, ADMIN, TUESDAY).state).toMatchObject({ version: 2, retired: true, shipped: false });
  });

  it('refuses to retire twice, or what the list does not have', () => {
    const retired = retireEntry('categories', 'journalists', null, DEFAULT_REFERENCE, ADMIN, MONDAY).state;
    expect(refusal(() => retireEntry('categories', 'journalists', retired, DEFAULT_REFERENCE, ADMIN, TUESDAY))).toEqual({ kind: 'conflict', code: 'already-retired', field: 'code' });
    expect(refusal(() => retireEntry('categories', 'militia', null, DEFAULT_REFERENCE, ADMIN, TUESDAY))).toEqual({ kind: 'not-found', code: 'entry-not-found', field: 'code' });
  });

  it('lists retired entries flagged, keeps them out of what new reports may use, and keeps the history in order', () => {
    const seminar = addEntry('activity-types', { fr: 'Séminaire régional', en: 'Regional seminar' }, listed(), ADMIN, MONDAY).state;
    const journalists = retireEntry('categories', 'journalists', null, DEFAULT_REFERENCE, ADMIN, TUESDAY).state;
    const all = listed([journalists, seminar]);
    expect(all.activityTypes.at(-1)).toEqual({ code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Regional seminar' });
    expect(all.dimensions.category.find((c) => c.code === 'journalists')).toEqual({ code: 'journalists', fr: 'Journalistes', en: 'Journalists', retired: true });
    const current = inUse(all);
    expect(current.dimensions.category.map((c) => c.code)).not.toContain('journalists');
    expect(current.activityTypes.map((c) => c.code)).toContain('seminaire-regional');
    expect(historyOf([journalists, seminar]).map((h) => [h.change, h.list, h.code])).toEqual([
      ['added', 'activity-types', 'seminaire-regional'],
      ['retired', 'categories', 'journalists'],
    ]);
  });
});
