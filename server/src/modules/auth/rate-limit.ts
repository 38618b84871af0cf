export interface RateLimitResult {
  allowed: boolean;
  /** Attempts left in the current window after this one. */
  remaining: number;
  /** When the window ends (ms from now). */
  retryAfterMs: number;
}

/**
 * Counts attempts per key in a fixed window. In-memory for one process (the default); Redis when
 * REDIS_URL is set, so several server processes share one count.
 */
export interface RateLimiter {
  /** Counts one attempt against `key` and tells whether it is within `limit` per `windowMs`. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Forgets the attempts of `key` (after a successful sign-in). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.now();
    this.sweep(now);
    let w = this.windows.get(key);
    if (!w || w.endsAt <= now) {
      w = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count += 1;
    return { allowed: w.count <= limit, remaining: Math.max(0, limit - w.count), retryAfterMs: w.endsAt - now };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  /** Drops ended windows now and then, so the map does not grow with every key ever seen. */
  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, w] of this.windows) if (w.endsAt <= now) this.windows.delete(k);
  }
}

export class RedisRateLimiter implements RateLimiter {
  private connecting: ReturnType<RedisRateLimiter['connect']> | undefined;

  constructor(
    private readonly url: string,
    private readonly prefix = 'atlas:ratelimit:',
  ) {}

  private async connect() {
    // imported on first use: a server without REDIS_URL never loads the client (~0.13 s of start-up)
    const { createClient } = await import('redis');
    const c = createClient({ url: this.url });
    c.on('error', () => undefined); // reconnects by itself; a failed command still rejects
    await c.connect();
    return c;
  }

  private client() {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const c = await this.client();
    const k = this.prefix + key;
    // INCR and set the expiry only when the key is new (NX): one fixed window per key, shared by all processes.
    const [count, , ttl] = (await c.multi().incr(k).pExpire(k, windowMs, 'NX').pTTL(k).exec()) as unknown as [number, number, number];
    const retryAfterMs = ttl > 0 ? ttl : windowMs;
    return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterMs };
  }

  async reset(key: string): Promise<void> {
    const c = await this.client();
    await c.del(this.prefix + key);
  }

  async close(): Promise<void> {
    if (!this.connecting) return;
    const c = await this.connecting.catch(() => null);
    await c?.close().catch(() => undefined);
  }
}

/** Redis when REDIS_URL is set (its keys under `prefix`, default RATE_LIMIT_PREFIX or atlas:ratelimit:), else in-memory. */
export function createRateLimiter(
  redisUrl: string | undefined = process.env.REDIS_URL || undefined,
  prefix: string | undefined = process.env.RATE_LIMIT_PREFIX || undefined,
): RateLimiter {
  return redisUrl ? new RedisRateLimiter(redisUrl, prefix) : new MemoryRateLimiter();
}

function intFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Sign-in policy: per e-mail and per client address, in a window. Configurable for operations. */
export function signInLimits() {
  return {
    perEmail: intFromEnv('SIGNIN_MAX_ATTEMPTS', 10),
    perAddress: intFromEnv('SIGNIN_MAX_ATTEMPTS_PER_ADDRESS', 100),
    windowMs: intFromEnv('SIGNIN_WINDOW_SECONDS', 15 * 60) * 1000,
  };
}
