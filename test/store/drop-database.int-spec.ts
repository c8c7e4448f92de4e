import { Client, connect, PAYLOAD, storeUnderTest } from './store-under-test';

// Tests and tools drop whole databases while services still hold pooled connections to them;
// FerretDB's SQLite backend has died (SIGBUS) on that, which is why nothing dropped databases.
describe('store: dropping a database while other connections use it', () => {
  const store = storeUnderTest('store drop');
  let other: Client | undefined;
  afterAll(() => other?.close(true));

  it('keeps the server answering and the other client working on another database', async () => {
    other = await connect();
    const dropped = other.db(store.database('dropped'));
    const kept = other.db(store.database('kept'));
    const activities = dropped.collection<{ _id: number; cercle: string; payload: string }>('activities');
    await activities.createIndex({ cercle: 1 });
    await activities.insertMany(Array.from({ length: 2000 }, (_, n) => ({ _id: n, cercle: `ML07${n % 10}`, payload: PAYLOAD })));

    // A cursor held open on the server, and queries still in flight when the drop arrives.
    const cursor = activities.find({}).batchSize(10);
    expect(await cursor.next()).not.toBeNull();
    const inFlight = Promise.allSettled([
      activities.find({ cercle: 'ML073' }).toArray(),
      activities.countDocuments({}),
      activities.updateMany({}, { $set: { touched: true } }),
      cursor.toArray(),
    ]);

    await store.client.db(store.database('dropped')).dropDatabase();
    // Whether each of them saw the data or an error does not matter; that they all return does.
    expect(await inFlight).toHaveLength(4);
    await cursor.close().catch(() => undefined);

    expect(await store.client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    expect(await other.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    expect(await activities.countDocuments({})).toBe(0);

    const reports = kept.collection<{ _id: string; participants: number }>('reports');
    await reports.insertOne({ _id: 'report-1', participants: 188 });
    await reports.updateOne({ _id: 'report-1' }, { $inc: { participants: 12 } });
    expect(await reports.findOne({ _id: 'report-1' })).toEqual({ _id: 'report-1', participants: 200 });
    await kept.dropDatabase();
    // Reading it above brings the dropped database back, empty, on mongo-java-server (not on MongoDB).
    await dropped.dropDatabase();
    expect(await store.client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  });
});
