import { Logger } from '@nestjs/common';

/**
 * Runs demo seeding once what it needs has reached this service through events, checking every
 * half second for up to `attempts` tries; gives up with a warning, never failing the service.
 */
export async function seedWhenReady(
  logger: Logger,
  ready: () => Promise<boolean>,
  seed: () => Promise<void>,
  stopped: () => boolean,
  attempts = 240,
): Promise<void> {
  for (let attempt = 0; attempt < attempts && !stopped(); attempt++) {
    if (await ready()) {
      await seed();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!stopped()) logger.warn('what the demo data needs never arrived; no demo data loaded');
}
