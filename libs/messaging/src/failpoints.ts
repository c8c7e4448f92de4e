/**
 * Named crash points for fault-injection tests: a process started with
 * TRIBUTARY_FAILPOINTS=outbox.before-publish dies by SIGKILL the first time it reaches that point,
 * exactly as a power cut would. Unset in production, this is a single string lookup.
 */
export function failpoint(name: string): void {
  const armed = process.env.TRIBUTARY_FAILPOINTS;
  if (armed && armed.split(',').includes(name)) process.kill(process.pid, 'SIGKILL');
}
