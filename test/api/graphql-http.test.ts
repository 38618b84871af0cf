import { pino } from 'pino';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

// GraphQL requests are answered on a fast path (server/src/common/graphql-http.ts) or, when out of the
// ordinary, by the Express route; both must answer, log and fail alike.

const lines: Record<string, unknown>[] = [];
let s: TestServer;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  s = await startTestServer({ logger: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await s?.close();
});

const SEARCH = JSON.stringify({
  query: 'query S($t: String!) { search(text: $t) { totalCount items { kind title node { __typename ... on Node { id } } } } }',
  variables: { t: 'orebro' },
});
const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const logOf = (id: string) => lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id);

describe('GraphQL over HTTP, fast path and Express route', () => {
  it('answers byte for byte the same on /graphql (fast path) and /graphql/ (Express route)', async () => {
    const fast = await post('/graphql', SEARCH);
    const express = await post('/graphql/', SEARCH);
    expect(fast.status).toBe(200);
    expect(express.status).toBe(200);
    expect(fast.headers.get('content-type')).toBe(express.headers.get('content-type'));
    const text = await fast.text();
    expect(text).toBe(await express.text());
    expect(JSON.parse(text).data.search.totalCount).toBe(3);
  });

  it('keeps a request id it is given, answers with it and logs the request under it, once', async () => {
    const res = await post('/graphql', SEARCH, { 'x-request-id': 'test-request-1' });
    expect(res.headers.get('x-request-id')).toBe('test-request-1');
    await res.text();
    await new Promise((r) => setTimeout(r, 50));
    const logged = logOf('test-request-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'POST', url: '/graphql', id: 'test-request-1' },
      res: { statusCode: 200 },
    });
    expect(typeof logged[0]!.responseTime).toBe('number');
  });

  it('gives a request without an id a new one', async () => {
    const a = await post('/graphql', SEARCH);
    const b = await post('/graphql', SEARCH);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get('x-request-id')).not.toBe(a.headers.get('x-request-id'));
  });

  it('answers GET with the query in the URL (with a CSRF preflight header; without, 400)', async () => {
    const url = `${s.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(url)).status).toBe(400);
  });

  it('leaves a compressed body to the Express route, which inflates it', async () => {
    const res = await post('/graphql', gzipSync(SEARCH), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { search: { totalCount: number } } }).data.search.totalCount).toBe(3);
  });

  it('refuses a body in a charset other than UTF-8, as before', async () => {
    const res = await post('/graphql', SEARCH, { 'content-type': 'application/json; charset=latin1' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('reads a JSON body with a UTF-8 charset and diacritics', async () => {
    const body = JSON.stringify({ query: 'query S($t: String!) { search(text: $t) { items { title } } }', variables: { t: 'Hällefors' } });
    const res = await post('/graphql', Buffer.from(body, 'utf8'), { 'content-type': 'application/json; charset=utf-8' });
    const titles = ((await res.json()) as { data: { search: { items: { title: string }[] } } }).data.search.items.map((i) => i.title);
    expect(titles).toContain('Hällefors kommun');
  });

  it('answers a JSON body that is not an object with 400 and a JSON error, and an empty one as a missing query', async () => {
    const scalar = await post('/graphql', '"query"');
    expect(scalar.status).toBe(400);
    expect(await scalar.json()).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    const empty = await post('/graphql', '');
    expect(empty.status).toBe(400);
    expect((await empty.text()).length).toBeGreaterThan(0);
  });

  it('answers a body that does not say it is JSON as Apollo does, without reading it as JSON', async () => {
    const res = await post('/graphql', SEARCH, { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('"data"');
  });

  it('limits sign-in attempts per client address as forwarded by the trusted proxy (Express helpers lent on demand)', async () => {
    const saved = process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS;
    process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS = '2';
    try {
      // Unique per run: with REDIS_URL the counts outlive the server.
      const octet = () => 1 + Math.floor(Math.random() * 250);
      const [a, b] = [`10.${octet()}.${octet()}.1`, `10.${octet()}.${octet()}.2`];
      const attempt = async (address: string, n: number) => {
        const body = JSON.stringify({
          query: 'mutation($e: String!) { signIn(email: $e, password: "not the password") { expiresAt } }',
          variables: { e: `nobody-${n}-${Date.now()}@example.org` },
        });
        const res = await post('/graphql', body, { 'x-forwarded-for': address });
        return ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;
      };
      expect(await attempt(a, 1)).toBe('UNAUTHENTICATED');
      expect(await attempt(a, 2)).toBe('UNAUTHENTICATED');
      expect(await attempt(a, 3)).toBe('TOO_MANY_REQUESTS');
      expect(await attempt(b, 4)).toBe('UNAUTHENTICATED');
    } finally {
      if (saved === undefined) delete process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS;
      else process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS = saved;
    }
  });
});
