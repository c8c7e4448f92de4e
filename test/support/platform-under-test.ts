import { serviceClient, ServiceClient } from '@tributary/client';
import { expectNoDeadLetters } from './kafka-probe';
import { RunningService, ServiceName, startService } from './service-processes';
import { testNamespace } from './test-namespace';

export const DEMO_PASSWORD = 'Tributary-demo-2026';

export const DEMO_USERS = {
  admin: 'admin@tributary.example',
  'program-manager': 'pm@fhi360.example',
  'me-officer': 'me@fhi360.example',
  'cso-reporter': 'rapporteur@amss.example',
  'donor-viewer': 'donor@usaid.example',
} as const;

export interface PlatformUnderTest {
  services: Record<string, RunningService>;
  url(service: ServiceName): string;
  /** The service's typed client (libs/client), calling with this access token and language when given. */
  client<S extends ServiceName>(service: S, accessToken?: string, language?: 'fr' | 'en'): ServiceClient<S>;
  directoryDatabase: string;
  /** The database of each service started. */
  databases: Record<string, string>;
  topicPrefix: string;
  signIn(email: string, password?: string): Promise<{ access_token: string; refresh_token: string }>;
  /** Registers an API client of FHI 360 with the `feeds:read` scope (as the admin) and returns its access token. */
  signInFeedsClient(adminToken: string): Promise<string>;
  /**
   * Kills the service (kill -9, as a crash would) if it still runs and starts it again where it was
   * (port, database, topics) with this extra environment.
   */
  restart(service: ServiceName, env?: Record<string, string>): Promise<RunningService>;
  /** Starts one more instance of a service on the same databases and topics (same consumer groups), on its own port. */
  startAnother(service: ServiceName): Promise<RunningService>;
  /** Stops every service, fails if any consumer dead-lettered an event, and drops its databases and topics. */
  stop(): Promise<void>;
}

/**
 * The directory (with its demo data) and the other services as separate processes, every one
 * trusting the directory's JWKS, on fresh databases and topics.
 */
export async function startPlatform(suite: string, others: ServiceName[] = [], extraEnv: Record<string, string> = {}): Promise<PlatformUnderTest> {
  const ns = testNamespace(suite);
  const common = { KAFKA_TOPIC_PREFIX: ns.topicPrefix, ...extraEnv };
  const services: Record<string, RunningService> = {};
  const directoryDatabase = ns.database('directory');
  // The directory's own JWKS URL needs its port, known only once started: it verifies its tokens
  // through a URL built from a port chosen up front.
  const { freePort } = await import('./service-processes');
  const directoryPort = String(await freePort());
  const jwks = `http://127.0.0.1:${directoryPort}/.well-known/jwks.json`;
  const environments: Record<string, Record<string, string>> = {
    directory: { ...common, PORT: directoryPort, MONGO_DB: directoryDatabase, DIRECTORY_SEED_DEMO: 'true', AUTH_JWKS_URL: jwks },
  };
  services.directory = await startService('directory', environments.directory);
  const extra: RunningService[] = [];
  await Promise.all(
    others.map(async (name) => {
      environments[name] = { ...common, MONGO_DB: ns.database(name), AUTH_JWKS_URL: jwks };
      services[name] = await startService(name, environments[name]);
    }),
  );
  return {
    services,
    directoryDatabase,
    databases: Object.fromEntries(Object.entries(environments).map(([name, env]) => [name, env.MONGO_DB])),
    topicPrefix: ns.topicPrefix,
    url: (service) => services[service].url,
    client: (service, accessToken, language) =>
      serviceClient(service, {
        baseUrl: services[service].url,
        headers: { ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...(language ? { 'accept-language': language } : {}) },
      }),
    async signIn(email, password = DEMO_PASSWORD) {
      const { data, error, response } = await serviceClient('directory', { baseUrl: services.directory.url }).POST('/auth/token', {
        body: { grant_type: 'password', username: email, password },
      });
      // A password sign-in always comes with a refresh token; the contract makes it optional for the other grants.
      if (!data?.refresh_token) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(error ?? data)}`);
      return { access_token: data.access_token, refresh_token: data.refresh_token };
    },
    async signInFeedsClient(adminToken) {
      const registered = await fetch(`${services.directory.url}/api-clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ name: 'test feeds client', organisationId: 'org-fhi360', scopes: ['feeds:read'] }),
      });
      if (registered.status !== 201) throw new Error(`registering a feeds client failed: ${registered.status} ${await registered.text()}`);
      const client = (await registered.json()) as { clientId: string; clientSecret: string };
      const issued = await fetch(`${services.directory.url}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
      });
      if (issued.status !== 200) throw new Error(`sign-in of the feeds client failed: ${issued.status} ${await issued.text()}`);
      return ((await issued.json()) as { access_token: string }).access_token;
    },
    async restart(service, env = {}) {
      await services[service].stop('SIGKILL');
      services[service] = await startService(service, { ...environments[service], PORT: new URL(services[service].url).port, ...env });
      return services[service];
    },
    async startAnother(service) {
      const another = await startService(service, environments[service]);
      extra.push(another);
      return another;
    },
    async stop() {
      await Promise.all([...Object.values(services), ...extra].map((s) => s.stop()));
      try {
        await expectNoDeadLetters(ns.topicPrefix);
      } finally {
        await ns.dropAll();
      }
    },
  };
}
