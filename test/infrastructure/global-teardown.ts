import { stopLocalServers } from './local-servers';

/** Stops only what the setup started; TRIBUTARY_KEEP_TEST_INFRA=1 keeps local servers for reruns. */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TRIBUTARY_INFRA__;
  if (started?.kind === 'containers') await started.stop();
  if (started?.kind === 'local' && process.env.TRIBUTARY_KEEP_TEST_INFRA !== '1') stopLocalServers();
}
