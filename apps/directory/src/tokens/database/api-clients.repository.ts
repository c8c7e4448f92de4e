import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';

export interface ApiClient {
  clientId: string;
  name: string;
  organisationId: string;
  scopes: string[];
  secretHash: string;
  createdBy: string;
  createdAt: string;
}

type Stored = Omit<ApiClient, 'clientId'> & { _id: string };

/** Machine clients (M&E tools pulling feeds) that sign in with client credentials. */
@Injectable()
export class ApiClients {
  constructor(@InjectConnection() private readonly mongo: Connection) {}

  private collection() {
    return this.mongo.db!.collection<Stored>('api_clients');
  }

  async add(client: ApiClient): Promise<void> {
    const { clientId, ...rest } = client;
    await this.collection().insertOne({ _id: clientId, ...rest });
  }

  async find(clientId: string): Promise<ApiClient | null> {
    const stored = await this.collection().findOne({ _id: clientId });
    return stored ? { ...stored, clientId: stored._id } : null;
  }
}
