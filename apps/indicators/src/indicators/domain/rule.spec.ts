import { contributionOf, difference, organisationKey, ReportFacts } from './rule';
import { Indicator, IndicatorDefinition } from './indicator';
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
  organisations: [],
  outputs: [],
};

/** A regional workshop in Goundam cercle (Timbuktu region) with a town hall, a women's association and a recommendation. */
const goundam: ReportFacts = {
  ...focusGroups,
  activityId: 'a2', type: 'workshop', themes: ['pve', 'gender'], place: { pcode: 'ML0603', adm1: 'ML06', adm2: 'ML0603' },
  organisations: [
    { kind: 'local-authority', name: 'Mairie de Goundam' },
    { kind: 'womens-association', organisationId: 'org-afip' },
  ],
  outputs: [
    { id: 'r1', kind: 'recommendation', quantity: 1, theme: 'governance', status: 'proposed' },
    { id: 'r2', kind: 'recommendation', quantity: 1, status: 'adopted' },
    { id: 'p1', kind: 'trained-people', quantity: 25 },
  ],
};
/** The national exchange in Bamako district: a region-level place with no cercle. */
const bamako: ReportFacts = { ...focusGroups, activityId: 'a3', type: 'forum', themes: ['social-cohesion'], place: { pcode: 'ML09', adm1: 'ML09' } };

const definition = (rule: object, disaggregations: string[]) =>
  ({ projectId: 'p', code: 'X', title: { fr: 'x', en: 'x' }, level: 'output', measure: 'unit', direction: 'increase', disaggregations, rule, targets: [] }) as unknown as IndicatorDefinition;
