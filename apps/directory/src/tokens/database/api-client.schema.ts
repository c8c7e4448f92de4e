import { ModelDefinition } from '@nestjs/mongoose';
import { documentSchema } from '@tributary/platform';

export interface StoredApiClient {
  _id: string;
  name: string;
  organisationId: string;
  scopes: string[];
  secretHash: string;
  createdBy: string;
  createdAt: string;
}

/** Machine clients, found by their client id only. */
export const ApiClientModel: ModelDefinition = {
  name: 'ApiClient',
  collection: 'api_clients',
  schema: documentSchema<StoredApiClient>({
    name: String,
    organisationId: String,
    scopes: [String],
    secretHash: String,
    createdBy: String,
    createdAt: String,
  }),
};
