import { z } from 'zod';

/**
 * Where tokens come from. The directory issues them by default; point these at any OIDC provider
 * with a JWKS endpoint to use it instead.
 */
export const authEnvironment = z.object({
  AUTH_JWKS_URL: z.string().url().default('http://127.0.0.1:3001/.well-known/jwks.json'),
  AUTH_ISSUER: z.string().min(1).default('tributary-directory'),
  AUTH_AUDIENCE: z.string().min(1).default('tributary'),
});

export type AuthEnvironment = z.infer<typeof authEnvironment>;
export const AUTH_ENVIRONMENT = Symbol('AUTH_ENVIRONMENT');
