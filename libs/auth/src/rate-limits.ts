import { createHash } from 'node:crypto';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerOptions, ThrottlerStorage } from '@nestjs/throttler';
import { Actor, Bilingual, CommonProblems, ProblemException, RATE_LIMITED, RateLimitKind } from '@tributary/platform';
import { Request } from 'express';
import { Connection } from 'mongoose';
import { z } from 'zod';
import { authMessages as text } from './auth.messages';

/** Calls per minute; each can be raised or lowered per deployment. */
export const rateLimitEnvironment = z.object({
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_SIGN_IN_PER_CLIENT: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_WRITES_PER_ORGANISATION: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_BULK_PER_ORGANISATION: z.coerce.number().int().min(1).default(30),
});
export type RateLimitEnvironment = z.infer<typeof rateLimitEnvironment>;

const MINUTE_MS = 60_000;
const READS = ['GET', 'HEAD', 'OPTIONS'];

const kindOf = (context: ExecutionContext): RateLimitKind | undefined => Reflect.getMetadata(RATE_LIMITED, context.getHandler());
const request = (context: ExecutionContext) => context.switchToHttp().getRequest<Request & { user?: Actor }>();
/** Counters are kept under a digest: an account name (an e-mail) is not stored in the clear. */
const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/** What the limits say in a 429, in the caller's language. */
const LIMITS: Record<string, (perMinute: number) => Bilingual> = {
  'sign-in-account': (count) => text('signInAccountLimit', { count }),
  'sign-in-client': (count) => text('signInClientLimit', { count }),
  writes: (count) => text('writesLimit', { count }),
  bulk: (count) => text('bulkLimit', { count }),
};

/**
 * The limits, one throttler each, counted per minute: sign-in per account (the user name or client
 * id in the body) and per client address; every authenticated write per organisation; batch and
 * import per organisation too. The guard runs after the access guard, so the caller is known.
 */
export function rateLimits(env: RateLimitEnvironment): ThrottlerModuleOptions {
  const throttler = (name: string, limit: number, applies: (context: ExecutionContext) => boolean, tracker: (req: Request & { user?: Actor }) => string): ThrottlerOptions => ({
    name, limit, ttl: MINUTE_MS,
    skipIf: (context) => context.getType() !== 'http' || !applies(context),
    getTracker: (req) => digest(tracker(req as Request & { user?: Actor })),
    generateKey: (_context, tracker, throttlerName) => `${throttlerName}:${tracker}`,
  });
  const organisation = (req: Request & { user?: Actor }) => req.user?.organisationId ?? `client:${req.ip}`;
  return {
    setHeaders: false,
    throttlers: [
      throttler('sign-in-account', env.RATE_LIMIT_SIGN_IN_PER_ACCOUNT, (c) => kindOf(c) === 'sign-in', (req) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        return String(body.username ?? body.client_id ?? '').toLowerCase();
      }),
      throttler('sign-in-client', env.RATE_LIMIT_SIGN_IN_PER_CLIENT, (c) => kindOf(c) === 'sign-in', (req) => req.ip ?? ''),
      throttler('writes', env.RATE_LIMIT_WRITES_PER_ORGANISATION, (c) => !READS.includes(request(c).method) && !!request(c).user, organisation),
      throttler('bulk', env.RATE_LIMIT_BULK_PER_ORGANISATION, (c) => kindOf(c) === 'bulk', organisation),
    ],
  };
}

interface Counter {
  _id: string;
  hits: number;
  expiresAt: number;
}

/**
 * Counts calls in the store, in fixed one-minute windows, so that every instance of a service
 * counts against the same limit. A window's counter is one atomic increment.
 */
@Injectable()
export class StoredRateCounters implements ThrottlerStorage {
  constructor(@InjectConnection() private readonly mongo: Connection) {}

  private counters() {
    if (!this.mongo.db) throw new Error('MongoDB connection is not open');
    return this.mongo.db.collection<Counter>('rate_limit_counters');
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, _throttlerName: string): ReturnType<ThrottlerStorage['increment']> {
    const now = Date.now();
    const expiresAt = Math.floor(now / ttl) * ttl + ttl;
    const counter = await this.counters().findOneAndUpdate(
      { _id: `${key}:${expiresAt}` },
      { $inc: { hits: 1 }, $setOnInsert: { expiresAt } },
      { upsert: true, returnDocument: 'after' },
    );
    // Past windows are removed now and then rather than on every call.
    if (Math.random() < 0.01) void this.counters().deleteMany({ expiresAt: { $lt: now } }).catch(() => undefined);
    const totalHits = counter?.hits ?? 1;
    const timeToExpire = Math.max(1, Math.ceil((expiresAt - now) / 1000));
    const isBlocked = totalHits > limit;
    return { totalHits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }
}

/** Answers an exceeded limit with a 429 problem naming it, with `Retry-After`. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const name = detail.key.slice(0, detail.key.indexOf(':'));
    throw new ProblemException(CommonProblems.tooManyRequests(detail.timeToBlockExpire || detail.timeToExpire, LIMITS[name](detail.limit)));
  }
}

