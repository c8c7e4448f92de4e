import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** Waits for the store without ever giving up: a store that comes late or goes away is waited for. */
const MAX_BACKOFF_MS = 5000;

interface StartupTask {
  name: string;
  work: () => Promise<void>;
  done: Promise<void>;
  finished: boolean;
}

/**
 * The work a service does in its store before it can serve (opening the connection, creating
 * indexes, reading which read-model generation is live, …). A service starts whether or not the
 * store answers: each step is retried with backoff until it succeeds, in the order it was asked for,
 * and readiness names the step it is waiting on and why.
 */
@Injectable()
export class StoreStartup implements OnApplicationShutdown {
  private readonly logger = new Logger('StoreStartup');
  private readonly tasks: StartupTask[] = [];
  private queue: Promise<void> = Promise.resolve();
  private lastFailure?: string;
  private stopped = false;

  /** Runs `work` once every step asked before it succeeded, retrying it until it succeeds too. */
  afterConnect(name: string, work: () => Promise<void>): Promise<void> {
    const task: StartupTask = { name, work, done: Promise.resolve(), finished: false };
    task.done = this.queue = this.queue.then(() => this.untilDone(task));
    this.tasks.push(task);
    return task.done;
  }

  /** Resolves when every step asked so far has succeeded. */
  async ready(): Promise<void> {
    await Promise.all(this.tasks.map((task) => task.done));
  }

  /** Why the service is not ready yet, or undefined once every step succeeded. */
  pending(): string | undefined {
    const waiting = this.tasks.find((task) => !task.finished);
    if (!waiting) return undefined;
    return `starting: ${waiting.name}${this.lastFailure ? ` (${this.lastFailure})` : ''}`;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  private async untilDone(task: StartupTask): Promise<void> {
    let backoff = 200;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await task.work();
        task.finished = true;
        this.lastFailure = undefined;
        return;
      } catch (error) {
        this.lastFailure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.logger.warn(`${task.name} failed (attempt ${attempt}), retrying in ${backoff} ms: ${this.lastFailure}`);
        await new Promise((resolve) => setTimeout(resolve, backoff).unref());
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }
}
