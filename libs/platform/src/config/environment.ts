import { z } from 'zod';

/** Raised when an environment variable has a value the service cannot run with. */
export class ConfigurationError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable}: ${p.message}`).join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

const brokerList = z
  .string()
  .transform((value) => value.split(',').map((b) => b.trim()).filter(Boolean))
  .refine((brokers) => brokers.length > 0 && brokers.every((b) => /^[^:\s]+:\d{1,5}$/.test(b)), {
    message: 'expected a comma-separated list of host:port',
  });

const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/, 'expected an http:// or https:// URL');

const port = z.coerce.number().int().min(1).max(65535);

/** Variables every service reads; each has a default that works on a developer machine. */
export function platformEnvironment(defaults: { port: number; database: string }) {
  return z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: port.default(defaults.port),
    /** Loopback unless told otherwise: a developer machine does not serve its network. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Browser origins allowed to call the API (the console's), comma-separated; none by default. */
    CORS_ORIGINS: z
      .string()
      .transform((value) => value.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((origins) => origins.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), { message: 'expected a comma-separated list of origins like https://console.example.org' })
      .default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MONGO_URL: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/.+/, 'expected a mongodb:// or mongodb+srv:// URL')
      .default('mongodb://127.0.0.1:27017'),
    MONGO_DB: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,63}$/, 'expected letters, digits, _ or -')
      .default(defaults.database),
    KAFKA_BROKERS: brokerList.default('127.0.0.1:9092'),
    KAFKA_TOPIC_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9._-]*$/, 'expected letters, digits, ., _ or -')
      .default(''),
    /** Where OTLP/HTTP receivers listen (`/v1/traces` is appended); setting it turns trace export on. */
    OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
    /** The traces URL itself, when it is not `<endpoint>/v1/traces`. */
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
    /** `otlp` exports (to localhost:4318 unless an endpoint is set), `none` never does. */
    OTEL_TRACES_EXPORTER: z.enum(['otlp', 'none']).optional(),
  });
}

export type PlatformEnvironment = z.infer<ReturnType<typeof platformEnvironment>>;

/**
 * Where the service sends its spans (OTLP over HTTP, JSON), or undefined: off unless configured,
 * with the variables and precedence of the OpenTelemetry specification.
 */
export function otlpTracesUrl(env: PlatformEnvironment): string | undefined {
  if (env.OTEL_TRACES_EXPORTER === 'none') return undefined;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  return env.OTEL_TRACES_EXPORTER === 'otlp' ? 'http://localhost:4318/v1/traces' : undefined;
}

/**
 * Reads and validates the environment once, at start. Empty strings count as unset so that
 * `FOO=` in a compose file falls back to the default instead of failing obscurely later.
 */
export function readEnvironment<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigurationError(
      result.error.issues.map((issue) => ({ variable: issue.path.join('.'), message: issue.message })),
    );
  }
  return result.data;
}
