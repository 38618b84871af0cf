import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlResponse, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const onPostgres = Boolean(process.env.DATABASE_URL);

function firstError(r: GqlResponse) {
  expect(r.errors, JSON.stringify(r)).toBeDefined();
  return r.errors![0]!;
}

/** `organisations { nodes { memberships { partnership { members { organisation … } } } } }`, `levels` times over. */
function membershipChain(levels: number, leaf: string): string {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = `memberships { partnership { members { organisation { ${inner} } } } }`;
  return inner;
}

describe('query depth is limited to 12', () => {
  it('answers a query 12 levels deep', async () => {
    // organisations > nodes > (memberships > partnership > members > organisation) x2 > memberships > id
    const r = await s.gql(`{ organisations(first: 1) { nodes { ${membershipChain(2, 'memberships { id }')} } } }`);
    expect(r.errors).toBeUndefined();
  });

  it('rejects a query 13 levels deep with a 400 naming the limit', async () => {
    const r = await s.gql(`{ organisations(first: 1) { nodes { ${membershipChain(2, 'memberships { partnership { id } }')} } } }`);
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(firstError(r).message).toMatch(/depth limit of 12 exceeded, found 13/);
    expect(firstError(r).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('aliases are limited to 20', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: programmes { id }`).join(' ')} }`;

  it('answers 20 aliases', async () => {
    const r = await s.gql<Record<string, unknown[]>>(aliased(20));
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data ?? {})).toHaveLength(20);
  });

  it('rejects 21 aliases with a 400 naming the limit', async () => {
    const r = await s.gql(aliased(21));
    expect(r.status).toBe(400);
    expect(firstError(r).message).toMatch(/Aliases limit of 20 exceeded, found 21/);
  });
});

describe('documents are limited to 3000 tokens', () => {
  // `query Qn { __typename }` is 5 tokens; one document may hold many operations (one is run).
  const operations = (n: number) => Array.from({ length: n }, (_, i) => `query Q${i} { __typename }`).join('\n');
  const run = async (query: string): Promise<GqlResponse> => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName: 'Q0' }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GqlResponse, 'status'>) };
  };

  it('answers a document of 2000 tokens', async () => {
    const r = await run(operations(400));
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ __typename: 'Query' });
  });

  it('rejects a document of 4000 tokens with a 400 parse error naming the limit', async () => {
    const r = await run(operations(800));
    expect(r.status).toBe(400);
    expect(firstError(r).message).toMatch(/Document contains more th[ae]t? 3000 tokens/);
    expect(firstError(r).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a syntax error with a 400 GRAPHQL_PARSE_FAILED, not a server error', async () => {
    const r = await s.gql('{ organisations { ');
    expect(r.status).toBe(400);
    expect(firstError(r).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(firstError(r).message).toMatch(/^Syntax Error/);
  });
});

describe('query cost is limited to 20000, connections costed by `first`', () => {
  // Every field costs 1; a connection costs 1 + its children times `first`. The inner connection
  // (nodes { id }) costs 201, the chain above it brings a node to 207: 1 + 207 × first in all.
  const nested = (first: number) =>
    `{ organisations(first: ${first}) { nodes { memberships { partnership { members { organisation { region { organisations(first: 100) { nodes { id } } } } } } } } } }`;

  it('answers a nested page costing 18 631 (first: 90)', async () => {
    const r = await s.gql(nested(90));
    expect(r.errors).toBeUndefined();
  });

  it('rejects the same page at first: 100 (cost 20 701) before running it, saying what to do', async () => {
    s.resetQueries();
    const r = await s.gql(nested(100));
    expect(r.status).toBe(400);
    const error = firstError(r);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 20701, limit: 20000 });
    expect(error.message).toBe('Query cost 20701 exceeds the limit of 20000; ask for fewer items (first) or fewer fields');
    expect(s.queries).toEqual([]);
  });
});

