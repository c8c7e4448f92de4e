import { z } from 'zod';

export const directoryEnvironment = z.object({
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Loads the demo organisations and users drawn from the field reports (idempotent). */
  DIRECTORY_SEED_DEMO: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export type DirectoryEnvironment = z.infer<typeof directoryEnvironment>;
export const DIRECTORY_ENVIRONMENT = Symbol('DIRECTORY_ENVIRONMENT');
