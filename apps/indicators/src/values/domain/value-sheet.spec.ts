import { IndicatorState } from '../../indicators/domain/indicator';
import { TallyChange, ValueSheet, valueOf } from './value-sheet';

const add = (amounts: Record<string, number>, distinct: Record<string, number> = {}): TallyChange => ({ add: { amounts, distinct } });
const participants = { id: 'out-1', measure: 'unit', rule: { measure: 'participants' } } as unknown as IndicatorState;
const places = { id: 'out-2', measure: 'unit', rule: { measure: 'distinct-places' } } as unknown as IndicatorState;

describe('value sheet', () => {
  it('applies a correction as its difference and a return as a subtraction', () => {
    const sheet = new ValueSheet('p|subgrant:s|202403', 'p', 'subgrant:s', '202403');
    sheet.apply(new Map([['out-1', add({ total: 188, 'category=youth-associations': 72 })]]));
    sheet.apply(new Map([['out-1', add({ total: -2, 'category=youth-associations': -2 })]]));
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 186, disaggregation: { 'category=youth-associations': 70 } });
    sheet.apply(new Map([['out-1', add({ total: -186, 'category=youth-associations': -70 })]]));
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 0, disaggregation: {} });
  });

  it('counts a place once however many reports name it, until the last is taken back', () => {
    const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
    sheet.merge(new Map([['out-2', { amounts: {}, distinct: { ML0603: 2, ML0401: 1 } }]]));
    expect(valueOf(places, sheet.tallies.get('out-2')!).value).toBe(2);
    sheet.apply(new Map([['out-2', add({}, { ML0401: -1 })]]));
    expect(valueOf(places, sheet.tallies.get('out-2')!).value).toBe(1);
  });

  it('lets an approved manual value replace the tally', () => {
    const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
    sheet.apply(new Map([['oc-1', { set: 64.5 }]]));
    expect(valueOf(participants, sheet.tallies.get('oc-1')!).value).toBe(64.5);
  });

  describe('changes taken for the batch journal', () => {
    it('combine what a batch did to each indicator, so that the stored sheet redone with them equals the one in memory', () => {
      const stored = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
      stored.apply(new Map([['out-1', add({ total: 40, 'sex=female': 10 })], ['oc-1', add({ total: 3 })]]));
      stored.takeChanges();
      const live = new ValueSheet(stored.id, 'p', 'project:p', '2024', 0, new Map([...stored.tallies].map(([id, t]) => [id, { amounts: { ...t.amounts }, distinct: { ...t.distinct } }])));

      live.merge(new Map([['out-1', { amounts: { total: 188, 'sex=female': 72 }, distinct: {} }]]));
      live.apply(new Map([['oc-1', { set: 64.5 }]]));
      live.apply(new Map([['out-1', add({ total: -2 })], ['oc-1', add({ total: 0.5 })], ['out-2', add({}, { ML0603: 1 })]]));
      const changes = live.takeChanges();

      expect(changes.get('out-1')).toEqual({ add: { amounts: { total: 186, 'sex=female': 72 }, distinct: {} } });
      expect(changes.get('oc-1')).toEqual({ replace: { amounts: { total: 65 }, distinct: {} } });
      stored.redo(changes);
      expect(stored.tallies).toEqual(live.tallies);
    });

    it('are taken once: the next batch journals only its own', () => {
      const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
      sheet.apply(new Map([['out-1', add({ total: 5 })]]));
      expect(sheet.takeChanges().size).toBe(1);
      expect(sheet.takeChanges().size).toBe(0);
      sheet.apply(new Map([['out-1', add({ total: 2 })]]));
      expect(sheet.takeChanges().get('out-1')).toEqual({ add: { amounts: { total: 2 }, distinct: {} } });
    });

    it('do not share their tallies with the sheet', () => {
      const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
      const change = { amounts: { total: 5 }, distinct: {} };
      sheet.merge(new Map([['out-1', change]]));
      sheet.merge(new Map([['out-1', change]]));
      expect(change).toEqual({ amounts: { total: 5 }, distinct: {} });
      expect(sheet.takeChanges().get('out-1')).toEqual({ add: { amounts: { total: 10 }, distinct: {} } });
      expect(sheet.tallies.get('out-1')).toEqual({ amounts: { total: 10 }, distinct: {} });
    });
  });
});
