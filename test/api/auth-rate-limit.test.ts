import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter, RedisRateLimiter } from '../../server/src/modules/auth/rate-limit.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, errorCode, gql, PASSWORD } from './edit-support.js';

describe('the in-memory rate limiter', () => {
  it('allows `limit` hits per window, then refuses until the window ends', async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 3; i += 1) expect((await limiter.hit('k', 3, 60_000)).allowed).toBe(true);
    const refused = await limiter.hit('k', 3, 60_000);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterMs).toBe(60_000);
    expect((await limiter.hit('other', 3, 60_000)).allowed).toBe(true);
    now += 60_001;
    expect((await limiter.hit('k', 3, 60_000)).allowed).toBe(true);
  });

  it('forgets a key on reset', async () => {
    const limiter = new MemoryRateLimiter();
    await limiter.hit('k', 1, 60_000);
    expect((await limiter.hit('k', 1, 60_000)).allowed).toBe(false);
    await limiter.reset('k');
    expect((await limiter.hit('k', 1, 60_000)).allowed).toBe(true);
  });
});

// The Redis implementation shares counts between server processes; it runs where REDIS_URL is set.
describe.runIf(process.env.REDIS_URL)('the Redis rate limiter', () => {
  it('counts across clients in one window, and resets', async () => {
    const key = `test-${Date.now()}-${Math.random()}`;
    const a = new RedisRateLimiter(process.env.REDIS_URL!, 'atlas:test:');
    const b = new RedisRateLimiter(process.env.REDIS_URL!, 'atlas:test:');
    try {
      expect((await a.hit(key, 2, 60_000)).allowed).toBe(true);
      expect((await b.hit(key, 2, 60_000)).allowed).toBe(true);
      const third = await a.hit(key, 2, 60_000);
      expect(third).toMatchObject({ allowed: false, remaining: 0 });
      expect(third.retryAfterMs).toBeGreaterThan(0);
      await b.reset(key);
      expect((await a.hit(key, 2, 60_000)).allowed).toBe(true);
      await a.reset(key);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('sign-in attempts', () => {
  let s: TestServer;
  const saved = process.env.SIGNIN_MAX_ATTEMPTS;
  // Unique per run: with REDIS_URL the counts outlive the server.
  const email = `target-${Date.now()}@example.org`;
  beforeAll(async () => {
    process.env.SIGNIN_MAX_ATTEMPTS = '3';
    s = await startTestServer();
    await account(s, email, 'EDITOR');
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.SIGNIN_MAX_ATTEMPTS;
    else process.env.SIGNIN_MAX_ATTEMPTS = saved;
    await s?.close();
  });

  it('are limited per e-mail: after the limit even the right password is refused for a while', async () => {
    const attempt = (password: string) =>
      gql(s, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }', { e: email, p: password });
    for (let i = 0; i < 3; i += 1) expect(errorCode(await attempt('wrong password here'))).toBe('UNAUTHENTICATED');
    const limited = await attempt(PASSWORD);
    expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors?.[0]?.extensions).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(limited.errors?.[0]?.message).toMatch(/Too many sign-in attempts/);
  });
});
