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
        // The local wire server has no multi-document transactions or retryable writes.
        retryWrites: false,
        autoIndex: true,
      }),
    }),
  ],
})
export class MongoModule implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register({
      name: 'mongodb',
      check: async () => {
        if (!this.connection.db) throw new Error('not connected');
        await this.connection.db.admin().ping();
      },
    });
  }
}
