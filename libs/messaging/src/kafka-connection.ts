import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthRegistry, SERVICE_CONFIG, ServiceConfig } from '@tributary/platform';
import { Admin, Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';

const KAFKA_LOG_LEVELS: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/**
 * The service's one connection to Kafka. Every kafkajs call in the platform goes through this
 * library, because kafkajs is in maintenance mode and may have to be swapped.
 */
@Injectable()
export class KafkaConnection implements OnModuleInit, OnApplicationShutdown {
  readonly kafka: Kafka;
  private readonly logger = new Logger('Kafka');
  private adminClient?: Promise<Admin>;
  private producerClient?: Promise<Producer>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly health: HealthRegistry,
  ) {
    this.kafka = new Kafka({
      clientId: config.service.name,
      brokers: config.KAFKA_BROKERS,
      connectionTimeout: 3000,
      retry: { initialRetryTime: 200, retries: 8 },
      logLevel: logLevel.WARN,
      logCreator: () => (entry: LogEntry) => {
        const method = KAFKA_LOG_LEVELS[entry.level] ?? 'log';
        const cause = entry.log.error ? `: ${entry.log.error}` : '';
        this.logger[method](`${entry.namespace}: ${entry.log.message}${cause}`);
      },
    });
  }

  onModuleInit(): void {
    this.health.register({ name: 'kafka', check: async () => void (await (await this.admin()).describeCluster()) });
  }

  /** Applies the deployment's topic prefix, which keeps test runs and tenants apart. */
  topic(name: string): string {
    return `${this.config.KAFKA_TOPIC_PREFIX}${name}`;
  }

  /** A topic's name without the deployment's prefix, as metrics label it. */
  unprefixed(name: string): string {
    return name.startsWith(this.config.KAFKA_TOPIC_PREFIX) ? name.slice(this.config.KAFKA_TOPIC_PREFIX.length) : name;
  }

  /** One admin connection, shared by every caller while it is being made (readiness probes come often while the broker is away). */
  admin(): Promise<Admin> {
    if (!this.adminClient) {
      const admin = this.kafka.admin();
      this.adminClient = admin.connect().then(() => admin);
      this.adminClient.catch(() => (this.adminClient = undefined));
    }
    return this.adminClient;
  }

  /**
   * Creates missing topics and waits until every partition has a leader; consumers never rely on
   * broker auto-creation. The wait is ours: kafkajs's `waitForLeaders` polls metadata in a loop
   * that lets a retriable error (UNKNOWN_TOPIC_OR_PARTITION while several services create topics
   * on a fresh broker) escape as an unhandled rejection, which ended the process on first start.
   */
  async ensureTopics(names: string[], partitions = 3): Promise<void> {
    const admin = await this.admin();
    const existing = new Set(await admin.listTopics());
    const missing = names.filter((name) => !existing.has(name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
      });
    }
    await this.untilLed(admin, names);
  }

  private async untilLed(admin: Admin, topics: string[]): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (let attempt = 0; ; attempt++) {
      try {
        const { topics: found } = await admin.fetchTopicMetadata({ topics });
        if (found.length === topics.length && found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      } catch (error) {
        if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`Kafka topics still without leaders after 60 s: ${topics.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 1000)));
    }
  }

  /**
   * The idempotent producer: acks from all in-sync replicas, one request in flight so that a
   * retry cannot reorder one aggregate's events.
   */
  producer(): Promise<Producer> {
    if (!this.producerClient) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: { retries: 5 },
      });
      this.producerClient = producer.connect().then(() => producer);
      this.producerClient.catch(() => (this.producerClient = undefined));
    }
    return this.producerClient;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([
      this.adminClient?.then((a) => a.disconnect()),
      this.producerClient?.then((p) => p.disconnect()),
    ]);
  }
}
