import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const paused = new Set<string>();

/**
 * Named crash points for fault-injection tests. A process started with
 * TRIBUTARY_FAILPOINTS=outbox.before-publish dies by SIGKILL the first time it reaches that point,
 * exactly as a power cut would. `<point>=pause` instead stops the whole process there, the first
 * time, until the test removes the file `<point>.paused` it writes in TRIBUTARY_FAILPOINT_DIR: the
 * test can then break something underneath it (kill the store) mid-operation. Unset in production,
 * this is a single string lookup.
 */
export function failpoint(name: string): void {
  const armed = process.env.TRIBUTARY_FAILPOINTS;
  if (!armed) return;
  for (const entry of armed.split(',')) {
    const [point, action = 'kill'] = entry.split('=');
    if (point !== name) continue;
    if (action === 'kill') process.kill(process.pid, 'SIGKILL');
    if (action === 'pause' && !paused.has(name)) {
      paused.add(name);
      pauseUntilReleased(name);
    }
  }
}

/** Blocks the event loop too, so nothing of the process moves on while it is paused. */
function pauseUntilReleased(name: string): void {
  const marker = path.join(process.env.TRIBUTARY_FAILPOINT_DIR ?? tmpdir(), `${name}.paused`);
  writeFileSync(marker, String(process.pid));
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (existsSync(marker)) Atomics.wait(sleeper, 0, 0, 50);
}
