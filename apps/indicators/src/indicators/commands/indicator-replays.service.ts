import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ReadModelRebuilder } from '@tributary/messaging';
import { StoreStartup } from '@tributary/platform';
import { IndicatorDefinitions } from './indicator-definitions.service';

const RETRY_MS = 5000;

/**
 * A new rule counts the reports stored before it only once the activity log has been replayed
 * under it. Each indicator is stored awaiting that replay, in the same write as its definition;
 * the replay is asked for right after the definition, and again at every start while one awaits:
 * a process stopped or killed before its replay was switched in (a rolling update in the middle
 * of a long replay) would otherwise leave the indicator counting only what came after it.
 */
@Injectable()
export class IndicatorReplays implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IndicatorReplays');
  private stopped = false;

  constructor(
    private readonly definitions: IndicatorDefinitions,
    private readonly rebuilder: ReadModelRebuilder,
    private readonly startup: StoreStartup,
  ) {}

  onApplicationBootstrap(): void {
    void this.startup.ready().then(() => this.untilReplayed());
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  /** Replays what awaits, trying again after a failure until it succeeds or the service stops. */
  async untilReplayed(): Promise<void> {
    while (!this.stopped) {
      try {
        return await this.replayAwaiting();
      } catch (error) {
        this.logger.warn(`indicators await a replay of the activity log, trying again in ${RETRY_MS} ms: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  private async replayAwaiting(): Promise<void> {
    const awaiting = await this.definitions.awaitingReplay();
    if (awaiting.length === 0) return;
    // A rebuild that begins after these were read counts every report stored before them.
    await this.rebuilder.rebuildAfterChange();
    await this.definitions.replayed(awaiting);
  }
}
