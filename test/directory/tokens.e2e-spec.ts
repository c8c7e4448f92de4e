import { generateKeyPairSync } from 'node:crypto';
import { decode, sign } from 'jsonwebtoken';
import { MongoClient } from 'mongodb';
import { Schema } from '@tributary/client';
import { body, problem, status } from '../support/answers';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { requiredInfrastructure } from '../support/test-namespace';

describe('directory: sign-in, tokens and their verification', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatform('tokens', ['grants']);
  });
  afterAll(() => platform?.stop());

  const directory = (accessToken?: string) => platform.client('directory', accessToken);
  const token = (request: Schema<'directory', 'TokenRequest'>, language?: 'fr' | 'en') =>
    platform.client('directory', undefined, language).POST('/auth/token', { body: request });
  const me = (accessToken: string) => directory(accessToken).GET('/users/me');
  const whoAmIOnGrants = (accessToken: string) => platform.client('grants', accessToken).GET('/auth/whoami');

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
    expect(await body(me(tokens.access_token), 200)).toMatchObject({ id: 'user-reporter-amss', organisationId: 'org-amss' });
  });

  it('answers a wrong password with 401 in the caller language and never says which part was wrong', async () => {
    const wrong = token({ grant_type: 'password', username: DEMO_USERS['donor-viewer'], password: 'wrong-password' });
    expect(await problem(wrong, 401)).toMatchObject({ title: 'Identifiants incorrects' });
    const unknown = token({ grant_type: 'password', username: 'nobody@nowhere.example', password: 'wrong-password' }, 'en');
    expect(await problem(unknown, 401)).toMatchObject({ title: 'Invalid credentials' });
  });

  it('refreshes once per refresh token, and a reused one ends the whole sign-in', async () => {
    const first = await platform.signIn(DEMO_USERS['me-officer']);
    const second = await body(token({ grant_type: 'refresh_token', refresh_token: first.refresh_token }), 200);
    expect(second.refresh_token).toEqual(expect.any(String));
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(await status(me(second.access_token))).toBe(200);

    expect(await status(token({ grant_type: 'refresh_token', refresh_token: first.refresh_token }))).toBe(401);
    // the reuse revoked the family, so the token issued from it is dead too
    expect(await status(token({ grant_type: 'refresh_token', refresh_token: second.refresh_token! }))).toBe(401);
  });

  it('revokes a refresh token', async () => {
    const tokens = await platform.signIn(DEMO_USERS['program-manager']);
    expect(await status(directory().POST('/auth/revoke', { body: { token: tokens.refresh_token } }))).toBe(204);
    expect(await status(token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }))).toBe(401);
  });

  it('locks an account after five failed sign-ins, even against the right password', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    await body(directory(admin.access_token).POST('/users', {
      body: {
        email: 'lockout@ajcet.example', displayName: 'Lockout', preferredLanguage: 'fr', organisationId: 'org-ajcet',
        roles: ['cso-reporter'], password: 'Segou-Mopti-2026',
      },
    }), 201);
    for (let i = 0; i < 5; i++) {
      expect(await status(token({ grant_type: 'password', username: 'lockout@ajcet.example', password: 'not-it-at-all' }))).toBe(401);
    }
    expect(await status(token({ grant_type: 'password', username: 'lockout@ajcet.example', password: 'Segou-Mopti-2026' }))).toBe(423);
  });

  it('refuses sign-in and refresh to a disabled user', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const created = await body(directory(admin.access_token).POST('/users', {
      body: { email: 'leaving@afip.example', displayName: 'Partante', preferredLanguage: 'fr', organisationId: 'org-afip', roles: ['cso-reporter'], password: 'Bamako-District-9' },
    }), 201);
    const session = await platform.signIn('leaving@afip.example', 'Bamako-District-9');
    await body(directory(admin.access_token).POST('/users/{id}/disable', {
      params: { path: { id: created.id } },
      body: { version: created.version, reason: 'a quitté AFIP' },
    }), 200);
    expect(await status(token({ grant_type: 'password', username: 'leaving@afip.example', password: 'Bamako-District-9' }))).toBe(403);
    expect(await status(token({ grant_type: 'refresh_token', refresh_token: session.refresh_token }))).toBe(401);
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
      const { response } = await me(bad);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await status(whoAmIOnGrants(bad))).toBe(401);
    });

    it('accepts the same claims when properly signed (the cases above fail for their flaw only)', async () => {
      const { kid, pem } = await privateKey();
      const good = sign(claims, pem, { algorithm: 'RS256', keyid: kid, audience: 'tributary', issuer: 'tributary-directory', expiresIn: 300 });
      expect(await status(me(good))).toBe(200);
      expect(await status(whoAmIOnGrants(good))).toBe(200);
    });
  });

  it('rotates keys without downtime: old and new keys published, old tokens still verify, other services learn the new key', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const jwks = () => body(directory().GET('/.well-known/jwks.json'), 200);
    const before = await jwks();
    const { kid } = await body(directory(admin.access_token).POST('/admin/signing-keys/rotate'), 200);
    const after = await jwks();
    expect(after.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kid, ...before.keys.map((k) => k.kid)]));

    expect(await status(me(admin.access_token))).toBe(200);
    const fresh = await platform.signIn(DEMO_USERS.admin);
    expect((decode(fresh.access_token, { complete: true }) as { header: { kid: string } }).header.kid).toBe(kid);
    expect(await status(me(fresh.access_token))).toBe(200);
    expect(await body(whoAmIOnGrants(fresh.access_token), 200)).toMatchObject({ userId: 'user-admin', roles: ['admin'] });
    expect(await status(whoAmIOnGrants(admin.access_token))).toBe(200);
  });

  it('issues client-credentials tokens scoped to feeds, which open nothing else', async () => {
    const admin = await platform.signIn(DEMO_USERS.admin);
    const client = await body(directory(admin.access_token).POST('/api-clients', {
      body: { name: 'Outil S&E FHI 360', organisationId: 'org-fhi360', scopes: ['feeds:read'] },
    }), 201);
    const issued = await body(token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }), 200);
    expect(issued.scope).toBe('feeds:read');
    expect(issued.refresh_token).toBeUndefined();
    expect(decode(issued.access_token)).toMatchObject({ sub: `client:${client.clientId}`, org: 'org-fhi360', roles: [], scope: 'feeds:read' });
    expect(await status(me(issued.access_token))).toBe(403);
    expect(await body(whoAmIOnGrants(issued.access_token), 200)).toMatchObject({ scopes: ['feeds:read'], roles: [] });
    expect(await status(token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'guess' }))).toBe(401);
  });
});
