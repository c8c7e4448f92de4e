import { Global, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import { Connection, ConnectOptions } from 'mongoose';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { HealthRegistry } from '../health/health-registry';
import { StoreStartup } from './store-startup';

function connectOptions(config: ServiceConfig): ConnectOptions {
  return {
    dbName: config.MONGO_DB,
    serverSelectionTimeoutMS: 5000,
    // A request while the store is away fails at once (503) instead of waiting in mongoose's buffer.
    bufferCommands: false,
    // Indexes are created at start, awaited (below), so a unique index holds from the first request.
    autoIndex: false,
    autoCreate: false,
  };
}

/**
 * The service's own database; no service ever opens another's. The service starts whether the
 * store answers or not: the connection is opened and the indexes created by StoreStartup, retried
 * until the store comes.
 */
@Global()
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: ServiceConfig) => ({ uri: config.MONGO_URL, ...connectOptions(config), lazyConnection: true }),
    }),
  ],
  providers: [StoreStartup],
  exports: [StoreStartup],
})
export class MongoModule implements OnModuleInit {
  private readonly logger = new Logger('MongoDB');

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly health: HealthRegistry,
    private readonly startup: StoreStartup,
  ) {
    // Without a listener, a failed first connection is an unhandled rejection that ends the process.
    this.connection.on('error', (error: Error) => this.logger.warn(`store unreachable: ${error.name}: ${error.message}`));
    this.connection.asPromise().catch(() => undefined);
    this.connection.on('disconnected', () => this.logger.warn('store connection lost; requests that need it answer 503 until it is back'));
    this.connection.on('reconnected', () => this.logger.log('store connection back'));
  }

  /** Opens the connection, then creates the indexes the schemas declare (every model is compiled before the first module starts). */
  onModuleInit(): void {
    this.health.register({
      name: 'mongodb',
      check: async () => {
        if (!this.connection.db) throw new Error(this.startup.pending() ?? 'not connected');
        await this.connection.db.admin().ping();
        const pending = this.startup.pending();
        if (pending) throw new Error(pending);
      },
    });
    let first = true;
    void this.startup.afterConnect('connecting to the store', async () => {
      if (!first) await this.connection.openUri(this.config.MONGO_URL, connectOptions(this.config));
      first = false;
      await this.connection.asPromise();
    });
    void this.startup.afterConnect('creating indexes', async () => {
      for (const model of Object.values(this.connection.models)) await model.createIndexes();
    });
  }
}