describe('request bodies are limited to 100kb', () => {
  const post = (body: string) => fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a 90kb request', async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(90 * 1024)}` }));
    expect(res.status).toBe(200);
  });

  it('answers a body over 100kb with 413 and a JSON error naming the limit', async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(101 * 1024)}` }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Request body too large: the limit is 100kb', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers a body that is not JSON with 400 and a JSON error', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ __typename }');

  it('blocks a GET without a preflight header', async () => {
    const res = await fetch(`${s.url}/graphql?query=${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as GqlResponse;
    expect(firstError(body).message).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers the same GET when it carries apollo-require-preflight', async () => {
    const res = await fetch(`${s.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('blocks a POST sent as text/plain (a "simple" cross-site request)', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GqlResponse;
    expect(firstError(body).message).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('errors never carry a stack trace or internals', () => {
  const bad: [string, string][] = [
    ['not found', '{ project(slug: "nope") { name } }'],
    ['bad argument', '{ organisations(first: 0) { totalCount } }'],
    ['bad cursor', '{ organisations(after: "nope") { totalCount } }'],
    ['bad id', '{ node(id: "nope") { id } }'],
    ['unknown field', '{ organisations { nodez } }'],
    ['syntax error', '{ organisations { '],
    ['too deep', `{ organisations { nodes { ${membershipChain(3, 'id')} } } }`],
    ['database error', '{ organisation(slug: "a\\u0000b") { name } }'],
  ];

  it.each(bad)('%s: no extensions.stacktrace, no SQL, no file paths', async (_what, query) => {
    const r = await s.gql(query);
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const error of r.errors ?? []) {
      expect(error.extensions?.stacktrace).toBeUndefined();
      expect(error.message).not.toMatch(/\bselect\b|\bfrom "|\.ts:\d|\.js:\d|node_modules|\n\s+at /i);
    }
  });

  it('a database error is an opaque INTERNAL_SERVER_ERROR', async () => {
    const r = await s.gql('{ organisation(slug: "a\\u0000b") { name } }');
    expect(firstError(r)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('field suggestions are hidden (no schema leaks through "Did you mean")', async () => {
    const r = await s.gql('{ organisations { nodez } }');
    expect(firstError(r).message).not.toMatch(/Did you mean/);
  });
});

describe('request timeout', () => {
  /** Sends the headers and the first bytes of a request, the rest after `delayMs`. */
  function slowRequest(url: string, body: string, delayMs: number): Promise<{ status: number; body: GqlResponse }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as GqlResponse }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), delayMs);
    });
  }

  it('answers a request still running after requestTimeoutMs with 503 TIMEOUT, and keeps serving', async () => {
    const slow = await startTestServer({ requestTimeoutMs: 100 });
    try {
      const res = await slowRequest(slow.url, JSON.stringify({ query: '{ __typename }' }), 400);
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        errors: [{ message: 'The request took longer than 100 ms and was stopped', extensions: { code: 'TIMEOUT' } }],
      });
      expect((await slow.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      await slow.close();
    }
  });

  it.runIf(onPostgres)('answers a query waiting on the database past requestTimeoutMs with 503 TIMEOUT (PostgreSQL)', async () => {
    const slow = await startTestServer({ requestTimeoutMs: 200 });
    const blocker = new pg.Client({ connectionString: slow.databaseUrl });
    try {
      await blocker.connect();
      await blocker.query('begin');
      await blocker.query('lock table organisation in access exclusive mode');
      const r = await slow.gql('{ organisations(first: 5) { totalCount } }');
      expect(r.status).toBe(503);
      expect(firstError(r).extensions?.code).toBe('TIMEOUT');
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
      await slow.close();
    }
  });
});

describe('PostgreSQL statement timeout', () => {
  // A second connection holds a lock on organisation, so the server's statement waits past the
  // timeout however fast the machine. (1 ms would also cancel the migrations at startup.)
  it.runIf(onPostgres)('cancels a statement running past statementTimeoutMs: code TIMEOUT, no SQL in the message', async () => {
    const slow = await startTestServer({ statementTimeoutMs: 250 });
    const blocker = new pg.Client({ connectionString: slow.databaseUrl });
    try {
      await blocker.connect();
      await blocker.query('begin');
      await blocker.query('lock table organisation in access exclusive mode');
      const r = await slow.gql('{ organisations(first: 5) { totalCount } }');
      expect(firstError(r)).toMatchObject({ message: 'The query took too long and was stopped', extensions: { code: 'TIMEOUT' } });
      expect(JSON.stringify(r)).not.toMatch(/select|organisation"|canceling statement/i);
      await blocker.query('rollback');
      expect(
        (await slow.gql<{ organisations: { totalCount: number } }>('{ organisations(first: 5) { totalCount } }')).data?.organisations
          .totalCount,
      ).toBe(34);
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
      await slow.close();
    }
  });
});
