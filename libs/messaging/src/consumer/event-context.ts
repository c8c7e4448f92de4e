import { BaseRpcContext } from '@nestjs/microservices';
import { EventEnvelope } from '@tributary/contracts';

/** What a handler can learn about the message besides the event: where it came from. */
export class EventContext extends BaseRpcContext<[EventEnvelope, string, number, string, number | undefined]> {
  get event(): EventEnvelope {
    return this.args[0];
  }
  get topic(): string {
    return this.args[1];
  }
  get partition(): number {
    return this.args[2];
  }
  get offset(): string {
    return this.args[3];
  }
  /** The read-model generation a replay builds with this event; undefined for live consumption. */
  get readModelGeneration(): number | undefined {
    return this.args[4];
  }
}
