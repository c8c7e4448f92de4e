import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { requiredInfrastructure } from './test-namespace';

const repo = path.resolve(__dirname, '..', '..');

export type ServiceName = 'directory' | 'grants' | 'activities' | 'indicators';

export interface RunningService {
  name: ServiceName;
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

/** Spawns a built service as its own OS process, the way the platform runs it. */
export function spawnService(name: ServiceName, env: Record<string, string>): { process: ChildProcess; output: () => string } {
  const entry = path.join(repo, 'dist', 'apps', name, 'src', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm test does)`);
  const { kafkaBrokers, mongoUrl } = requiredInfrastructure();
  const child = spawn(process.execPath, [path.join(repo, 'deploy', 'run-service.js'), name], {
    env: { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { process: child, output: () => output };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts the service and waits until GET /health answers 200, or fails with its output. */
export async function startService(name: ServiceName, env: Record<string, string>, timeoutMs = 60000): Promise<RunningService> {
  const port = await freePort();
  const { process: child, output } = spawnService(name, { ...env, PORT: String(port) });
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
          if (child.exitCode === null) {
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
