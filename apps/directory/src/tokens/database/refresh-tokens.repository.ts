import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { documentKey, withDocumentLock } from '@tributary/messaging';
import { Connection } from 'mongoose';
import { RefreshToken } from '../domain/tokens';

type Stored = Omit<RefreshToken, 'id'> & { _id: string };

@Injectable()
export class RefreshTokens implements OnModuleInit {
  constructor(@InjectConnection() private readonly mongo: Connection) {}

  private collection() {
    return this.mongo.db!.collection<Stored>('refresh_tokens');
  }

  async onModuleInit(): Promise<void> {
    await this.collection().createIndex({ userId: 1 });
    await this.collection().createIndex({ familyId: 1 });
  }

  async add(token: RefreshToken): Promise<void> {
    const { id, ...rest } = token;
    await this.collection().insertOne({ _id: id, ...rest });
  }

  /**
   * Spends a token exactly once: of two concurrent uses only one succeeds. Returns the token as it
   * was before, or null when it does not exist.
   */
  async spend(id: string): Promise<{ token: RefreshToken; firstUse: boolean } | null> {
    const before = await withDocumentLock(documentKey(this.collection(), id), () =>
      this.collection().findOneAndUpdate({ _id: id, spent: false }, { $set: { spent: true } }),
    );
    if (before) return { token: { id, ...before } as RefreshToken, firstUse: true };
    const existing = await this.collection().findOne({ _id: id });
    return existing ? { token: { ...existing, id } as RefreshToken, firstUse: false } : null;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.collection().updateMany({ familyId }, { $set: { revoked: true } });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.collection().updateMany({ userId }, { $set: { revoked: true } });
  }
}
