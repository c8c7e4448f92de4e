import { DomainError } from '@tributary/kernel';
import { DEFAULT_GAZETTEER, DEFAULT_REFERENCE, Gazetteer } from '../../reference/domain/reference-data';
import { Activity, ActivityState } from './activity';

const gazetteer = new Gazetteer(DEFAULT_GAZETTEER);
const subGrant = { id: 'sg-1', projectId: 'p-1', recipientId: 'org-amss', leadPartnerId: 'org-fhi360', status: 'active' };

function reported(): ActivityState {
  const planned = Activity.plan('a-1', subGrant, {
    type: 'forum', title: 'Forum sur la paix', plannedStart: '2024-06-18', plannedEnd: '2024-06-20', pcode: 'ML09', themes: ['pve'], plannedParticipants: 10,
  }, DEFAULT_REFERENCE, gazetteer).state;
  return Activity.saveReport(planned, {
    actualStart: '2024-06-18', actualEnd: '2024-06-20', pcode: 'ML09',
    participants: { total: 10, cells: [{ sex: 'female', ageBand: '18-35', category: 'youth-associations', count: 10 }] },
    outputs: [{ kind: 'declaration', text: { fr: 'Déclaration de Bamako' } }, { kind: 'recommendation', text: { fr: 'Créer des emplois pour les jeunes' } }],
    narrative: '',
  }, DEFAULT_REFERENCE, gazetteer, new Set()).state;
}

const validated = () => Activity.validate(Activity.submit(reported(), subGrant, gazetteer).state, gazetteer).state;
const refusal = (decide: () => unknown) => {
  try {
    decide();
  } catch (error) {
    return `${(error as DomainError).kind} ${(error as DomainError).code}`;
  }
  return 'accepted';
};

describe('a recommendation followed up', () => {
  it('moves between any follow-up statuses, a dropped one taken up again, never staying where it is', () => {
    let state = validated();
    const [, recommendation] = state.report!.outputs;
    for (const [status, previous] of [['adopted', 'proposed'], ['dropped', 'adopted'], ['in-progress', 'dropped'], ['implemented', 'in-progress']] as const) {
      const change = Activity.followUp(state, recommendation.id, status, gazetteer);
      expect(change.event?.data).toMatchObject({ outputId: recommendation.id, status, previousStatus: previous, reportVersion: 1 });
      state = change.state;
    }
    expect(state.report!.outputs.map((o) => o.status)).toEqual([undefined, 'implemented']);
    expect(refusal(() => Activity.followUp(state, recommendation.id, 'implemented', gazetteer))).toBe('conflict follow-up-unchanged');
  });

  it('is refused on a report not validated, on another kind of output and on an output the report does not have', () => {
    const draft = reported();
    expect(refusal(() => Activity.followUp(draft, draft.report!.outputs[1].id, 'adopted', gazetteer))).toBe('conflict wrong-report-status');
    const state = validated();
    expect(refusal(() => Activity.followUp(state, state.report!.outputs[0].id, 'adopted', gazetteer))).toBe('invalid not-a-recommendation');
    expect(refusal(() => Activity.followUp(state, 'v1-recommendation', 'adopted', gazetteer))).toBe('not-found output-not-found');
  });
});

describe('organisations a report names by id', () => {
  const planned = () => Activity.plan('a-2', subGrant, {
    type: 'forum', title: 'Forum sur la paix', plannedStart: '2024-06-18', plannedEnd: '2024-06-20', pcode: 'ML09', themes: ['pve'], plannedParticipants: 10,
  }, DEFAULT_REFERENCE, gazetteer).state;
  const naming = (organisationId: string, inDirectory: Set<string>) => () => Activity.saveReport(planned(), {
    actualStart: '2024-06-18', actualEnd: '2024-06-20', pcode: 'ML09',
    participants: { total: 10, cells: [{ sex: 'female', ageBand: '18-35', category: 'youth-associations', count: 10 }] },
    organisations: [{ kind: 'cso', name: 'Plateforme de Koulikoro' }, { kind: 'cso', organisationId }],
    narrative: '',
  }, DEFAULT_REFERENCE, gazetteer, inDirectory);

  it('are the directory\'s: a mistyped id is refused on its field, a known one kept', () => {
    expect(naming('org-afpi', new Set(['org-afip']))).toThrow(expect.objectContaining({ code: 'unknown-organisation', field: 'organisations[1].organisationId' }));
    expect(naming('org-afip', new Set(['org-afip']))().state.report!.organisations[1]).toEqual({ kind: 'cso', organisationId: 'org-afip' });
  });
});

describe('what a report may name', () => {
  const planned = () => Activity.plan('a-3', subGrant, {
    type: 'forum', title: 'Forum sur la paix', plannedStart: '2024-06-18', plannedEnd: '2024-06-20', pcode: 'ML09', themes: ['pve'], plannedParticipants: 10,
  }, DEFAULT_REFERENCE, gazetteer).state;
  const content = (extra: object) => ({
    actualStart: '2024-06-18', actualEnd: '2024-06-20', pcode: 'ML09',
    participants: { total: 10, cells: [{ sex: 'female', ageBand: '18-35', category: 'journalists', count: 10 }] },
    narrative: '',
    ...extra,
  });

  it('keeps a category retired since the report was written, but refuses it in a new report', () => {
    const draft = Activity.saveReport(planned(), content({}), DEFAULT_REFERENCE, gazetteer, new Set()).state;
    const retired = {
      ...DEFAULT_REFERENCE,
      dimensions: { ...DEFAULT_REFERENCE.dimensions, category: DEFAULT_REFERENCE.dimensions.category.map((c) => (c.code === 'journalists' ? { ...c, retired: true as const } : c)) },
    };
    expect(refusal(() => Activity.saveReport(draft, content({ narrative: 'relu' }), retired, gazetteer, new Set()))).toBe('accepted');
    expect(refusal(() => Activity.saveReport(planned(), content({}), retired, gazetteer, new Set()))).toBe('invalid unknown-reference');
  });

  it('takes recommendations one by one, and not the reporting CSO among those taking part', () => {
    expect(refusal(() => Activity.saveReport(planned(), content({ outputs: [{ kind: 'recommendation', quantity: 3 }] }), DEFAULT_REFERENCE, gazetteer, new Set())))
      .toBe('invalid recommendation-one-by-one');
    expect(refusal(() => Activity.saveReport(planned(), content({ organisations: [{ kind: 'cso', organisationId: 'org-amss' }] }), DEFAULT_REFERENCE, gazetteer, new Set(['org-amss']))))
      .toBe('invalid reporter-listed');
  });

  it('counts an organisation named twice under two kinds as one: refused as a duplicate', () => {
    const twice = { organisations: [{ kind: 'local-authority', name: 'Mairie de Goundam' }, { kind: 'government', name: 'MAIRIE DE GOUNDAM' }] };
    expect(refusal(() => Activity.saveReport(planned(), content(twice), DEFAULT_REFERENCE, gazetteer, new Set()))).toBe('invalid duplicate-organisation');
  });
});
