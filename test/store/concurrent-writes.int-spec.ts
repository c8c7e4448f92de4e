import { codeOf, storeUnderTest } from './store-under-test';

// The outbox, the read models and every command rest on MongoDB's atomic single-document write:
// concurrent updates of one document must all apply, and of conditional ones exactly one may win.
describe('store: concurrent writes to one document', () => {
  const store = storeUnderTest('store concurrency');

  it('applies all of 200 concurrent $inc on one document', () =>
    store.inDatabase('inc', async (db) => {
      const tallies = db.collection<{ _id: string; total: number }>('tallies');
      await tallies.insertOne({ _id: 'ML0701', total: 0 });

      const results = await Promise.all(Array.from({ length: 200 }, () => tallies.updateOne({ _id: 'ML0701' }, { $inc: { total: 1 } })));

      expect(results.filter((r) => r.modifiedCount === 1)).toHaveLength(200);
      expect(await tallies.findOne({ _id: 'ML0701' })).toEqual({ _id: 'ML0701', total: 200 });
    }));

  it('lets exactly one of 20 concurrent version-checked updateOne win', () =>
    store.inDatabase('version_update', async (db) => {
      const grants = db.collection<{ _id: string; version: number; approvedBy?: number }>('grants');
      await grants.insertOne({ _id: 'grant-1', version: 0 });

      const results = await Promise.all(
        Array.from({ length: 20 }, (_, writer) => grants.updateOne({ _id: 'grant-1', version: 0 }, { $set: { version: 1, approvedBy: writer } })),
      );

      const winners = results.flatMap((r, writer) => (r.modifiedCount === 1 ? [writer] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.matchedCount === 0)).toHaveLength(19);
      expect(await grants.findOne({ _id: 'grant-1' })).toEqual({ _id: 'grant-1', version: 1, approvedBy: winners[0] });
    }));

  it('lets exactly one of 20 concurrent version-checked findOneAndUpdate win', () =>
    store.inDatabase('version_find_update', async (db) => {
      const grants = db.collection<{ _id: string; version: number; approvedBy?: number }>('grants');
      await grants.insertOne({ _id: 'grant-1', version: 0 });

      const results = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          grants.findOneAndUpdate({ _id: 'grant-1', version: 0 }, { $set: { version: 1, approvedBy: writer } }, { returnDocument: 'after' }),
        ),
      );

      const winners = results.flatMap((r, writer) => (r ? [writer] : []));
      expect(winners).toHaveLength(1);
      expect(results[winners[0]]).toEqual({ _id: 'grant-1', version: 1, approvedBy: winners[0] });
      expect(await grants.findOne({ _id: 'grant-1' })).toEqual({ _id: 'grant-1', version: 1, approvedBy: winners[0] });
    }));

  it('accepts exactly one of 50 concurrent inserts of the same unique key; the others fail with 11000', () =>
    store.inDatabase('unique_insert', async (db) => {
      const users = db.collection<{ email: string; writer: number }>('users');
      await users.createIndex({ email: 1 }, { unique: true });

      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, writer) => users.insertOne({ email: 'awa.traore@amss.ml', writer })),
      );

      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected').map(codeOf)).toEqual(Array(49).fill(11000));
      expect(await users.countDocuments({ email: 'awa.traore@amss.ml' })).toBe(1);
    }));
});
