import { readFileSync } from 'node:fs';
import { ServiceDescriptor } from '@tributary/platform';
import { z } from 'zod';
import { signingKeyFromPem } from './tokens/domain/tokens';

export const DIRECTORY_SERVICE: ServiceDescriptor = {
  name: 'directory',
  title: 'Directory',
  description: 'Organisations, users, roles, API clients and the tokens every service trusts.',
  defaultPort: 3001,
};

/** What the directory reads from its environment, beyond what every service does. */
const pem = z.string().refine((value) => {
  try {
    signingKeyFromPem(value);
    return true;
  } catch {
    return false;
  }
}, { message: 'expected an RSA private key in PEM (PKCS#8 or PKCS#1)' });

export const directoryEnvironment = z.object({
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Loads the demo organisations and users drawn from the field reports (idempotent). */
  DIRECTORY_SEED_DEMO: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /**
   * The signing key from a secret store, as PEM or as a file holding it, instead of keys the
   * directory makes and keeps in its database. Rotating it is then done where it is kept.
   */
  DIRECTORY_SIGNING_KEY: pem.optional(),
  DIRECTORY_SIGNING_KEY_FILE: z
    .string()
    .transform((path, context) => {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        context.addIssue({ code: 'custom', message: `cannot read the key file: ${(error as Error).message}` });
        return z.NEVER;
      }
    })
    .pipe(pem)
    .optional(),
});

export type DirectoryEnvironment = z.infer<typeof directoryEnvironment>;
export const DIRECTORY_ENVIRONMENT = Symbol('DIRECTORY_ENVIRONMENT');