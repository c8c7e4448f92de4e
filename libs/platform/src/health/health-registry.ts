import { Injectable } from '@nestjs/common';

/** A dependency the service cannot work without; `check` rejects when it is unreachable. */
export interface HealthProbe {
  name: string;
  check(): Promise<void>;
}

/**
 * Libraries register their own probes (the Mongo connection here, Kafka in messaging) so the
 * platform does not depend on every library whose health it reports.
 */
@Injectable()
export class HealthRegistry {
  private readonly probes = new Map<string, HealthProbe>();

  register(probe: HealthProbe): void {
    this.probes.set(probe.name, probe);
  }

  all(): HealthProbe[] {
    return [...this.probes.values()];
  }
}
