import { contributionOf, difference, ReportFacts } from './rule';
import { periodBounds, periodsOf } from './period';

const focusGroups: ReportFacts = {
  activityId: 'a1', type: 'study', themes: ['pve'], recipientId: 'org-amss', place: { pcode: 'ML06', adm1: 'ML06' },
  participants: {
    total: 188,
    cells: [
      { sex: 'not-stated', ageBand: 'unknown', category: 'community-leaders', count: 35 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'religious-leaders', count: 3 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'ngo-representatives', count: 6 },
      { sex: 'female', ageBand: 'unknown', category: 'womens-associations', count: 72 },
      { sex: 'not-stated', ageBand: 'unknown', category: 'youth-associations', count: 72 },
    ],
  },
};

describe('indicator rules', () => {
  it('counts the AMSS focus-group participants, by category', () => {
    const c = contributionOf({ measure: 'participants' }, ['category'], focusGroups);
    expect(c.amounts.total).toBe(188);
    expect(c.amounts['category=womens-associations']).toBe(72);
    expect(c.amounts['category=youth-associations']).toBe(72);
  });

  it('filters participants by category and reports by type and place', () => {
    expect(contributionOf({ measure: 'participants', filter: { categories: ['womens-associations', 'youth-associations'] } }, [], focusGroups).amounts.total).toBe(144);
    expect(contributionOf({ measure: 'activities', filter: { activityTypes: ['forum'] } }, [], focusGroups).amounts).toEqual({});
    expect(contributionOf({ measure: 'activities', filter: { places: ['ML06'] } }, [], focusGroups).amounts).toEqual({ total: 1 });
  });

  it('turns a correction into the difference of the two versions', () => {
    const before = contributionOf({ measure: 'participants' }, ['category'], focusGroups);
    const after = contributionOf({ measure: 'participants' }, ['category'], {
      ...focusGroups,
      participants: { total: 186, cells: focusGroups.participants.cells.map((c) => (c.category === 'youth-associations' ? { ...c, count: 70 } : c)) },
    });
    expect(difference(after, before)).toEqual({ amounts: { total: -2, 'category=youth-associations': -2 }, distinct: {} });
  });

  it('places dates in DHIS2 periods and periods in dates', () => {
    expect(periodsOf('2024-03-25')).toEqual({ monthly: '202403', quarterly: '2024Q1', 'six-monthly': '2024S1', yearly: '2024' });
    expect(periodBounds('2024Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodBounds('202402')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodBounds('2024S2')).toEqual({ start: '2024-07-01', end: '2024-12-31' });
  });
});
