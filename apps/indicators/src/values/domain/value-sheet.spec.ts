import { IndicatorState } from '../../indicators/domain/indicator';
import { BatchChanges, differing, SheetRef, ValueSheet, valueOf } from './value-sheet';

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
