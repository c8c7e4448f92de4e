import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { serviceLogWriter } from './service-logs';
import { requiredInfrastructure } from './test-namespace';

/** The repository root, from the sources (jest) or from their build under dist/ (benchmarks). */
const repo = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export type ServiceName = 'directory' | 'grants' | 'activities' | 'indicators';

/** A platform service by name, or a compiled test fixture by its path under dist/. */
export type Launchable = ServiceName | { fixture: string };

export interface RunningService {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Suites drive many requests from one organisation in seconds; the rate-limit suite sets its own. */
const GENEROUS_RATE_LIMITS = {
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '100000',
  RATE_LIMIT_SIGN_IN_PER_CLIENT: '100000',
  RATE_LIMIT_WRITES_PER_ORGANISATION: '100000',
  RATE_LIMIT_BULK_PER_ORGANISATION: '100000',
};

/** Spawns a built service as its own OS process, the way the platform runs it. */
export function spawnService(what: Launchable, env: Record<string, string>): { process: ChildProcess; output: () => string } {
  const entry =
    typeof what === 'string' ? path.join(repo, 'dist', 'apps', what, 'src', 'main.js') : path.join(repo, 'dist', what.fixture);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm test does)`);
  const args =
    typeof what === 'string'
      ? [path.join(repo, 'deploy', 'run-service.js'), what]
      : [path.join(repo, 'test', 'support', 'run-dist.js'), what.fixture];
  const { kafkaBrokers, mongoUrl } = requiredInfrastructure();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, LOG_LEVEL: 'warn', ...GENEROUS_RATE_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = serviceLogWriter(typeof what === 'string' ? what : path.basename(what.fixture), child.pid);
  child.stdout?.on('data', (chunk) => {
    output += chunk;
    log(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
    log(chunk);
  });
  return { process: child, output: () => output };
}

export function exited(child: ChildProcess): Promise<number | null> {
  // A process ended by a signal (kill -9, a failpoint) keeps a null exit code: its signal says it is gone.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Starts the service and waits until GET /health answers 200, or fails with its output. Pass PORT
 * in env to restart a service where it was.
 */
export async function startService(what: Launchable, env: Record<string, string>, timeoutMs = 60000): Promise<RunningService> {
  const name = typeof what === 'string' ? what : what.fixture;
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const { process: child, output } = spawnService(what, { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (healthy) {
      return {
        name,
        url,
        process: child,
        output,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill(signal);
            await exited(child);
          }
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} not healthy within ${timeoutMs} ms:\n${output()}`);
}
