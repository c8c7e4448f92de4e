import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { CommonProblems, ProblemException } from '@tributary/platform';
import { Model } from 'mongoose';
import { DIRECTORY_ENVIRONMENT, DirectoryEnvironment } from '../../directory.service-descriptor';
import { newSigningKey, SigningKey, signingKeyFromPem } from '../domain/tokens';
import { SigningKeyModel, StoredSigningKey } from './signing-key.schema';
import { tokenMessages as text } from '../tokens.messages';

const toKey = ({ _id, ...rest }: StoredSigningKey): SigningKey => ({ ...rest, kid: _id });

/**
 * RS256 signing keys. The newest is the active one; older ones stay published in the JWKS until
 * their retireAfter, so tokens signed before a rotation still verify everywhere. A key given by
 * configuration is the active one instead, and is never written to the database.
 */
@Injectable()
export class SigningKeys {
  private cached?: { key: SigningKey; until: number };
  private readonly configured?: SigningKey;

  constructor(
    @InjectModel(SigningKeyModel.name) private readonly keys: Model<StoredSigningKey>,
    @Inject(DIRECTORY_ENVIRONMENT) env: DirectoryEnvironment,
  ) {
    const pem = env.DIRECTORY_SIGNING_KEY ?? env.DIRECTORY_SIGNING_KEY_FILE;
    if (pem) this.configured = signingKeyFromPem(pem);
  }

  async active(): Promise<SigningKey> {
    if (this.configured) return this.configured;
    if (this.cached && this.cached.until > Date.now()) return this.cached.key;
    const newest = await this.keys.findOne({ retireAfter: null }).sort({ createdAt: -1 }).lean();
    const key = newest ? toKey(newest) : await this.insert(newSigningKey(new Date()));
    this.cached = { key, until: Date.now() + 5000 };
    return key;
  }

  /** Publishes a new active key; the old one is kept for `overlapSeconds` (the access-token lifetime). */
  async rotate(overlapSeconds: number): Promise<SigningKey> {
    if (this.configured) {
      throw new ProblemException(CommonProblems.conflict(text('signingKeyConfigured')));
    }
    const now = new Date();
    const retireAfter = new Date(now.getTime() + overlapSeconds * 1000).toISOString();
    await this.keys.updateMany({ retireAfter: null }, { $set: { retireAfter } });
    const key = await this.insert(newSigningKey(now));
    this.cached = { key, until: Date.now() + 5000 };
    return key;
  }

  async published(now: Date): Promise<Record<string, unknown>[]> {
    await this.active();
    const keys = await this.keys
      .find({ $or: [{ retireAfter: null }, { retireAfter: { $gt: now.toISOString() } }] })
      .sort({ createdAt: -1 })
      .lean();
    // Stored keys stay published after a switch to a configured one, for the tokens they signed.
    return [...(this.configured ? [this.configured.publicJwk] : []), ...keys.map((key) => key.publicJwk)];
  }

  private async insert(key: SigningKey): Promise<SigningKey> {
    const { kid, ...rest } = key;
    await this.keys.create({ _id: kid, ...rest });
    return key;
  }
}
