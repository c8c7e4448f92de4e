import { IndicatorState } from '../../indicators/domain/indicator';
import { TallyChange, ValueSheet, valueOf } from './value-sheet';

const stream = 'activities.activity.v1:0';
const add = (amounts: Record<string, number>, distinct: Record<string, number> = {}): TallyChange => ({ add: { amounts, distinct } });
const participants = { id: 'out-1', measure: 'unit', rule: { measure: 'participants' } } as unknown as IndicatorState;
const places = { id: 'out-2', measure: 'unit', rule: { measure: 'distinct-places' } } as unknown as IndicatorState;

describe('value sheet', () => {
  it('counts an event delivered twice once', () => {
    const sheet = new ValueSheet('p|project:p|2024Q1', 'p', 'project:p', '2024Q1');
    const focusGroups = new Map([['out-1', add({ total: 188, 'category=womens-associations': 72, 'category=youth-associations': 72 })]]);
    expect(sheet.apply({ stream, position: 7n }, focusGroups)).toBe(true);
    expect(sheet.apply({ stream, position: 7n }, focusGroups)).toBe(false);
    expect(sheet.apply({ stream, position: 3n }, focusGroups)).toBe(false);
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 188, disaggregation: { 'category=womens-associations': 72, 'category=youth-associations': 72 } });
  });

  it('keeps positions per stream, so another partition is not mistaken for a repeat', () => {
    const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
    sheet.apply({ stream, position: 9n }, new Map([['out-1', add({ total: 10 })]]));
    expect(sheet.apply({ stream: 'activities.activity.v1:1', position: 2n }, new Map([['out-1', add({ total: 5 })]]))).toBe(true);
    expect(valueOf(participants, sheet.tallies.get('out-1')!).value).toBe(15);
  });

  it('applies a correction as its difference and a return as a subtraction', () => {
    const sheet = new ValueSheet('p|subgrant:s|202403', 'p', 'subgrant:s', '202403');
    sheet.apply({ stream, position: 1n }, new Map([['out-1', add({ total: 188, 'category=youth-associations': 72 })]]));
    sheet.apply({ stream, position: 2n }, new Map([['out-1', add({ total: -2, 'category=youth-associations': -2 })]]));
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 186, disaggregation: { 'category=youth-associations': 70 } });
    sheet.apply({ stream, position: 3n }, new Map([['out-1', add({ total: -186, 'category=youth-associations': -70 })]]));
    expect(valueOf(participants, sheet.tallies.get('out-1')!)).toEqual({ value: 0, disaggregation: {} });
  });

  it('counts a place once however many reports name it, until the last is taken back', () => {
    const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
    sheet.merge(new Map([['out-2', { amounts: {}, distinct: { ML0603: 2, ML0401: 1 } }]]), new Map([[stream, 4n]]));
    expect(valueOf(places, sheet.tallies.get('out-2')!).value).toBe(2);
    sheet.apply({ stream, position: 5n }, new Map([['out-2', add({}, { ML0401: -1 })]]));
    expect(valueOf(places, sheet.tallies.get('out-2')!).value).toBe(1);
    expect(sheet.hasApplied({ stream, position: 4n })).toBe(true);
  });

  it('lets an approved manual value replace the tally', () => {
    const sheet = new ValueSheet('p|project:p|2024', 'p', 'project:p', '2024');
    sheet.apply({ stream: 'indicators.indicator.v1:2', position: 1n }, new Map([['oc-1', { set: 64.5 }]]));
    expect(valueOf(participants, sheet.tallies.get('oc-1')!).value).toBe(64.5);
  });
});
