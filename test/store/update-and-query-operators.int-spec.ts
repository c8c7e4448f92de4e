import { codeOf, storeUnderTest } from './store-under-test';

interface Pending {
  _id: string;
  version: number;
  pendingEvents: { id: string; type: string }[];
  pendingCount: number;
}

const event = (id: string) => ({ id, type: 'activity-report.submitted' });

// The operators and filter shapes apps/ and libs/ use, each in the pattern the code uses it in.
describe('store: update and query operators as MongoDB applies them', () => {
  const store = storeUnderTest('store operators');

  it('$push with $each appends in order, creating the array when missing, together with $inc', () =>
    store.inDatabase('push_each', async (db) => {
      const outbox = db.collection<Partial<Pending> & { _id: string }>('activities');
      await outbox.insertMany([{ _id: 'with', version: 0, pendingEvents: [event('e1')], pendingCount: 1 }, { _id: 'without', version: 0 }]);

      for (const _id of ['with', 'without']) {
        await outbox.updateOne({ _id, version: 0 }, { $set: { version: 1 }, $push: { pendingEvents: { $each: [event('e2'), event('e3')] } }, $inc: { pendingCount: 2 } });
      }

      expect(await outbox.find({}).sort({ _id: 1 }).toArray()).toEqual([
        { _id: 'with', version: 1, pendingEvents: [event('e1'), event('e2'), event('e3')], pendingCount: 3 },
        { _id: 'without', version: 1, pendingEvents: [event('e2'), event('e3')], pendingCount: 2 },
      ]);
    }));

  it('$pullAll removes exactly the embedded documents read earlier, with a negative $inc', () =>
    store.inDatabase('pull_all', async (db) => {
      const outbox = db.collection<Pending>('activities');
      await outbox.insertOne({ _id: 'a1', version: 1, pendingEvents: [event('e1'), event('e2')], pendingCount: 2 });
      const read = await outbox.findOne({ _id: 'a1', pendingCount: { $gt: 0 } }, { projection: { pendingEvents: 1 } });
      await outbox.updateOne({ _id: 'a1' }, { $push: { pendingEvents: event('e3') }, $inc: { pendingCount: 1 } });

      await outbox.updateOne({ _id: 'a1' }, { $pullAll: { pendingEvents: read!.pendingEvents }, $inc: { pendingCount: -read!.pendingEvents.length } });

      expect(await outbox.findOne({ _id: 'a1' })).toEqual({ _id: 'a1', version: 1, pendingEvents: [event('e3')], pendingCount: 1 });
    }));

  // The outbox relay removes the events it published by id; those appended meanwhile stay pending.
  it('$pull by {id: {$in}} in a bulkWrite removes exactly the published events, and {$size: 0} finds the emptied documents', () =>
    store.inDatabase('pull_published', async (db) => {
      const outbox = db.collection<Pending & { hasPendingEvents: boolean }>('activities');
      await outbox.insertMany([
        { _id: 'a1', version: 1, pendingEvents: [event('e1'), event('e2')], pendingCount: 2, hasPendingEvents: true },
        { _id: 'a2', version: 1, pendingEvents: [event('e3')], pendingCount: 1, hasPendingEvents: true },
      ]);
      const published = { a1: ['e1', 'e2'], a2: ['e3'] };
      await outbox.updateOne({ _id: 'a1' }, { $push: { pendingEvents: event('e4') } });

      await outbox.bulkWrite(
        Object.entries(published).map(([_id, ids]) => ({ updateOne: { filter: { _id }, update: { $pull: { pendingEvents: { id: { $in: ids } } } } } })),
        { ordered: false },
      );
      const emptied = await outbox.updateMany({ _id: { $in: ['a1', 'a2'] }, pendingEvents: { $size: 0 } }, { $set: { hasPendingEvents: false } });

      expect(emptied.modifiedCount).toBe(1);
      expect(await outbox.find({}, { projection: { pendingEvents: 1, hasPendingEvents: 1 } }).sort({ _id: 1 }).toArray()).toEqual([
        { _id: 'a1', pendingEvents: [event('e4')], hasPendingEvents: true },
        { _id: 'a2', pendingEvents: [], hasPendingEvents: false },
      ]);
    }));

  it('$pull removes the array elements that meet a condition', () =>
    store.inDatabase('pull', async (db) => {
      const budgets = db.collection<{ _id: string; lines: { code: string; amount: number }[]; tags: string[] }>('budgets');
      await budgets.insertOne({
        _id: 'b1',
        lines: [{ code: 'travel', amount: 500 }, { code: 'refund', amount: -20 }, { code: 'training', amount: 0 }],
        tags: ['mopti', 'gao', 'kidal', 'gao'],
      });

      await budgets.updateOne({ _id: 'b1' }, { $pull: { lines: { amount: { $lte: 0 } }, tags: { $in: ['gao', 'timbuktu'] } } });

      expect(await budgets.findOne({ _id: 'b1' })).toEqual({ _id: 'b1', lines: [{ code: 'travel', amount: 500 }], tags: ['mopti', 'kidal'] });
    }));

  it('an upsert applies $setOnInsert only when it inserts', () =>
    store.inDatabase('set_on_insert', async (db) => {
      const generations = db.collection<{ _id: string; generation: number; createdBy?: string }>('read_model_generation');
      const upsert = (generation: number, createdBy: string) =>
        generations.updateOne({ _id: 'current' }, { $set: { generation }, $setOnInsert: { createdBy } }, { upsert: true });

      const inserted = await upsert(1, 'first');
      const updated = await upsert(2, 'second');

      expect({ upserted: inserted.upsertedCount, id: inserted.upsertedId }).toEqual({ upserted: 1, id: 'current' });
      expect({ upserted: updated.upsertedCount, modified: updated.modifiedCount }).toEqual({ upserted: 0, modified: 1 });
      expect(await generations.findOne({ _id: 'current' })).toEqual({ _id: 'current', generation: 2, createdBy: 'first' });
    }));

  // libs/messaging applyOnce: the document lists the events applied to it.
  it('an upsert filtered by {_id, list: {$ne: id}} applies an event once and reports a repeat as 11000', () =>
    store.inDatabase('apply_once', async (db) => {
      const projections = db.collection<{ _id: string; participants?: number; appliedEvents: string[] }>('known_sub_grants');
      const apply = (eventId: string, participants: number) =>
        projections.updateOne(
          { _id: 'sg-1', appliedEvents: { $ne: eventId } },
          { $inc: { participants }, $push: { appliedEvents: eventId } },
          { upsert: true },
        );

      const first = await apply('e1', 10);
      const [repeat] = await Promise.allSettled([apply('e1', 10)]);
      const second = await apply('e2', 5);

      expect(first.upsertedCount).toBe(1);
      expect(codeOf(repeat)).toBe(11000);
      expect(second.modifiedCount).toBe(1);
      expect(await projections.findOne({ _id: 'sg-1' })).toEqual({ _id: 'sg-1', participants: 15, appliedEvents: ['e1', 'e2'] });
    }));

  // The outbox relay's lease: one holder at a time, taken over once it expires.
  it('an upserting findOneAndUpdate with an $or filter takes a free lease and refuses a held one with 11000', () =>
    store.inDatabase('lease', async (db) => {
      const leases = db.collection<{ _id: string; holder: string; expiresAt: number }>('outbox_relay_lease');
      const take = (holder: string, now: number) =>
        leases.findOneAndUpdate(
          { _id: 'relay', $or: [{ holder }, { expiresAt: { $lt: now } }] },
          { $set: { holder, expiresAt: now + 10_000 } },
          { upsert: true, returnDocument: 'after' },
        );

      const first = await take('relay-a', 1_000);
      const [refused] = await Promise.allSettled([take('relay-b', 2_000)]);
      const renewed = await take('relay-a', 3_000);
      const takenOver = await take('relay-b', 20_000);

      expect(first).toEqual({ _id: 'relay', holder: 'relay-a', expiresAt: 11_000 });
      expect(codeOf(refused)).toBe(11000);
      expect(renewed).toEqual({ _id: 'relay', holder: 'relay-a', expiresAt: 13_000 });
      expect(takenOver).toEqual({ _id: 'relay', holder: 'relay-b', expiresAt: 30_000 });
    }));

  it('{field: null} matches missing and null fields, and updateMany changes all of them', () =>
    store.inDatabase('null_match', async (db) => {
      const keys = db.collection<{ _id: string; retireAfter?: string | null }>('signing_keys');
      await keys.insertMany([{ _id: 'k1' }, { _id: 'k2', retireAfter: null }, { _id: 'k3', retireAfter: '2025-01-01T00:00:00.000Z' }]);

      const current = await keys.find({ retireAfter: null }).sort({ _id: 1 }).toArray();
      const retired = await keys.updateMany({ retireAfter: null }, { $set: { retireAfter: '2026-01-01T00:00:00.000Z' } });

      expect(current.map((k) => k._id)).toEqual(['k1', 'k2']);
      expect(retired.modifiedCount).toBe(2);
      expect(await keys.countDocuments({ retireAfter: '2026-01-01T00:00:00.000Z' })).toBe(2);
    }));

  it('$or, $and and $in select by scalar fields and by membership of an array field', () =>
    store.inDatabase('logical', async (db) => {
      const projects = db.collection<{ _id: string; leadPartnerId: string; donorIds: string[]; region: string }>('projects');
      await projects.insertMany([
        { _id: 'p1', leadPartnerId: 'amss', donorIds: ['sida'], region: 'mopti' },
        { _id: 'p2', leadPartnerId: 'other', donorIds: ['giz', 'amss'], region: 'gao' },
        { _id: 'p3', leadPartnerId: 'other', donorIds: ['sida'], region: 'mopti' },
      ]);
      const ids = async (filter: object) => (await projects.find(filter).sort({ _id: 1 }).toArray()).map((p) => p._id);

      expect(await ids({ $or: [{ leadPartnerId: 'amss' }, { donorIds: 'amss' }] })).toEqual(['p1', 'p2']);
      expect(await ids({ $and: [{ region: { $in: ['mopti', 'kidal'] } }, { donorIds: { $in: ['sida'] } }], _id: { $in: ['p1', 'p2', 'p3'] } })).toEqual(['p1', 'p3']);
      // One organisation's own page of a cursor-paged list.
      expect(await ids({ _id: { $eq: 'p3', $gt: 'p1' } })).toEqual(['p3']);
      expect(await ids({ _id: { $eq: 'p1', $gt: 'p1' } })).toEqual([]);
    }));

  it('sorts by two fields and projects by inclusion and exclusion', () =>
    store.inDatabase('sort_project', async (db) => {
      const disbursements = db.collection<{ _id: string; projectId: string; date: string; amount: number; appliedEvents: string[] }>('disbursements');
      await disbursements.createIndex({ projectId: 1 });
      await disbursements.insertMany([
        { _id: 'd3', projectId: 'p1', date: '2025-02-01', amount: 300, appliedEvents: ['e3'] },
        { _id: 'd2', projectId: 'p1', date: '2025-01-01', amount: 200, appliedEvents: ['e2'] },
        { _id: 'd1', projectId: 'p1', date: '2025-01-01', amount: 100, appliedEvents: ['e1'] },
        { _id: 'd4', projectId: 'p2', date: '2024-12-01', amount: 400, appliedEvents: ['e4'] },
      ]);

      const excluded = await disbursements.find({ projectId: 'p1' }, { projection: { appliedEvents: 0 } }).sort({ date: 1, _id: 1 }).toArray();
      const included = await disbursements.find({ _id: { $in: ['d1', 'd4'] } }, { projection: { amount: 1 } }).sort({ amount: -1 }).toArray();

      expect(excluded).toEqual([
        { _id: 'd1', projectId: 'p1', date: '2025-01-01', amount: 100 },
        { _id: 'd2', projectId: 'p1', date: '2025-01-01', amount: 200 },
        { _id: 'd3', projectId: 'p1', date: '2025-02-01', amount: 300 },
      ]);
      expect(included).toEqual([{ _id: 'd4', amount: 400 }, { _id: 'd1', amount: 100 }]);
    }));
});
