import { codeOf, PAYLOAD, storeUnderTest, within } from './store-under-test';

interface Sheet {
  _id: string;
  reports: number;
  payload: string;
}

const sheet = (n: number, reports = 0): Sheet => ({ _id: `sheet-${String(n).padStart(4, '0')}`, reports, payload: PAYLOAD });

describe('store: bulk writes', () => {
  const store = storeUnderTest('store bulk');

  it('completes an unordered bulkWrite of 1,000 updateOne by _id and insertOne with the right counts', () =>
    store.inDatabase('bulk_1000', async (db) => {
      const sheets = db.collection<Sheet>('sheets');
      await sheets.insertMany(Array.from({ length: 500 }, (_, n) => sheet(n)));

      const operations = Array.from({ length: 500 }, (_, n) => [
        { updateOne: { filter: { _id: sheet(n)._id }, update: { $inc: { reports: 1 } } } },
        { insertOne: { document: sheet(500 + n, 1) } },
      ]).flat();
      const result = await within(30, 'a bulkWrite of 1,000 operations', sheets.bulkWrite(operations, { ordered: false }));

      expect({ matched: result.matchedCount, modified: result.modifiedCount, inserted: result.insertedCount }).toEqual({
        matched: 500,
        modified: 500,
        inserted: 500,
      });
      expect(await sheets.countDocuments({})).toBe(1000);
      expect(await sheets.countDocuments({ reports: 1 })).toBe(1000);
    }));

  // The value sheets store rewrites whole sheets this way.
  it('replaces documents by _id in an unordered bulkWrite', () =>
    store.inDatabase('bulk_replace', async (db) => {
      const sheets = db.collection<Sheet>('sheets');
      await sheets.insertMany(Array.from({ length: 50 }, (_, n) => sheet(n)));

      const result = await sheets.bulkWrite(
        Array.from({ length: 50 }, (_, n) => ({ replaceOne: { filter: { _id: sheet(n)._id }, replacement: { reports: n, payload: 'rewritten' } } })),
        { ordered: false },
      );

      expect(result.modifiedCount).toBe(50);
      expect(await sheets.findOne({ _id: sheet(7)._id })).toEqual({ _id: sheet(7)._id, reports: 7, payload: 'rewritten' });
    }));

  it('inserts the rest of an unordered insertMany when one document is a duplicate, and reports 11000', () =>
    store.inDatabase('insert_many_dup', async (db) => {
      const sheets = db.collection<Sheet>('sheets');
      await sheets.insertOne(sheet(3));

      const [outcome] = await Promise.allSettled([sheets.insertMany(Array.from({ length: 10 }, (_, n) => sheet(n)), { ordered: false })]);

      expect(codeOf(outcome)).toBe(11000);
      expect(await sheets.countDocuments({})).toBe(10);
    }));
});
