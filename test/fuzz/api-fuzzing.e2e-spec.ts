import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { ServiceName } from '../support/service-processes';

type Rule = { kind: 'public'; reason: string } | { kind: 'authenticated'; roles: string[]; scopes: string[] };
type Document = { paths: Record<string, Record<string, { operationId: string; 'x-access': Rule }>> };

const here = __dirname;
const REPORTS = path.join(here, '..', '..', 'reports', 'fuzz');
const ROLES = Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[];
const FEEDS_CLIENT = 'feeds-client';
const ANONYMOUS = 'anonymous';
// One at a time: two fuzzed at once (each rebuilding its read models again and again) overload the
// local store on two cores, and time out. The directory last: fuzzing it disables users, changes
// their roles, locks their sign-in and rotates the signing keys, which the tokens signed in
// beforehand outlive but a later sign-in might not.
const SERVICES: ServiceName[] = ['grants', 'activities', 'indicators', 'directory'];
// Small enough for CI (the whole suite takes a few minutes on 2 cores); FUZZ_MAX_EXAMPLES raises it
// for a deeper run, FUZZ_SEED replays or varies one.
const MAX_EXAMPLES = process.env.FUZZ_MAX_EXAMPLES ?? '5';
const SEED = process.env.FUZZ_SEED ?? '20261122';

/** Who may call an operation, as its document says: roles, a client with one of the scopes, or anyone. */
function callersOf(rule: Rule): string[] {
  if (rule.kind === 'public') return [ANONYMOUS];
  return [...rule.roles, ...(rule.scopes.includes('feeds:read') ? [FEEDS_CLIENT] : [])];
}

/** Runs schemathesis with every check over the given operations; resolves with its exit code and output. */
function schemathesis(st: string, documentUrl: string, operationIds: string[], token: string | undefined) {
  const args = [
    '--config-file', path.join(here, 'schemathesis.toml'),
    'run', documentUrl,
    '--checks', 'all',
    '--max-examples', MAX_EXAMPLES,
    '--seed', SEED,
    '--include-operation-id-regex', `^(${operationIds.join('|')})$`,
    '--generation-database', 'none',
    '--no-color',
    ...(token ? ['--header', `Authorization: Bearer ${token}`] : []),
  ];
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    // Run where its reports go, so what it keeps for `st replay` stays there too.
    const child = spawn(st, args, { cwd: REPORTS, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** The failures schemathesis reports when fuzzing one service with the token of each caller it lets in. */
async function fuzzService(st: string, platform: PlatformUnderTest, service: ServiceName, tokens: Record<string, string | undefined>) {
  const documentUrl = `${platform.url(service)}/docs-json`;
  const document = (await (await fetch(documentUrl)).json()) as Document;
  const operationsBy = new Map<string, string[]>();
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      for (const caller of callersOf(operation['x-access'])) operationsBy.set(caller, [...(operationsBy.get(caller) ?? []), operation.operationId]);
    }
  }
  // Admin last: it may disable or demote the other callers' users (their tokens stay valid).
  const callers = [ANONYMOUS, FEEDS_CLIENT, ...ROLES.filter((r) => r !== 'admin'), 'admin'].filter((c) => operationsBy.has(c));
  const failures: string[] = [];
  for (const caller of callers) {
    const started = Date.now();
    const { code, output } = await schemathesis(st, documentUrl, operationsBy.get(caller) as string[], tokens[caller]);
    const report = path.join(REPORTS, `${service}-${caller}.txt`);
    writeFileSync(report, output);
    const summary = output.trim().split('\n').pop();
    console.log(`${service} as ${caller}: ${operationsBy.get(caller)?.length} operations, exit ${code} in ${Math.round((Date.now() - started) / 1000)} s ${summary}`);
    if (code !== 0) {
      const at = output.search(/^=+ (FAILURES|ERRORS) =+$/m);
      const failed = output.slice(Math.max(at, 0));
      failures.push(`${service} as ${caller}, schemathesis exited ${code} (all of it in ${report}):\n${failed.length > 8000 ? `${failed.slice(0, 8000)}\n…` : failed}`);
    }
  }
  return failures;
}

/**
 * Schemathesis over every operation of the four services, with the token of each caller the
 * operation's access rule lets in (each role, a feeds client, or none for public operations), and
 * every one of its checks: no 500, only documented statuses, content types, headers and bodies,
 * bad input refused with 4xx, input that fits the schema accepted, no answer without a valid token
 * (test/fuzz/schemathesis.toml says which answers count as what, and why). The answers are also
 * checked against the document by the services themselves (NODE_ENV=test): a mismatch is a 500.
 */
describe('fuzzing every operation of the four services with schemathesis', () => {
  let platform: PlatformUnderTest;
  let st: string;
  const tokens: Record<string, string | undefined> = { [ANONYMOUS]: undefined };

  beforeAll(async () => {
    st = execFileSync('bash', [path.join(here, 'ensure-schemathesis.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    mkdirSync(REPORTS, { recursive: true });
    // Tokens are signed in once, before any fuzzing, and outlive the whole run.
    platform = await startPlatform('api fuzzing', ['grants', 'activities', 'indicators'], { ACCESS_TOKEN_TTL_SECONDS: '3600' });
    for (const role of ROLES) tokens[role] = (await platform.signIn(DEMO_USERS[role])).access_token;
    tokens[FEEDS_CLIENT] = await platform.signInFeedsClient(tokens.admin as string);
  }, 300000);
  afterAll(() => platform?.stop());

  it.each(SERVICES)(
    '%s: no failure on any operation, for any caller it lets in',
    async (service) => expect(await fuzzService(st, platform, service, tokens)).toEqual([]),
    600000,
  );
});
