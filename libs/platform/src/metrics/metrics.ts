import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, CounterConfiguration, Gauge, GaugeConfiguration, Histogram, HistogramConfiguration, Registry } from 'prom-client';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';

/** Seconds: from a fast read (5 ms) to a request or an event that waited out a dependency (60 s). */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * The service's Prometheus metrics, served on GET /metrics. One registry per application rather
 * than prom-client's global one, so a test booting two services in one process keeps them apart.
 * Every metric carries the service's name; Node's process metrics (CPU, memory, event-loop lag,
 * garbage collection) come with it.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    this.registry.setDefaultLabels({ service: config.service.name });
    collectDefaultMetrics({ register: this.registry });
  }

  counter<L extends string>(configuration: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  gauge<L extends string>(configuration: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  histogram<L extends string>(configuration: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L> {
    return new Histogram({ buckets: DURATION_BUCKETS, ...configuration, registers: [this.registry] });
  }
}

/**
 * A value that is costly to compute (a count in the store, offsets from Kafka), computed when
 * Prometheus scrapes and kept for a few seconds, so several scrapers or a quick reload cost one
 * computation. Failures are not cached: the next scrape tries again.
 */
export function cachedOnScrape<T>(compute: () => Promise<T>, ttlMs = 5000): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!last || Date.now() - last.at > ttlMs) {
      const value = compute();
      last = { at: Date.now(), value };
      value.catch(() => (last = undefined));
    }
    return last.value;
  };
}
