import { Db, PAYLOAD, storeUnderTest } from './store-under-test';

interface Report {
  _id: string;
  version: number;
  subGrantId: string;
  changeSequence: number;
  hasPendingEvents: boolean;
  payload: string;
  pendingEvents?: { id: string }[];
  pendingCount?: number;
  status?: string;
}

const DOCUMENTS = 20_000;
const REPORTS_PER_SUB_GRANT = 20;
const reportId = (n: number) => `report-${String(n).padStart(5, '0')}`;
const subGrantOf = (n: number) => `sg-${String(n % (DOCUMENTS / REPORTS_PER_SUB_GRANT)).padStart(4, '0')}`;
const withPendingEvents = (n: number) => n % 1000 === 0;
const report = (n: number): Report => ({
  _id: reportId(n),
  version: 0,
  subGrantId: subGrantOf(n),
  changeSequence: n,
  hasPendingEvents: withPendingEvents(n),
  payload: PAYLOAD,
});

// Only that these complete and are right; how fast they are is bench/store.bench.ts's job. The
// reads and writes here are the hot paths: commands by _id, the outbox's version-checked write,
// read models by a secondary index.
describe('store: at 20,000 documents of ~3 kB', () => {
  const store = storeUnderTest('store 20k');

  describe('one seeded collection', () => {
    let db: Db;
    const reports = () => db.collection<Report>('reports');

    beforeAll(async () => {
      db = store.client.db(store.database('reports'));
      await reports().createIndex({ subGrantId: 1 });
      await reports().createIndex({ changeSequence: 1 });
      await reports().createIndex({ hasPendingEvents: 1 });
      for (let from = 0; from < DOCUMENTS; from += 1000) {
        await reports().insertMany(Array.from({ length: 1000 }, (_, i) => report(from + i)));
      }
    }, 120_000);
    afterAll(() => db?.dropDatabase());

    it('holds all the seeded documents', async () => {
      expect(await reports().countDocuments({})).toBe(DOCUMENTS);
    });

    it('finds by an indexed, non-unique field exactly the documents that have the value', async () => {
      const found = await reports().find({ subGrantId: 'sg-0417' }, { projection: { payload: 0 } }).toArray();

      const expected = Array.from({ length: DOCUMENTS }, (_, n) => n).filter((n) => subGrantOf(n) === 'sg-0417');
      expect(found.map((r) => r._id).sort()).toEqual(expected.map(reportId));
      expect(found).toHaveLength(REPORTS_PER_SUB_GRANT);
    });

    // The outbox relay's scan: the few documents with pending events, by an indexed flag.
    it('finds by an indexed boolean flag exactly the documents that have it set', async () => {
      const found = await reports().find({ hasPendingEvents: true }, { projection: { _id: 1 } }).limit(100).toArray();

      expect(found.map((r) => r._id).sort()).toEqual(Array.from({ length: DOCUMENTS }, (_, n) => n).filter(withPendingEvents).map(reportId));
    });

    it('updates one document by _id and leaves its neighbours alone', async () => {
      const result = await reports().updateOne({ _id: reportId(12_345) }, { $set: { status: 'validated' } });

      expect({ matched: result.matchedCount, modified: result.modifiedCount }).toEqual({ matched: 1, modified: 1 });
      expect(await reports().findOne({ _id: reportId(12_345) }, { projection: { payload: 0 } })).toMatchObject({ status: 'validated', version: 0 });
      expect(await reports().countDocuments({ status: 'validated' })).toBe(1);
    });

    it('applies a version-checked updateOne by {_id, version} once, and not with a stale version', async () => {
      const filter = { _id: reportId(4_321), version: 0 };
      const first = await reports().updateOne(filter, { $set: { version: 1, status: 'submitted' } });
      const stale = await reports().updateOne(filter, { $set: { version: 1, status: 'returned' } });

      expect({ matched: first.matchedCount, modified: first.modifiedCount }).toEqual({ matched: 1, modified: 1 });
      expect({ matched: stale.matchedCount, modified: stale.modifiedCount }).toEqual({ matched: 0, modified: 0 });
      expect(await reports().findOne({ _id: reportId(4_321) }, { projection: { payload: 0 } })).toMatchObject({ version: 1, status: 'submitted' });
    });

    // The outbox's write: the change and its events in one version-checked findOneAndUpdate.
    it('returns the changed document from a version-checked findOneAndUpdate with $push $each and $inc', async () => {
      const updated = await reports().findOneAndUpdate(
        { _id: reportId(19_999), version: 0 },
        { $set: { version: 1 }, $push: { pendingEvents: { $each: [{ id: 'e1' }, { id: 'e2' }] } }, $inc: { pendingCount: 2 } },
        { returnDocument: 'after' },
      );
      const stale = await reports().findOneAndUpdate({ _id: reportId(19_999), version: 0 }, { $set: { version: 2 } });

      expect(updated).toEqual({ ...report(19_999), version: 1, pendingEvents: [{ id: 'e1' }, { id: 'e2' }], pendingCount: 2 });
      expect(stale).toBeNull();
    });

    it('finds exactly the documents named by _id: {$in: [...]}', async () => {
      const wanted = [7, 3_000, 11_111, 15_000, 19_998].map(reportId);

      const found = await reports().find({ _id: { $in: [...wanted, 'report-missing'] } }, { projection: { _id: 1 } }).toArray();

      expect(found.map((r) => r._id).sort()).toEqual(wanted);
    });

    // A server that narrows by the _id or an index must still apply the rest of the filter.
    it('matches nothing when _id matches but another field of the filter does not', async () => {
      const id = reportId(8_888);

      const byId = await reports().updateOne({ _id: id, subGrantId: 'sg-9999' }, { $set: { status: 'wrong' } });
      const byIdAndVersion = await reports().updateOne({ _id: id, version: 7 }, { $set: { status: 'wrong' } });
      const byIds = await reports().updateMany({ _id: { $in: [id, reportId(8_889)] }, version: 7 }, { $set: { status: 'wrong' } });
      const byIndex = await reports().updateMany({ subGrantId: subGrantOf(8_888), version: 7 }, { $set: { status: 'wrong' } });

      expect([byId, byIdAndVersion, byIds, byIndex].map((r) => r.matchedCount)).toEqual([0, 0, 0, 0]);
      expect(await reports().findOne({ _id: id, subGrantId: 'sg-9999' })).toBeNull();
      expect(await reports().findOne({ _id: id })).toEqual(report(8_888));
      expect(await reports().countDocuments({ status: 'wrong' })).toBe(0);
    });

    // The feeds' query: visible projects by $in on an index, changes after a cursor, in order.
    it('combines $in on an indexed field with a range on another, sorted and limited', async () => {
      const found = await reports()
        .find({ subGrantId: { $in: ['sg-0001', 'sg-0002', 'sg-9999'] }, changeSequence: { $gt: 15_000 } }, { projection: { changeSequence: 1 } })
        .sort({ changeSequence: 1 })
        .limit(4)
        .toArray();

      expect(found.map((r) => r.changeSequence)).toEqual([15_001, 15_002, 16_001, 16_002]);
    });

    it('sorts and limits on an indexed field and pages by _id', async () => {
      const newest = await reports().find({}, { projection: { changeSequence: 1 } }).sort({ changeSequence: -1 }).limit(1).toArray();
      const after = await reports()
        .find({ changeSequence: { $gt: 15_000 } }, { projection: { changeSequence: 1 } })
        .sort({ changeSequence: 1 })
        .limit(3)
        .toArray();
      const page = await reports().find({ _id: { $gt: reportId(10_000) } }, { projection: { _id: 1 } }).sort({ _id: 1 }).limit(3).toArray();

      expect(newest.map((r) => r.changeSequence)).toEqual([19_999]);
      expect(after.map((r) => r.changeSequence)).toEqual([15_001, 15_002, 15_003]);
      expect(page.map((r) => r._id)).toEqual([10_001, 10_002, 10_003].map(reportId));
    });
  });
});
