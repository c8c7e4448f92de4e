import { Mongoose } from 'mongoose';
import { DEFAULT_GAZETTEER, DEFAULT_REFERENCE, Gazetteer } from '../../reference/domain/reference-data';
import { Activity, ActivityState, ReportInput } from '../domain/activity';
import { ActivityModel, upgradeStoredActivity } from './activity.schema';

const Activities = new Mongoose().model(ActivityModel.name, ActivityModel.schema);
const gazetteer = new Gazetteer(DEFAULT_GAZETTEER);

const stored = ({ id, ...rest }: ActivityState) => ({ _id: id, ...rest, pendingEvents: [], hasPendingEvents: false });

const report = (women: number): ReportInput => ({
  actualStart: '2024-03-04', actualEnd: '2024-03-05', pcode: 'ML0601',
  participants: {
    total: women + 10,
    cells: [
      { sex: 'female', ageBand: '18-35', category: 'womens-associations', count: women },
      { sex: 'male', ageBand: 'unknown', category: 'community-leaders', count: 10 },
    ],
    byCategory: { 'womens-associations': women, 'community-leaders': 10 },
  },
  outputs: [...Array.from({ length: 3 }, () => ({ kind: 'recommendation' })), { kind: 'action-plan', quantity: 1 }],
  narrative: 'Forum de validation à Tombouctou',
});

describe('activity schema', () => {
  it('keeps a planned, reported, validated and corrected activity exactly as the domain made it', () => {
    const subGrant = { id: 'sg-1', projectId: 'p-1', recipientId: 'org-amss', leadPartnerId: 'org-fhi360', status: 'active' };
    let state = Activity.plan('a-1', subGrant, {
      type: 'forum', title: 'Forum de validation', plannedStart: '2024-03-04', plannedEnd: '2024-03-05', pcode: 'ML0601', themes: ['social-cohesion'], plannedParticipants: 40,
    }, DEFAULT_REFERENCE, gazetteer).state;
    expect(new Activities(stored(state)).toObject()).toEqual(stored(state));

    state = Activity.saveReport(state, report(20), DEFAULT_REFERENCE, gazetteer, new Set()).state;
    state = Activity.submit(state, subGrant, gazetteer).state;
    state = Activity.validate(state, gazetteer).state;
    state = Activity.correct(state, report(25), 'double comptage', DEFAULT_REFERENCE, gazetteer, new Set()).state;
    state = { ...state, idempotencyKeys: ['batch:0f3a'] };

    expect(new Activities(stored(state)).toObject()).toEqual(stored(state));
  });

  it('reads a report stored before outputs were items as items, with the ids its version-1 events are read with', () => {
    const subGrant = { id: 'sg-1', projectId: 'p-1', recipientId: 'org-amss', leadPartnerId: 'org-fhi360', status: 'active' };
    let state = Activity.plan('a-1', subGrant, {
      type: 'study', title: 'Étude diagnostique', plannedStart: '2024-03-04', plannedEnd: '2024-03-22', pcode: 'ML06', themes: ['pve'], plannedParticipants: 180,
    }, DEFAULT_REFERENCE, gazetteer).state;
    state = Activity.saveReport(state, report(20), DEFAULT_REFERENCE, gazetteer, new Set()).state;
    state = Activity.submit(state, subGrant, gazetteer).state;
    state = Activity.validate(state, gazetteer).state;
    state = Activity.correct(state, { ...report(25), outputs: [] }, 'double comptage', DEFAULT_REFERENCE, gazetteer, new Set()).state;
    const old = <T extends object>(part: T) => {
      const { organisations: _o, outputs: _p, ...rest } = part as T & { organisations: unknown; outputs: unknown };
      return rest;
    };
    // As the previous code wrote it: three counts, no organisations.
    const document = {
      ...stored(state),
      report: { ...old(state.report!), outputs: { recommendations: 12, declarations: 0, actionPlans: 1 } },
      previousReports: [{ ...old(state.previousReports[0]), outputs: { recommendations: 0, declarations: 1, actionPlans: 0 } }],
    };

    upgradeStoredActivity(document);

    expect(document.report).toEqual({
      ...state.report,
      organisations: [],
      outputs: [
        ...Array.from({ length: 12 }, (_, i) => ({ id: `v1-recommendation-${i + 1}`, kind: 'recommendation', quantity: 1, status: 'proposed' })),
        { id: 'v1-action-plan', kind: 'action-plan', quantity: 1 },
      ],
    });
    expect(document.previousReports).toEqual([{ ...state.previousReports[0], organisations: [], outputs: [{ id: 'v1-declaration', kind: 'declaration', quantity: 1 }] }]);
    expect(new Activities(document).toObject()).toEqual(document);
    const current = stored(state);
    upgradeStoredActivity(current);
    expect(current).toEqual(stored(state));
  });
});
