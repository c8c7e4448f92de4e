import { Logger } from '@nestjs/common';
import { isDependencyOutage } from '../problem/dependency-outage';

/**
 * Runs demo seeding once what it needs has reached this service through events, checking every
 * half second for up to `attempts` tries; gives up with a warning, never failing the service. An
 * outage of the store or broker meanwhile only costs attempts (seeding is idempotent).
 */
export async function seedWhenReady(
  logger: Logger,
  ready: () => Promise<boolean>,
  seed: () => Promise<void>,
  stopped: () => boolean,
  attempts = 240,
): Promise<void> {
  for (let attempt = 0; attempt < attempts && !stopped(); attempt++) {
    try {
      if (await ready()) {
        await seed();
        return;
      }
    } catch (error) {
      if (!isDependencyOutage(error)) throw error;
      logger.warn(`demo data waits for the store: ${(error as Error).message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!stopped()) logger.warn('what the demo data needs never arrived; no demo data loaded');
}
