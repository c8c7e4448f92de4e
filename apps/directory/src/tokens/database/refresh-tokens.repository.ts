import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { RefreshToken } from '../domain/tokens';
import { RefreshTokenModel, StoredRefreshToken } from './refresh-token.schema';

const toToken = ({ _id, ...rest }: StoredRefreshToken): RefreshToken => ({ ...rest, id: _id });

@Injectable()
export class RefreshTokens {
  constructor(@InjectModel(RefreshTokenModel.name) private readonly tokens: Model<StoredRefreshToken>) {}

  async add(token: RefreshToken): Promise<void> {
    const { id, ...rest } = token;
    await this.tokens.create({ _id: id, ...rest });
  }

  /**
   * Spends a token exactly once: of two concurrent uses only one succeeds. Returns the token as it
   * was before, or null when it does not exist.
   */
  async spend(id: string): Promise<{ token: RefreshToken; firstUse: boolean } | null> {
    const before = await this.tokens.findOneAndUpdate({ _id: id, spent: false }, { $set: { spent: true } }).lean();
    if (before) return { token: toToken(before), firstUse: true };
    const existing = await this.tokens.findById(id).lean();
    return existing ? { token: toToken(existing), firstUse: false } : null;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.updateMany({ familyId }, { $set: { revoked: true } });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.tokens.updateMany({ userId }, { $set: { revoked: true } });
  }
}
