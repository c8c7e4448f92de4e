import { DEMO_PASSWORD, PlatformUnderTest } from '../support/platform-under-test';
import { ServiceName } from '../support/service-processes';

/** A seeded pseudo-random source (mulberry32): the same seed makes the same choices. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n: number) => Math.floor(next() * n),
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    shuffle: <T>(items: readonly T[]) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    /** A UUID-shaped id drawn from the seed. */
    id: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
    },
  };
}
export type Random = ReturnType<typeof seededRandom>;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Who = 'cso-reporter' | 'program-manager' | 'me-officer' | 'admin';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** How long one request is retried through an outage before the workload gives up on it. */
const GIVE_UP_AFTER_MS = 180_000;
const ATTEMPT_TIMEOUT_MS = 15_000;
/** Share of attempts a client gives up on after a few milliseconds, answer or not: the server may well apply them. */
const IMPATIENT_SHARE = 0.05;
/** Access tokens live 15 minutes; one refused before this age is a finding, not an expiry. */
const TOKEN_FRESH_MS = 12 * 60_000;

/**
 * HTTP as a patient client does it: a request that fails without an answer (connection refused or
 * reset, no answer in time) or with 502/503/504 is sent again, the same request with the same
 * Idempotency-Key, so its first attempt may or may not have been applied: the caller settles that.
 * Anything a client would not expect is written down as an anomaly, and the suite fails on any.
 */
export class PatientClient {
  readonly anomalies: string[] = [];
  readonly hung: string[] = [];
  readonly counts = { requests: 0, retries: 0, abandoned: 0, unknownOutcomes: 0, signIns: 0 };
  private readonly tokens = new Map<Who, { token: string; at: number }>();

  constructor(
    private readonly platform: PlatformUnderTest,
    private readonly emails: Record<Who, string>,
    private readonly random: Random,
  ) {}

  anomaly(text: string): void {
    this.anomalies.push(text);
  }

  /**
   * One exchange, answer read to the end, or undefined when none came in time. Bounded by a timer
   * of its own besides the abort signal, so a client library that never settles after an abort is
   * written down (in `hung`) instead of hanging the suite.
   */
  private async exchange(what: string, url: string, init: RequestInit, timeoutMs: number): Promise<{ status: number; headers: Headers; text: string } | undefined> {
    const attempt = (async () => {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      return { status: response.status, headers: response.headers, text: await response.text() };
    })().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), timeoutMs + 10_000)));
    const outcome = await Promise.race([attempt, hung]).finally(() => clearTimeout(timer));
    if (outcome !== 'hung') return outcome;
    // The abort signal should have ended it whatever the server did: the client library's fault, counted apart.
    this.hung.push(`${what}: neither answered nor aborted ${timeoutMs + 10_000} ms after it was sent`);
    return undefined;
  }

  private async token(who: Who, renew = false): Promise<string> {
    const held = this.tokens.get(who);
    if (held && !renew && Date.now() - held.at < TOKEN_FRESH_MS) return held.token;
    const deadline = Date.now() + GIVE_UP_AFTER_MS;
    for (;;) {
      const answer = await this.exchange(`sign-in of ${who}`, `${this.platform.url('directory')}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'password', username: this.emails[who], password: DEMO_PASSWORD }),
      }, ATTEMPT_TIMEOUT_MS);
      if (answer?.status === 200) {
        this.counts.signIns++;
        const { access_token: token } = JSON.parse(answer.text) as { access_token: string };
        this.tokens.set(who, { token, at: Date.now() });
        return token;
      }
      if (answer && ![502, 503, 504].includes(answer.status)) this.anomaly(`sign-in of ${who}: ${answer.status} ${answer.text.slice(0, 200)}`);
      if (Date.now() > deadline) throw new Error(`sign-in of ${who} still failing after ${GIVE_UP_AFTER_MS} ms`);
      await sleep(500);
    }
  }

  async send(who: Who, service: ServiceName, method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<Answer> {
    this.counts.requests++;
    const deadline = Date.now() + GIVE_UP_AFTER_MS;
    let backoff = 200;
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1) {
        this.counts.retries++;
        if (Date.now() > deadline) throw new Error(`${method} ${service}${path} unanswered after ${GIVE_UP_AFTER_MS} ms`);
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 3000);
      }
      const token = await this.token(who);
      const impatient = this.random.chance(IMPATIENT_SHARE);
      const response = await this.exchange(`${method} ${service}${path}`, `${this.platform.url(service)}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }, impatient ? this.random.between(2, 40) : ATTEMPT_TIMEOUT_MS);
      if (!response) {
        if (impatient) this.counts.abandoned++;
        continue; // no answer, or a cut one: the outcome is unknown, the retry settles it
      }
      const { text } = response;
      if ([502, 503, 504].includes(response.status)) {
        if (response.status === 503 && !response.headers.get('retry-after')) this.anomaly(`${method} ${service}${path}: 503 without Retry-After: ${text.slice(0, 200)}`);
        continue;
      }
      if (response.status === 401) {
        if (Date.now() - (this.tokens.get(who)?.at ?? 0) < TOKEN_FRESH_MS) this.anomaly(`${method} ${service}${path}: a fresh token of ${who} refused (401): ${text.slice(0, 200)}`);
        await this.token(who, true);
        continue;
      }
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: kept as text for the anomaly that names it
      }
      if (response.status >= 500) this.anomaly(`${method} ${service}${path}: ${response.status} ${text.slice(0, 300)}`);
      return { status: response.status, body: parsed };
    }
  }
}
