import { secretsInServiceLogs } from '../support/service-logs';
import { stopLocalServers } from './local-servers';

/**
 * Stops only what the setup started (TRIBUTARY_KEEP_TEST_INFRA=1 keeps local servers for reruns),
 * then fails the run if any service logged a password, key material or a token.
 */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TRIBUTARY_INFRA__;
  if (started?.kind === 'containers') await started.stop();
  if (started?.kind === 'local' && process.env.TRIBUTARY_KEEP_TEST_INFRA !== '1') stopLocalServers();
  const leaks = secretsInServiceLogs();
  if (leaks.length > 0) throw new Error(`secrets in the services' logs of this run:\n${leaks.join('\n')}`);
}
