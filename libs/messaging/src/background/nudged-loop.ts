import { Logger } from '@nestjs/common';

const MAX_BACKOFF_MS = 5000;

/**
 * Background work that runs a pass at once when nudged, again while a pass says more is waiting,
 * else every `pollMs` (which is how work another process left is found), and backs off on errors.
 */
export class NudgedLoop {
  private stopped = false;
  private nudged = false;
  private wake?: () => void;
  private running?: Promise<void>;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly pass: () => Promise<boolean>,
    private readonly pollMs: number,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async run(): Promise<void> {
    let backoff = 100;
    while (!this.stopped) {
      this.nudged = false;
      try {
        const more = await this.pass();
        backoff = 100;
        if (more || this.nudged) continue;
        await this.idle(this.pollMs);
      } catch (error) {
        this.logger.warn(`${this.what} failed, retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
      if (this.nudged || this.stopped) done();
    });
  }
}
