import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes, randomUUID } from 'node:crypto';

export interface SigningKey {
  kid: string;
  privateKeyPem: string;
  publicJwk: Record<string, unknown>;
  createdAt: string;
  /** Set when a newer key took over: the key stays published until then, for tokens it signed. */
  retireAfter: string | null;
}

export function newSigningKey(now: Date): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  return {
    kid,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicJwk: { ...(publicKey as KeyObject).export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
    createdAt: now.toISOString(),
    retireAfter: null,
  };
}

/**
 * A signing key given by configuration. Its id is the RFC 7638 thumbprint of its public key, so
 * every instance given the same key publishes it under the same id.
 */
export function signingKeyFromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('not an RSA key');
  const { e, kty, n } = createPublicKey(privateKey).export({ format: 'jwk' });
  const kid = createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
  return {
    kid,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicJwk: { kty, n, e, kid, alg: 'RS256', use: 'sig' },
    createdAt: new Date(0).toISOString(),
    retireAfter: null,
  };
}

/** Opaque secrets (refresh tokens, client secrets) are stored only as their SHA-256. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

export interface RefreshToken {
  /** hash of the token */
  id: string;
  userId: string;
  /** All tokens issued from one sign-in; reuse of a spent token revokes the family. */
  familyId: string;
  expiresAt: string;
  spent: boolean;
  revoked: boolean;
}
