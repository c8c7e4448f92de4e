import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Every service process a test run starts writes its output here too, for the secrets scan. */
export const SERVICE_LOGS_DIR = path.resolve(__dirname, '..', '..', 'reports', 'service-logs');

/** What must never be in a log line or an error body: passwords, key material, tokens, secrets. */
const SECRETS: { what: string; pattern: RegExp }[] = [
  { what: 'the demo password', pattern: /Tributary-demo-2026/ },
  { what: 'a password a test sent', pattern: /pas le bon mot de passe|wrong-password/ },
  { what: 'private key material', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----|"d"\s*:\s*"[A-Za-z0-9_-]{40,}"/ },
  { what: 'a password field', pattern: /"(password|client_secret|refresh_token)"\s*:\s*"(?!\[Redacted\])[^"]+"/ },
  { what: 'a bearer token', pattern: /Bearer\s+eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./ },
];

export function secretsIn(text: string): string[] {
  return SECRETS.flatMap(({ what, pattern }) => {
    const line = text.split('\n').find((l) => pattern.test(l));
    return line ? [`${what}: ${line.slice(0, 300)}`] : [];
  });
}

export function clearServiceLogs(): void {
  rmSync(SERVICE_LOGS_DIR, { recursive: true, force: true });
  mkdirSync(SERVICE_LOGS_DIR, { recursive: true });
}

export function serviceLogWriter(name: string, pid: number | undefined): (chunk: Buffer | string) => void {
  if (!existsSync(SERVICE_LOGS_DIR)) mkdirSync(SERVICE_LOGS_DIR, { recursive: true });
  const file = path.join(SERVICE_LOGS_DIR, `${name.replace(/[^\w.-]/g, '_')}-${pid ?? 'unknown'}.log`);
  return (chunk) => appendFileSync(file, chunk);
}

/** Each log of the run that holds a secret, with what and the first line. */
export function secretsInServiceLogs(): string[] {
  if (!existsSync(SERVICE_LOGS_DIR)) return [];
  return readdirSync(SERVICE_LOGS_DIR).flatMap((file) =>
    secretsIn(readFileSync(path.join(SERVICE_LOGS_DIR, file), 'utf8')).map((finding) => `${file}: ${finding}`));
}
