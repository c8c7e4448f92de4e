import { ModelDefinition } from '@nestjs/mongoose';
import { documentSchema } from '@tributary/platform';
import { Schema } from 'mongoose';

export interface StoredSigningKey {
  /** the key id */
  _id: string;
  privateKeyPem: string;
  publicJwk: Record<string, unknown>;
  createdAt: string;
  retireAfter: string | null;
}

/** RS256 signing keys: a handful, read whole (newest first). */
export const SigningKeyModel: ModelDefinition = {
  name: 'SigningKey',
  collection: 'signing_keys',
  schema: documentSchema<StoredSigningKey>({
    privateKeyPem: String,
    publicJwk: Schema.Types.Mixed,
    createdAt: String,
    retireAfter: String,
  }),
};
