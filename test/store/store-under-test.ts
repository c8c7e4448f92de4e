import mongoose from 'mongoose';
import { requiredInfrastructure, testNamespace } from '../support/test-namespace';

// Through mongoose's copy of the driver, so the suite needs no direct `mongodb` dependency.
export type Client = mongoose.mongo.MongoClient;
export type Db = mongoose.mongo.Db;

/**
 * A client to the MongoDB-wire server the integration setup provides. The pool is large enough
 * that the concurrency checks really have 200 operations in flight at the server, not 100 queued
 * behind the driver's default pool.
 */
export function connect(url = requiredInfrastructure().mongoUrl): Promise<Client> {
  return new mongoose.mongo.MongoClient(url, { maxPoolSize: 200 }).connect();
}

/** One client per suite; each check runs in a database of its own, dropped when the check ends. */
export function storeUnderTest(suite: string) {
  const ns = testNamespace(suite);
  let client: Client | undefined;
  beforeAll(async () => {
    client = await connect();
  });
  afterAll(() => client?.close(true));

  return {
    get client(): Client {
      if (!client) throw new Error('the store client connects in beforeAll');
      return client;
    },
    /** A fresh database for the check; a failing check still drops it but reports its own failure. */
    async inDatabase<T>(check: string, body: (db: Db) => Promise<T>): Promise<T> {
      const db = this.client.db(ns.database(check));
      const result = await body(db).catch(async (error) => {
        await db.dropDatabase().catch(() => undefined);
        throw error;
      });
      await db.dropDatabase();
      return result;
    },
    /** A database name of the suite's own, for checks that share a database or use two clients. */
    database: (name: string) => ns.database(name),
  };
}

/** The MongoDB error code of a rejected write, e.g. 11000 for a duplicate key. */
export const codeOf = (outcome: PromiseSettledResult<unknown>): number | undefined =>
  outcome.status === 'rejected' ? (outcome.reason as { code?: number }).code : undefined;

/**
 * Fails with a readable reason instead of waiting for jest's timeout, for operations a server is
 * known to hang on (FerretDB never answers a large bulkWrite).
 */
export function within<T>(seconds: number, what: string, operation: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not complete within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
}

/** Roughly 3 kB of payload, the size of an aggregate with a few pending events. */
export const PAYLOAD = 'peacebuilding activity report; '.repeat(100);