const refusal = (rule: object, disaggregations: string[] = []) => {
  try {
    Indicator.define('i', definition(rule, disaggregations));
  } catch (error) {
    return { code: (error as { code: string }).code, field: (error as { field: string }).field };
  }
  return undefined;
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

  it('breaks any count down by activity type, theme, region and cercle', () => {
    const dims = ['activityType', 'theme', 'adm1', 'adm2'];
    expect(contributionOf({ measure: 'participants' }, dims, goundam).amounts).toEqual({
      total: 188, 'activityType=workshop': 188, 'theme=pve': 188, 'theme=gender': 188, 'adm1=ML06': 188, 'adm2=ML0603': 188,
    });
    expect(contributionOf({ measure: 'activities' }, dims, bamako).amounts).toEqual({ total: 1, 'activityType=forum': 1, 'theme=social-cohesion': 1, 'adm1=ML09': 1 });
  });

  it('counts places at a level, a report placed above the level counting nowhere', () => {
    expect(contributionOf({ measure: 'distinct-places', level: 'adm1' }, ['activityType'], goundam).distinct).toEqual(['ML06', 'activityType=workshop|ML06']);
    expect(contributionOf({ measure: 'distinct-places', level: 'adm1' }, [], bamako).distinct).toEqual(['ML09']);
    expect(contributionOf({ measure: 'distinct-places', level: 'adm2' }, ['adm1'], goundam).distinct).toEqual(['ML0603', 'adm1=ML06|ML0603']);
    expect(contributionOf({ measure: 'distinct-places', level: 'adm2' }, ['adm1'], bamako).distinct).toEqual([]);
    expect(contributionOf({ measure: 'distinct-places', level: 'adm3' }, [], goundam).distinct).toEqual([]);
    // Without a level, as before: the cercle, or the region of a report placed at a region.
    expect(contributionOf({ measure: 'distinct-places' }, [], goundam).distinct).toEqual(['ML0603']);
    expect(contributionOf({ measure: 'distinct-places' }, [], bamako).distinct).toEqual(['ML09']);
  });

  it('counts the reporting CSO and the participating organisations, by kind and by folded name when they have no directory id', () => {
    const c = contributionOf({ measure: 'distinct-organisations' }, ['organisationKind'], goundam);
    expect(c.distinct.sort()).toEqual([
      'name:mairie de goundam', 'org-afip', 'org-amss',
      'organisationKind=cso|org-amss', 'organisationKind=local-authority|name:mairie de goundam', 'organisationKind=womens-association|org-afip',
    ]);
    expect(organisationKey({ kind: 'local-authority', name: '  MAIRIE de Goundam !' })).toBe('name:mairie de goundam');
    expect(organisationKey({ kind: 'local-authority', name: 'Mairie-de-Goûndam' })).toBe('name:mairie de goundam');
    // Named under another kind by another report, it is still one organisation in the total.
    expect(organisationKey({ kind: 'government', name: 'Mairie de Goundam' })).toBe('name:mairie de goundam');
    expect(contributionOf({ measure: 'distinct-organisations', filter: { organisationKinds: ['cso'] } }, [], goundam).distinct).toEqual(['org-amss']);
  });

  it('sums outputs by kind and status, an output of its own theme counting under that theme', () => {
    const c = contributionOf({ measure: 'outputs', filter: { outputKinds: ['recommendation'] } }, ['outputKind', 'status', 'theme', 'adm1'], goundam);
    expect(c.amounts).toEqual({
      total: 2, 'outputKind=recommendation': 2, 'status=proposed': 1, 'status=adopted': 1, 'theme=governance': 1, 'theme=pve': 1, 'theme=gender': 1, 'adm1=ML06': 2,
    });
    expect(contributionOf({ measure: 'outputs', filter: { statuses: ['adopted', 'implemented'] } }, [], goundam).amounts).toEqual({ total: 1 });
    expect(contributionOf({ measure: 'outputs', filter: { themes: ['governance'] } }, [], goundam).amounts).toEqual({ total: 1 });
    expect(contributionOf({ measure: 'outputs' }, [], goundam).amounts).toEqual({ total: 27 });
  });

  it('turns a recommendation follow-up into a move from one status to the other', () => {
    const rule = { measure: 'outputs' as const, filter: { outputKinds: ['recommendation'] } };
    const followed = { ...goundam, outputs: goundam.outputs.map((o) => (o.id === 'r1' ? { ...o, status: 'implemented' } : o)) };
    expect(difference(contributionOf(rule, ['status'], followed), contributionOf(rule, ['status'], goundam))).toEqual({
      amounts: { 'status=implemented': 1, 'status=proposed': -1 }, distinct: {},
    });
  });

  it('refuses, naming the field, a level, filter or breakdown the measure cannot answer', () => {
    expect(refusal({ measure: 'participants', level: 'adm2' })).toEqual({ code: 'level-not-applicable', field: 'rule.level' });
    expect(refusal({ measure: 'participants', filter: { statuses: ['adopted'] } })).toEqual({ code: 'filter-not-applicable', field: 'rule.filter.statuses' });
    expect(refusal({ measure: 'distinct-places', level: 'adm2' }, ['adm1', 'sex'])).toEqual({ code: 'disaggregation-not-applicable', field: 'disaggregations[1]' });
    expect(refusal({ measure: 'distinct-places', level: 'adm1' }, ['adm2'])).toEqual({ code: 'disaggregation-finer-than-level', field: 'disaggregations[0]' });
    expect(refusal({ measure: 'activities' }, ['region'])).toEqual({ code: 'unknown-disaggregation', field: 'disaggregations[0]' });
    expect(refusal({ measure: 'outputs', filter: { outputKinds: ['recommendation'], statuses: ['adopted'] } }, ['status', 'theme', 'adm2'])).toBeUndefined();
    expect(refusal({ measure: 'distinct-organisations', filter: { organisationKinds: ['cso'] } }, ['organisationKind', 'activityType'])).toBeUndefined();
  });

  it('places dates in DHIS2 periods and periods in dates', () => {
    expect(periodsOf('2024-03-25')).toEqual({ monthly: '202403', quarterly: '2024Q1', 'six-monthly': '2024S1', yearly: '2024' });
    expect(periodBounds('2024Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodBounds('202402')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodBounds('2024S2')).toEqual({ start: '2024-07-01', end: '2024-12-31' });
  });
});
