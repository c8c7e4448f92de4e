import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, connect } from './store-under-test';

const infraScript = path.resolve(__dirname, '..', '..', 'deploy', 'local', 'infra.sh');
const infra = process.env.TRIBUTARY_TEST_INFRA;
// Killing and restarting needs a server this run starts itself; MongoDB in a container or at MONGO_URL is not one.
const onLocalServer = infra === 'local';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A local server of its own, so killing it cannot harm the one the other suites share. */
function ownServer(dataDir: string, port: number) {
  const run = (command: 'start-mongo' | 'stop-mongo') =>
    execFileSync('bash', [infraScript, command], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TRIBUTARY_DATA_DIR: dataDir, MONGO_PORT: String(port) },
    });
  return {
    url: `mongodb://127.0.0.1:${port}`,
    start: () => run('start-mongo'),
    stop: () => run('stop-mongo'),
    async killHard(): Promise<void> {
      process.kill(Number(readFileSync(path.join(dataDir, 'mongo', 'pid'), 'utf8').trim()), 'SIGKILL');
      // Restarting while the killed process still holds the port would find it "already running".
      const deadline = Date.now() + 10_000;
      while (await portOpen(port)) {
        if (Date.now() > deadline) throw new Error(`port ${port} still open 10 s after kill -9`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

interface Report {
  _id: number;
  validations: number;
}

describe('store: durability of acknowledged writes', () => {
  const title = 'keeps all of 1,000 acknowledged writes when killed with kill -9 right after them';
  const itOnLocalServer = onLocalServer ? it : it.skip;

  itOnLocalServer(onLocalServer ? title : `${title} (skipped: only a local server can be killed here; this run uses ${infra})`, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tributary-store-kill-'));
    const server = ownServer(dataDir, await freePort());
    let client: Client | undefined;
    try {
      server.start();
      client = await connect(server.url);
      const reports = client.db('test_store_kill').collection<Report>('reports');
      // Read back through an index too: one rebuilt after the crash must agree with the documents.
      await reports.createIndex({ validations: 1 });
      for (let n = 0; n < 500; n++) await reports.insertOne({ _id: n, validations: 0 });
      for (let n = 0; n < 500; n++) await reports.updateOne({ _id: n }, { $inc: { validations: 1 } });

      await server.killHard();
      await client.close(true);
      server.start();
      client = await connect(server.url);
      const restarted = client.db('test_store_kill').collection<Report>('reports');

      const validated = await restarted.find({ validations: 1 }, { projection: { _id: 1 } }).sort({ _id: 1 }).toArray();
      expect(await restarted.countDocuments({})).toBe(500);
      expect(validated.map((r) => r._id)).toEqual(Array.from({ length: 500 }, (_, n) => n));
      expect(await restarted.countDocuments({ validations: 0 })).toBe(0);
    } finally {
      await client?.close(true);
      server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
