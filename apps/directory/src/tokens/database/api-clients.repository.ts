import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ApiClientModel, StoredApiClient } from './api-client.schema';

export type ApiClient = Omit<StoredApiClient, '_id'> & { clientId: string };

/** Machine clients (M&E tools pulling feeds) that sign in with client credentials. */
@Injectable()
export class ApiClients {
  constructor(@InjectModel(ApiClientModel.name) private readonly clients: Model<StoredApiClient>) {}

  async add(client: ApiClient): Promise<void> {
    const { clientId, ...rest } = client;
    await this.clients.create({ _id: clientId, ...rest });
  }

  async find(clientId: string): Promise<ApiClient | null> {
    const stored = await this.clients.findById(clientId).lean();
    if (!stored) return null;
    const { _id, ...rest } = stored;
    return { ...rest, clientId: _id };
  }
}
