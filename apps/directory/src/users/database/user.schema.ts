import { ModelDefinition } from '@nestjs/mongoose';
import { aggregateSchema } from '@tributary/messaging';

/** People who sign in: found by email (one account per address) and listed by organisation. */
export const UserModel: ModelDefinition = {
  name: 'User',
  collection: 'users',
  schema: aggregateSchema({
    email: String,
    displayName: String,
    preferredLanguage: String,
    organisationId: String,
    roles: [String],
    passwordHash: String,
    disabled: Boolean,
    failedSignIns: Number,
    lockedUntil: String,
  })
    .index({ email: 1 }, { unique: true })
    .index({ organisationId: 1 }),
};
