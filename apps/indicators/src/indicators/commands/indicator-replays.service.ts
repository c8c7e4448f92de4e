import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ReadModelRebuilder } from '@tributary/messaging';
import { StoreStartup } from '@tributary/platform';
import { IndicatorDefinitions } from './indicator-definitions.service';

const RETRY_MS = 5000;

/**
 * A new rule counts the reports stored before it only once the activity log has been replayed
 * under it. The replay is asked for right after a definition, and again at every start while an
 * indicator still awaits it: a process stopped or killed before its replay finished (a rolling
 * update in the middle of a long replay) left the indicator counting only what came after it.
 */
@Injectable()
export class IndicatorReplays implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IndicatorReplays');
  private replaying?: Promise<void>;
  /** Set by a caller that joins a run: its indicator may have been stored after the run last looked. */
  private askedAgain = false;
  private stopped = false;

  constructor(
    private readonly definitions: IndicatorDefinitions,
    private readonly rebuilder: ReadModelRebuilder,
    private readonly startup: StoreStartup,
  ) {}

  onApplicationBootstrap(): void {
    void this.startup.ready().then(() => this.replayAwaiting());
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  /** Replays until no indicator awaits it, trying again after a failure; callers meanwhile share the run. */
  replayAwaiting(): Promise<void> {
    if (this.replaying) {
      this.askedAgain = true;
      return this.replaying;
    }
    this.replaying = this.untilNoneAwaits();
    return this.replaying;
  }

  private async untilNoneAwaits(): Promise<void> {
    try {
      while (!this.stopped) {
        try {
          this.askedAgain = false;
          const awaiting = await this.definitions.awaitingReplay();
          if (awaiting.length > 0) {
            // Only a replay begun after these were read is sure to count everything before them.
            await this.rebuilder.rebuild(Date.now());
            await this.definitions.replayed(awaiting);
          } else if (!this.askedAgain) {
            return;
          }
        } catch (error) {
          this.logger.warn(`indicators await a replay of the activity log, trying again in ${RETRY_MS} ms: ${(error as Error).message}`);
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    } finally {
      this.replaying = undefined;
    }
  }
}
