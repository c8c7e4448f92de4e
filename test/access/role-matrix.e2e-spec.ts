import { body } from '../support/answers';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

type Rule = { kind: 'public'; reason: string } | { kind: 'authenticated'; roles: string[]; scopes: string[] };
interface Operation {
  service: string;
  method: string;
  path: string;
  rule?: Rule;
}

const SERVICES = ['directory', 'grants', 'activities', 'indicators'] as const;
const ROLES = Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[];

/**
 * Walks every operation of every service's OpenAPI document with each role, a feeds client and no
 * token at all: an operation without a declared rule fails here, and every declared rule is
 * enforced exactly (403 for roles outside it, never 401/403 for roles inside it).
 */
describe('role matrix over every OpenAPI operation of every service', () => {
  let platform: PlatformUnderTest;
  const tokens: Record<string, string> = {};
  const operations: Operation[] = [];

  beforeAll(async () => {
    platform = await startPlatform('role matrix', ['grants', 'activities', 'indicators']);
    for (const role of ROLES) tokens[role] = (await platform.signIn(DEMO_USERS[role])).access_token;
    tokens['feeds-client'] = await platform.signInFeedsClient(tokens.admin);

    for (const service of SERVICES) {
      const document = (await (await fetch(`${platform.url(service)}/docs-json`)).json()) as {
        paths: Record<string, Record<string, { 'x-access'?: Rule }>>;
      };
      for (const [path, methods] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          operations.push({ service, method: method.toUpperCase(), path, rule: operation['x-access'] });
        }
      }
    }
  });
  afterAll(() => platform?.stop());

  // Every operation with a made-up id and an empty body, which the typed client would not send: a
  // caller outside the rule is refused before either is looked at.
  const call = (op: Operation, token?: string) =>
    fetch(`${platform.url(op.service as (typeof SERVICES)[number])}${op.path.replace(/\{[^}]+\}/g, 'matrix-probe-id')}`, {
      method: op.method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(['POST', 'PUT', 'PATCH'].includes(op.method) ? { body: '{}' } : {}),
    });

  it('finds the operations of all four services', () => {
    expect(new Set(operations.map((o) => o.service))).toEqual(new Set(SERVICES));
    expect(operations.length).toBeGreaterThan(15);
  });

  it('declares an access rule on every operation', () => {
    expect(operations.filter((o) => !o.rule).map((o) => `${o.service} ${o.method} ${o.path}`)).toEqual([]);
  });

  it('gives every public operation a reason', () => {
    for (const op of operations.filter((o) => o.rule?.kind === 'public')) {
      expect((op.rule as { reason: string }).reason.length).toBeGreaterThan(10);
    }
  });

  it('enforces each rule for every role, a feeds client and an anonymous caller', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      if (op.rule?.kind !== 'authenticated') continue;
      const rule = op.rule;
      const anonymous = await call(op);
      if (anonymous.status !== 401) wrong.push(`${op.service} ${op.method} ${op.path} anonymous → ${anonymous.status}`);
      for (const caller of [...ROLES, 'feeds-client']) {
        const allowed = caller === 'feeds-client' ? rule.scopes.includes('feeds:read') : rule.roles.includes(caller);
        const status = (await call(op, tokens[caller])).status;
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === 403;
        if (!ok) wrong.push(`${op.service} ${op.method} ${op.path} as ${caller} (allowed: ${allowed}) → ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
