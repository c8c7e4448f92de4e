import { generateKeyPairSync } from 'node:crypto';
import { decode, sign } from 'jsonwebtoken';
import { MongoClient } from 'mongodb';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { requiredInfrastructure } from '../support/test-namespace';

describe('directory: sign-in, tokens and their verification', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatform('tokens', ['grants']);
  });
  afterAll(() => platform?.stop());

  const directory = () => platform.url('directory');
  const token = (body: object) =>
    fetch(`${directory()}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const me = (accessToken: string) => fetch(`${directory()}/users/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  const whoAmIOnGrants = (accessToken: string) =>
    fetch(`${platform.url('grants')}/auth/whoami`, { headers: { authorization: `Bearer ${accessToken}` } });

  async function privateKey(): Promise<{ kid: string; pem: string }> {
    const client = await MongoClient.connect(requiredInfrastructure().mongoUrl);
    try {
      const [key] = await client.db(platform.directoryDatabase).collection<{ _id: string; privateKeyPem: string }>('signing_keys')
        .find({ retireAfter: null }).sort({ createdAt: -1 }).limit(1).toArray();
      return { kid: key._id, pem: key.privateKeyPem };
    } finally {
      await client.close();
    }
  }

  it('signs in with a password and issues an RS256 access token with sub, org, roles, aud and iss', async () => {
    const tokens = await platform.signIn(DEMO_USERS['cso-reporter']);
    const decoded = decode(tokens.access_token, { complete: true }) as { header: { alg: string; kid: string }; payload: Record<string, unknown> };
    expect(decoded.header.alg).toBe('RS256');
    expect(decoded.payload).toMatchObject({
      sub: 'user-reporter-amss', org: 'org-amss', roles: ['cso-reporter'], aud: 'tributary', iss: 'tributary-directory', lang: 'fr',
    });
    const response = await me(tokens.access_token);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'user-reporter-amss', organisationId: 'org-amss' });
  });

  it('answers a wrong password with 401 in the caller language and never says which part was wrong', async () => {
    const response = await token({ grant_type: 'password', username: DEMO_USERS['donor-viewer'], password: 'wrong-password' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ title: 'Identifiants incorrects' });
    const unknown = await fetch(`${directory()}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ grant_type: 'password', username: 'nobody@nowhere.example', password: 'wrong-password' }),
    });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ title: 'Invalid credentials' });
  });

  it('refreshes once per refresh token, and a reused one ends the whole sign-in', async () => {
    const first = await platform.signIn(DEMO_USERS['me-officer']);
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await me(second.access_token)).status).toBe(200);

    expect((await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).status).toBe(401);
    // the reuse revoked the family, so the token issued from it is dead too
    expect((await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token })).status).toBe(401);
  });

  it('revokes a refresh token', async () => {
    const tokens = await platform.signIn(DEMO_USERS['program-manager']);
    const revoked = await fetch(`${directory()}/auth/revoke`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: tokens.refresh_token }),
    });
    expect(revoked.status).toBe(204);
    expect((await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status).toBe(401);
  });

  it('locks an account after five failed sign-ins, even against the right password', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const created = await fetch(`${directory()}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.access_token}` },
      body: JSON.stringify({
        email: 'lockout@ajcet.example', displayName: 'Lockout', preferredLanguage: 'fr', organisationId: 'org-ajcet',
        roles: ['cso-reporter'], password: 'Segou-Mopti-2026',
      }),
    });
    expect(created.status).toBe(201);
    for (let i = 0; i < 5; i++) {
      expect((await token({ grant_type: 'password', username: 'lockout@ajcet.example', password: 'not-it-at-all' })).status).toBe(401);
    }
    const locked = await token({ grant_type: 'password', username: 'lockout@ajcet.example', password: 'Segou-Mopti-2026' });
    expect(locked.status).toBe(423);
  });

  it('refuses sign-in and refresh to a disabled user', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${admin.access_token}` };
    const created = (await (
      await fetch(`${directory()}/users`, {
        method: 'POST', headers: auth,
        body: JSON.stringify({ email: 'leaving@afip.example', displayName: 'Partante', preferredLanguage: 'fr', organisationId: 'org-afip', roles: ['cso-reporter'], password: 'Bamako-District-9' }),
      })
    ).json()) as { id: string; version: number };
    const session = await platform.signIn('leaving@afip.example', 'Bamako-District-9');
    const disabled = await fetch(`${directory()}/users/${created.id}/disable`, { method: 'POST', headers: auth, body: JSON.stringify({ version: created.version, reason: 'a quitté AFIP' }) });
    expect(disabled.status).toBe(200);
    expect((await token({ grant_type: 'password', username: 'leaving@afip.example', password: 'Bamako-District-9' })).status).toBe(403);
    expect((await token({ grant_type: 'refresh_token', refresh_token: session.refresh_token })).status).toBe(401);
  });

  describe('rejects with 401 on every service', () => {
    const claims = { sub: 'user-admin', org: null, roles: ['admin'] };
    const cases: [string, () => Promise<string>][] = [
      ['a tampered token', async () => {
        const [header, payload, signature] = (await platform.signIn(DEMO_USERS['cso-reporter'])).access_token.split('.');
        const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] })).toString('base64url');
        return `${header}.${forged}.${signature}`;
      }],
      ['a token signed by another key', async () => {
        const { kid } = await privateKey();
        const { privateKey: other } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        return sign(claims, other, { algorithm: 'RS256', keyid: kid, audience: 'tributary', issuer: 'tributary-directory', expiresIn: 300 });
      }],
      ['alg none', async () => {
        const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        const payload = Buffer.from(JSON.stringify({ ...claims, aud: 'tributary', iss: 'tributary-directory', exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
        return `${header}.${payload}.`;
      }],
      ['an expired token', async () => {
        const { kid, pem } = await privateKey();
        return sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, pem, { algorithm: 'RS256', keyid: kid, audience: 'tributary', issuer: 'tributary-directory' });
      }],
      ['a token for another audience', async () => {
        const { kid, pem } = await privateKey();
        return sign(claims, pem, { algorithm: 'RS256', keyid: kid, audience: 'someone-else', issuer: 'tributary-directory', expiresIn: 300 });
      }],
    ];
    it.each(cases)('%s', async (_, make) => {
      const bad = await make();
      const response = await me(bad);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect((await whoAmIOnGrants(bad)).status).toBe(401);
    });

    it('accepts the same claims when properly signed (the cases above fail for their flaw only)', async () => {
      const { kid, pem } = await privateKey();
      const good = sign(claims, pem, { algorithm: 'RS256', keyid: kid, audience: 'tributary', issuer: 'tributary-directory', expiresIn: 300 });
      expect((await me(good)).status).toBe(200);
      expect((await whoAmIOnGrants(good)).status).toBe(200);
    });
  });

  it('rotates keys without downtime: old and new keys published, old tokens still verify, other services learn the new key', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const before = (await (await fetch(`${directory()}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    const rotated = await fetch(`${directory()}/admin/signing-keys/rotate`, { method: 'POST', headers: { authorization: `Bearer ${admin.access_token}` } });
    expect(rotated.status).toBe(200);
    const { kid } = (await rotated.json()) as { kid: string };
    const after = (await (await fetch(`${directory()}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    expect(after.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kid, ...before.keys.map((k) => k.kid)]));

    expect((await me(admin.access_token)).status).toBe(200);
    const fresh = await platform.signIn(DEMO_USERS.admin);
    expect((decode(fresh.access_token, { complete: true }) as { header: { kid: string } }).header.kid).toBe(kid);
    expect((await me(fresh.access_token)).status).toBe(200);
    const seenByGrants = await whoAmIOnGrants(fresh.access_token);
    expect(seenByGrants.status).toBe(200);
    expect(await seenByGrants.json()).toMatchObject({ userId: 'user-admin', roles: ['admin'] });
    expect((await whoAmIOnGrants(admin.access_token)).status).toBe(200);
  });

  it('issues client-credentials tokens scoped to feeds, which open nothing else', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const client = (await (
      await fetch(`${directory()}/api-clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.access_token}` },
        body: JSON.stringify({ name: 'Outil S&E FHI 360', organisationId: 'org-fhi360', scopes: ['feeds:read'] }),
      })
    ).json()) as { clientId: string; clientSecret: string };
    const issued = await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    expect(issued.status).toBe(200);
    const body = (await issued.json()) as { access_token: string; scope: string; refresh_token?: string };
    expect(body.scope).toBe('feeds:read');
    expect(body.refresh_token).toBeUndefined();
    expect(decode(body.access_token)).toMatchObject({ sub: `client:${client.clientId}`, org: 'org-fhi360', roles: [], scope: 'feeds:read' });
    expect((await me(body.access_token)).status).toBe(403);
    expect(await (await whoAmIOnGrants(body.access_token)).json()).toMatchObject({ scopes: ['feeds:read'], roles: [] });
    expect((await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'guess' })).status).toBe(401);
  });
});
