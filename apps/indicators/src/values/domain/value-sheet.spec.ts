import { IndicatorState } from '../../indicators/domain/indicator';
import { contributionOf, difference, ReportFacts, Rule } from '../../indicators/domain/rule';
import { BatchChanges, differing, SheetRef, Tally, ValueSheet, valueOf } from './value-sheet';

const participants = { id: 'out-1', measure: 'unit', rule: { measure: 'participants' } } as unknown as IndicatorState;
const places = { id: 'out-2', measure: 'unit', rule: { measure: 'distinct-places' } } as unknown as IndicatorState;
const ref = (scope: string, period: string): SheetRef => ({ id: ValueSheet.idOf('p', scope, period), projectId: 'p', scope, period });
const tally = (amounts: Record<string, number>, distinct: Record<string, number> = {}) => ({ amounts, distinct });

/** A batch's changes redone on a new sheet. */
function sheetAfter(batch: BatchChanges, sheet: SheetRef, batchId = 'b-1'): ValueSheet {
  const result = ValueSheet.of(sheet);
  const found = batch.sheets().find((s) => s.sheet.id === sheet.id);
  if (found) result.redo(batchId, found.changes);
  return result;
}

describe('value sheet', () => {
  it('counts a correction as its difference and a return as a subtraction', () => {
    const month = ref('subgrant:s', '202403');
    const batch = new BatchChanges();
    batch.add(month, 'out-1', tally({ total: 188, 'category=youth-associations': 72 }));
    batch.add(month, 'out-1', tally({ total: -2, 'category=youth-associations': -2 }));
    const sheet = sheetAfter(batch, month);
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 186, disaggregation: { 'category=youth-associations': 70 } });
    const taken = new BatchChanges();
    taken.add(month, 'out-1', tally({ total: -186, 'category=youth-associations': -70 }));
    sheet.redo('b-2', taken.sheets()[0].changes);
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 0, disaggregation: {} });
  });

  it('counts a place once however many reports name it, until the last is taken back', () => {
    const year = ref('project:p', '2024');
    const batch = new BatchChanges();
    batch.add(year, 'out-2', tally({}, { ML0603: 2, ML0401: 1 }));
    const sheet = sheetAfter(batch, year);
    expect(valueOf(places, sheet.tallies.get('out-2')!).value).toBe(2);
    const taken = new BatchChanges();
    taken.add(year, 'out-2', tally({}, { ML0401: -1 }));
    sheet.redo('b-2', taken.sheets()[0].changes);
    expect(valueOf(places, sheet.tallies.get('out-2')!).value).toBe(1);
  });

  it('breaks a distinct count down with each place once per region and each organisation once per kind, exactly through corrections and returns', () => {
    const report = (activityId: string, adm2: string, organisations: ReportFacts['organisations']): ReportFacts => ({
      activityId, type: 'workshop', themes: ['pve'], recipientId: 'org-amss', place: { pcode: adm2, adm1: adm2.slice(0, 4), adm2 },
      participants: { total: 10, cells: [] }, organisations, outputs: [],
    });
    const goundam = report('a1', 'ML0603', [{ kind: 'local-authority', name: 'Mairie de Goundam' }, { kind: 'womens-association', organisationId: 'org-cafo' }]);
    const goundamAgain = report('a2', 'ML0603', [{ kind: 'local-authority', name: 'MAIRIE DE GOUNDAM' }]);
    const dire = report('a3', 'ML0602', []);
    const kayes = report('a4', 'ML0101', [{ kind: 'womens-association', organisationId: 'org-cafo' }]);
    const indicator = (id: string, rule: Rule, disaggregations: string[]) =>
      ({ id, measure: 'unit', rule, disaggregations }) as unknown as IndicatorState;
    const cercles = indicator('cercles', { measure: 'distinct-places', level: 'adm2' }, ['adm1']);
    const organisations = indicator('orgs', { measure: 'distinct-organisations' }, ['organisationKind', 'adm1']);
    const tallies = new Map<string, Tally>([['cercles', { amounts: {}, distinct: {} }], ['orgs', { amounts: {}, distinct: {} }]]);
    const count = (next: ReportFacts | null, previous: ReportFacts | null) => {
      for (const i of [cercles, organisations]) {
        const of = (r: ReportFacts | null) => (r ? contributionOf(i.rule as Rule, i.disaggregations, r) : { amounts: {}, distinct: [] });
        const sheet = ValueSheet.of(ref('project:p', '2024'));
        sheet.tallies.set(i.id, tallies.get(i.id)!);
        sheet.redo('b', new Map([[i.id, { add: difference(of(next), of(previous)) }]]));
      }
    };
    [goundam, goundamAgain, dire, kayes].forEach((r) => count(r, null));
    expect(valueOf(cercles, tallies.get('cercles')!)).toEqual({ value: 3, disaggregation: { 'adm1=ML06': 2, 'adm1=ML01': 1 } });
    expect(valueOf(organisations, tallies.get('orgs')!)).toEqual({
      value: 3,
      disaggregation: { 'organisationKind=cso': 1, 'organisationKind=local-authority': 1, 'organisationKind=womens-association': 1, 'adm1=ML06': 3, 'adm1=ML01': 2 },
    });
    const before = structuredClone(Object.fromEntries(tallies));
    // Kayes corrected to Goundam, then returned; Dire returned: Goundam alone is left, with its two reports.
    const kayesInGoundam = { ...kayes, place: goundam.place };
    count(kayesInGoundam, kayes);
    expect(valueOf(cercles, tallies.get('cercles')!)).toEqual({ value: 2, disaggregation: { 'adm1=ML06': 2 } });
    count(null, kayesInGoundam);
    count(null, dire);
    expect(valueOf(cercles, tallies.get('cercles')!)).toEqual({ value: 1, disaggregation: { 'adm1=ML06': 1 } });
    expect(valueOf(organisations, tallies.get('orgs')!).disaggregation).toEqual({
      'organisationKind=cso': 1, 'organisationKind=local-authority': 1, 'organisationKind=womens-association': 1, 'adm1=ML06': 3,
    });
    // and validated again, back exactly where they were
    count(kayes, null);
    count(dire, null);
    expect(Object.fromEntries(tallies)).toEqual(before);
  });

  it('lets an approved manual value replace the tally, and adds what later events of the batch bring to it', () => {
    const year = ref('project:p', '2024');
    const batch = new BatchChanges();
    batch.add(year, 'oc-1', tally({ total: 3 }));
    batch.set(year, 'oc-1', 64.5);
    batch.add(year, 'oc-1', tally({ total: 0.5 }));
    const sheet = ValueSheet.of(year);
    sheet.redo('b-0', new Map([['oc-1', { add: tally({ total: 40 }) }]]));
    sheet.redo('b-1', batch.sheets()[0].changes);
    expect(valueOf(participants, sheet.tallies.get('oc-1')!).value).toBe(65);
  });

  it('combines a batch per sheet and indicator, without sharing the tallies it was given', () => {
    const month = ref('subgrant:s', '202403');
    const quarter = ref('subgrant:s', '2024Q1');
    const change = tally({ total: 5 });
    const batch = new BatchChanges();
    batch.add(month, 'out-1', change);
    batch.add(month, 'out-1', change);
    batch.add(quarter, 'out-1', change);
    expect(change).toEqual(tally({ total: 5 }));
    expect(batch.sheets().map((s) => [s.sheet.id, s.changes.get('out-1')])).toEqual([
      [month.id, { add: tally({ total: 10 }) }],
      [quarter.id, { add: tally({ total: 5 }) }],
    ]);
  });

  it('never redoes a batch it has, until the batch is settled as applied', () => {
    const month = ref('subgrant:s', '202403');
    const batch = new BatchChanges();
    batch.add(month, 'out-1', tally({ total: 7 }));
    const sheet = ValueSheet.of(month);
    expect(sheet.redo('b-1', batch.sheets()[0].changes)).toBe(true);
    expect(sheet.redo('b-1', batch.sheets()[0].changes)).toBe(false);
    expect(valueOf(participants, sheet.tallies.get('out-1')!).value).toBe(7);
    expect(sheet.appliedBatches).toEqual(['b-1']);
    sheet.settle(new Set(['b-1']));
    expect(sheet.appliedBatches).toEqual([]);
  });

  it('tells a rebuild which indicators of a sheet differ from the live sheet, those only the live sheet has included', () => {
    const sheet = (tallies: [string, ReturnType<typeof tally>][]) => new ValueSheet('id', 'p', 'project:p', '202403', 0, new Map(tallies));
    const live = sheet([['same', tally({ total: 5, f: 2 })], ['more', tally({ total: 5 })], ['gone', tally({ total: 1 })], ['zeroed', tally({ total: 0 }, { ML06: 0 })]]);
    const rebuilt = sheet([['same', tally({ f: 2, total: 5 })], ['more', tally({ total: 6 })], ['new', tally({}, { ML06: 1 })]]);
    expect([...differing(rebuilt, live)].sort()).toEqual(['gone', 'more', 'new']);
    expect([...differing(rebuilt, undefined)].sort()).toEqual(['more', 'new', 'same']);
    expect(differing(live, live).size).toBe(0);
  });
});
