import { MongoClient } from 'mongodb';

/** Drops a benchmark's database once its application has closed. */
export async function dropDatabase(name: string): Promise<void> {
  const client = await MongoClient.connect(process.env.MONGO_URL!);
  try {
    await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
