import { Global, Module, OnModuleInit } from '@nestjs/common';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { HealthRegistry } from '../health/health-registry';

/** The service's own database; no service ever opens another's. */
@Global()
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: ServiceConfig) => ({
        uri: config.MONGO_URL,
        dbName: config.MONGO_DB,
        serverSelectionTimeoutMS: 5000,
        // Indexes are created at start, awaited (below), so a unique index holds from the first request.
        autoIndex: false,
        autoCreate: false,
      }),
    }),
  ],
})
export class MongoModule implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly health: HealthRegistry,
  ) {}

  /** Creates the indexes the schemas declare (every model is compiled before the first module starts). */
  async onModuleInit(): Promise<void> {
    this.health.register({
      name: 'mongodb',
      check: async () => {
        if (!this.connection.db) throw new Error('not connected');
        await this.connection.db.admin().ping();
      },
    });
    for (const model of Object.values(this.connection.models)) await model.createIndexes();
  }
}
