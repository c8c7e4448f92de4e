import { networkInterfaces } from 'node:os';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

const CONSOLE = 'http://console.tributary.test';

/**
 * Rate limits (per account and client on sign-in, per organisation on batches), security headers
 * and the CORS allow-list, on real services with deliberately low limits.
 */
describe('hardening', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatform('hardening', ['activities'], {
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3',
      RATE_LIMIT_SIGN_IN_PER_CLIENT: '1000',
      RATE_LIMIT_WRITES_PER_ORGANISATION: '1000',
      RATE_LIMIT_BULK_PER_ORGANISATION: '2',
      CORS_ORIGINS: CONSOLE,
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  const signIn = (username: string, password: string, language = 'fr') =>
    fetch(`${platform.url('directory')}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ grant_type: 'password', username, password }),
    });

  it('answers 429 with Retry-After, in the caller’s language, to the sign-in beyond the limit of one account, and not to another account', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await signIn(DEMO_USERS['donor-viewer'], 'pas le bon mot de passe')).status);
    expect(statuses).toEqual([401, 401, 401]);
    const refused = await signIn(DEMO_USERS['donor-viewer'], 'pas le bon mot de passe');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await refused.json()) as { type: string; title: string; detail: string };
    expect(problem.type).toMatch(/too-many-requests$/);
    expect(problem.title).toBe('Trop de requêtes');
    expect(problem.detail).toContain('3 connexions par minute pour un même compte');
    // Even the right password waits: the limit is on attempts, not on failures.
    expect((await signIn(DEMO_USERS['donor-viewer'], 'Tributary-demo-2026', 'en')).status).toBe(429);
    expect((await signIn(DEMO_USERS['me-officer'], 'Tributary-demo-2026')).status).toBe(200);
  });

  it('counts batches per organisation: the third in a minute is refused, another organisation’s goes through', async () => {
    const batch = async (who: 'cso-reporter' | 'program-manager') => {
      const { access_token } = await platform.signIn(DEMO_USERS[who]);
      return fetch(`${platform.url('activities')}/activities/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}`, 'accept-language': 'en' },
        body: JSON.stringify({ items: [] }),
      });
    };
    const first = await batch('cso-reporter');
    expect(first.status).not.toBe(429);
    expect((await batch('cso-reporter')).status).not.toBe(429);
    const third = await batch('cso-reporter');
    expect(third.status).toBe(429);
    expect(((await third.json()) as { detail: string }).detail).toContain('2 batches or imports a minute for one organisation');
    expect((await batch('program-manager')).status).not.toBe(429);
  });

  it('answers a request over a size limit with the limit named: 422 for items and page size, 413 for the body', async () => {
    const { access_token } = await platform.signIn(DEMO_USERS['program-manager']);
    const post = (path: string, body: string) => fetch(`${platform.url('activities')}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}`, 'accept-language': 'en' }, body,
    });
    const tooMany = await post('/activities/batch', JSON.stringify({ items: Array.from({ length: 201 }, () => ({})) }));
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toMatchObject({ type: expect.stringMatching(/limit-exceeded$/), errors: [{ field: 'items', message: 'must contain at most 200 item(s)' }] });
    const page = await fetch(`${platform.url('directory')}/organisations?limit=100000`, { headers: { authorization: `Bearer ${access_token}`, 'accept-language': 'en' } });
    expect(page.status).toBe(422);
    expect(((await page.json()) as { errors: { field: string; message: string }[] }).errors[0]).toMatchObject({ field: 'limit', message: expect.stringMatching(/^must be at most \d+$/) });
    const huge = await post('/activities/batch', JSON.stringify({ items: [], padding: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { detail: string }).detail).toBe('The body exceeds the limit of 2048 kB.');
  });

  it('sends security headers on every answer', async () => {
    for (const url of [`${platform.url('directory')}/health`, `${platform.url('activities')}/activities/nope`]) {
      const response = await fetch(url);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets the configured console origin call the API from a browser, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${platform.url('activities')}/activities`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const allowed = await preflight(CONSOLE);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('listens on the loopback interface only unless HOST says otherwise', async () => {
    const port = new URL(platform.url('directory')).port;
    const outside = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === 'IPv4');
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    if (!outside) return; // a machine with no other interface has nothing to refuse
    await expect(fetch(`http://${outside.address}:${port}/health/live`)).rejects.toThrow();
  });
});
