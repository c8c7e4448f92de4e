import { changesOf } from './audit-trail';

describe('audit changes', () => {
  it('lists each field an event changed, nested ones by path, against the fields before it', () => {
    const first = changesOf({}, { status: 'draft', award: { amount: 12_000_000, currency: 'XOF' } });
    expect(first.changes).toEqual([
      { field: 'status', before: null, after: 'draft' },
      { field: 'award.amount', before: null, after: 12_000_000 },
      { field: 'award.currency', before: null, after: 'XOF' },
    ]);
    const second = changesOf(first.after, { status: 'submitted', award: { amount: 12_000_000, currency: 'XOF' }, regions: ['ML06'] });
    expect(second.changes).toEqual([
      { field: 'status', before: 'draft', after: 'submitted' },
      { field: 'regions', before: null, after: ['ML06'] },
    ]);
    expect(second.after).toEqual({ status: 'submitted', 'award.amount': 12_000_000, 'award.currency': 'XOF', regions: ['ML06'] });
  });
});
