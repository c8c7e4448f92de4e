import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { z } from 'zod';
import { readEnvironment } from '../config/environment';
import { Actor, RequestContext } from '../context/request-context';
import { seedWhenReady } from './when-ready';

/**
 * A service's demo data: loaded, as `actor`, when the environment variable `flag` is `true`, once
 * what it needs has reached the service through events (`ready`). Start-up never waits for it, and
 * it stops trying when the service stops.
 */
export abstract class DemoSeeder implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private stopped = false;

  protected constructor(
    private readonly flag: string,
    protected readonly actor: Actor,
    private readonly attempts?: number,
  ) {}

  /** Whether what the demo data needs has arrived. */
  protected abstract ready(): Promise<boolean>;

  /** Loads the demo data; what exists already is left alone. */
  abstract seed(): Promise<void>;

  onApplicationBootstrap(): void {
    const enabled = readEnvironment(z.object({ [this.flag]: z.enum(['true', 'false']).default('false') }))[this.flag] === 'true';
    if (!enabled) return;
    void seedWhenReady(this.logger, () => this.ready(), () => RequestContext.run({ actor: this.actor }, () => this.seed()), () => this.stopped, this.attempts);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }
}
