import { ModelDefinition } from '@nestjs/mongoose';
import { documentSchema } from '@tributary/platform';

export interface StoredRefreshToken {
  /** the token's hash */
  _id: string;
  userId: string;
  familyId: string;
  expiresAt: string;
  spent: boolean;
  revoked: boolean;
}

/** Refresh tokens by their hash, revoked together by sign-in family or by user. */
export const RefreshTokenModel: ModelDefinition = {
  name: 'RefreshToken',
  collection: 'refresh_tokens',
  schema: documentSchema<StoredRefreshToken>({
    userId: String,
    familyId: String,
    expiresAt: String,
    spent: Boolean,
    revoked: Boolean,
  })
    .index({ userId: 1 })
    .index({ familyId: 1 }),
};
