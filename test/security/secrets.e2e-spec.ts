import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verify } from 'jsonwebtoken';
import { DEMO_PASSWORD, DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { secretsIn } from '../support/service-logs';
import { exited, spawnService } from '../support/service-processes';
import { testNamespace } from '../support/test-namespace';

/**
 * The signing key given by a file (as from a secret store), and a directory logging everything
 * (trace): no password, key material or token reaches its log or its error bodies.
 */
describe('secrets', () => {
  let platform: PlatformUnderTest;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const { e, kty, n } = publicKey.export({ format: 'jwk' });
  const thumbprint = createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
  const bodies: string[] = [];

  const token = async (body: object) => {
    const response = await fetch(`${platform.url('directory')}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    bodies.push(text);
    return { status: response.status, body: JSON.parse(text) as Record<string, string> };
  };

  beforeAll(async () => {
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'signing-key-')), 'directory.pem');
    writeFileSync(keyFile, pem, { mode: 0o600 });
    platform = await startPlatform('secrets', [], { DIRECTORY_SIGNING_KEY_FILE: keyFile, LOG_LEVEL: 'trace' });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('signs with the key from the file, publishes only its public part under its thumbprint, and will not rotate it', async () => {
    const jwks = (await (await fetch(`${platform.url('directory')}/.well-known/jwks.json`)).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([thumbprint]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const signedIn = await token({ grant_type: 'password', username: DEMO_USERS.admin, password: DEMO_PASSWORD });
    expect(signedIn.status).toBe(200);
    expect(verify(signedIn.body.access_token, createPublicKey(pem), { algorithms: ['RS256'] })).toMatchObject({ sub: expect.any(String) });
    const rotate = await fetch(`${platform.url('directory')}/admin/signing-keys/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${signedIn.body.access_token}`, 'accept-language': 'en' },
    });
    expect(rotate.status).toBe(409);
    expect(((await rotate.json()) as { detail: string }).detail).toContain('comes from the configuration');
  });

  it('keeps passwords, keys and tokens out of the log and out of error bodies', async () => {
    expect((await token({ grant_type: 'password', username: DEMO_USERS['cso-reporter'], password: 'wrong-password' })).status).toBe(401);
    const signedIn = await token({ grant_type: 'password', username: DEMO_USERS['cso-reporter'], password: DEMO_PASSWORD });
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: signedIn.body.refresh_token });
    expect(refreshed.status).toBe(200);
    expect((await token({ grant_type: 'refresh_token', refresh_token: signedIn.body.refresh_token })).status).toBe(401); // reused
    await fetch(`${platform.url('directory')}/auth/whoami`, { headers: { authorization: `Bearer ${refreshed.body.access_token}` } });

    const log = platform.services.directory.output();
    expect(log).toMatch(/auth\/token/); // it does log the requests
    expect(secretsIn(log)).toEqual([]);
    const keyLine = pem.split('\n')[1];
    for (const secret of [keyLine, signedIn.body.refresh_token, refreshed.body.access_token, refreshed.body.refresh_token]) expect(log).not.toContain(secret);
    for (const body of bodies.filter((b) => b.includes('"status"'))) {
      expect(body).not.toContain('wrong-password');
      expect(body).not.toContain(signedIn.body.refresh_token);
    }
  });

  it('refuses to start on a key that is not one, naming the variable but not the value', async () => {
    const { process: child, output } = spawnService('directory', {
      MONGO_DB: testNamespace('secrets bad key').database('directory'),
      DIRECTORY_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWJ1dC1icm9rZW4=\n-----END PRIVATE KEY-----',
    });
    expect(await exited(child)).toBe(78);
    expect(output()).toContain('DIRECTORY_SIGNING_KEY');
    expect(output()).not.toContain('c2VjcmV0LWJ1dC1icm9rZW4');
  });
});
