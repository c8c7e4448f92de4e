import { Injectable } from '@nestjs/common';
import { cachedOnScrape, Metrics } from '@tributary/platform';
import { Counter, Histogram } from 'prom-client';
import { KafkaConnection } from '../kafka-connection';

/** A consumer group whose lag is reported: its name in Kafka (prefixed) and in the labels (not). */
interface WatchedGroup {
  kafkaGroupId: string;
  group: string;
  kafkaTopics: string[];
}

interface Lag {
  group: string;
  topic: string;
  partition: number;
  messages: number;
}

/** Kafka answers offset requests in milliseconds; a scrape must not hang on a broker that is away. */
const LAG_TIMEOUT_MS = 3000;

/**
 * What the messaging library measures: events handled, retried and dead-lettered per consumer
 * group and event type, how long after its time an event was handled, events the outbox relay
 * published, and each group's lag per partition. Backlog gauges (outbox, lag) are computed when
 * Prometheus scrapes, so nothing polls Kafka or the store when nobody looks.
 */
@Injectable()
export class MessagingMetrics {
  readonly handled: Counter<'group' | 'type'>;
  readonly retried: Counter<'group' | 'type'>;
  readonly deadLettered: Counter<'group' | 'type' | 'kind'>;
  readonly delay: Histogram<'group' | 'type'>;
  readonly published: Counter<'topic'>;
  private readonly watched = new Map<string, WatchedGroup>();

  constructor(private readonly metrics: Metrics, private readonly kafka: KafkaConnection) {
    this.handled = metrics.counter({ name: 'tributary_events_handled_total', help: 'Events a consumer group handled', labelNames: ['group', 'type'] });
    this.retried = metrics.counter({ name: 'tributary_event_retries_total', help: 'Attempts at an event after a failure', labelNames: ['group', 'type'] });
    this.deadLettered = metrics.counter({
      name: 'tributary_events_dead_lettered_total',
      help: 'Events sent to the group dead-letter topic, by kind: invalid, unprocessable or retries-exhausted',
      labelNames: ['group', 'type', 'kind'],
    });
    this.delay = metrics.histogram({
      name: 'tributary_event_handling_delay_seconds',
      help: 'From the time of an event to the end of its handler (a batched projection stores the batch right after)',
      labelNames: ['group', 'type'],
    });
    this.published = metrics.counter({ name: 'tributary_outbox_events_published_total', help: 'Events the outbox relay published', labelNames: ['topic'] });

    const lags = cachedOnScrape(() => this.lags());
    metrics.gauge({
      name: 'tributary_consumer_lag_messages',
      help: 'Messages in a partition that the consumer group has not committed yet',
      labelNames: ['group', 'topic', 'partition'],
      async collect() {
        this.reset();
        for (const lag of await lags().catch(() => [])) this.set({ group: lag.group, topic: lag.topic, partition: String(lag.partition) }, lag.messages);
      },
    });
  }

  /** Reports a consumer group's lag on its topics. */
  watchLag(group: WatchedGroup): void {
    this.watched.set(group.kafkaGroupId, group);
  }

  /** Declares a gauge whose values are computed on scrape (wrap costly ones in `cachedOnScrape`), e.g. the outbox backlog. */
  scrapedGauge<L extends string>(name: string, help: string, labelNames: L[], values: () => Promise<{ labels: Record<L, string>; value: number }[]>): void {
    this.metrics.gauge({
      name,
      help,
      labelNames,
      async collect() {
        this.reset();
        for (const { labels, value } of await values().catch(() => [])) this.set(labels, value);
      },
    });
  }

  private async lags(): Promise<Lag[]> {
    if (this.watched.size === 0) return [];
    const work = async () => {
      const admin = await this.kafka.admin();
      const lags: Lag[] = [];
      for (const { kafkaGroupId, group, kafkaTopics } of this.watched.values()) {
        const committed = await admin.fetchOffsets({ groupId: kafkaGroupId, topics: kafkaTopics });
        for (const { topic, partitions } of committed) {
          const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p]));
          for (const { partition, offset } of partitions) {
            const end = ends.get(partition);
            if (!end) continue;
            // -1: nothing committed yet, so everything from the start of the partition is behind.
            const from = offset === '-1' ? Number(end.low) : Number(offset);
            lags.push({ group, topic: this.kafka.unprefixed(topic), partition, messages: Math.max(0, Number(end.high) - from) });
          }
        }
      }
      return lags;
    };
    return Promise.race([
      work(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Kafka did not answer')), LAG_TIMEOUT_MS).unref()),
    ]);
  }
}
