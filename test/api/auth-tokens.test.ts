import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, errorCode, gql, gqlOk, session, type Caller } from './edit-support.js';

let s: TestServer;
let editor: Caller;
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'scripter@example.org', 'EDITOR');
  editor = await session(s, 'scripter@example.org');
});
afterAll(async () => {
  await s?.close();
});

const WRITE = 'mutation($i: NewSourceInput!) { createSource(input: $i) { key } }';

describe('personal API tokens', () => {
  it('are shown once, stored hashed, and authenticate scripts with Authorization: Bearer', async () => {
    const made = await gqlOk(
      s,
      'mutation { createApiToken(name: "nightly import") { token apiToken { id name prefix lastUsedAt revokedAt } } }',
      {},
      editor,
    );
    const { token, apiToken } = made.createApiToken;
    expect(token).toMatch(/^atlas_pat_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'nightly import', prefix: token.slice(0, 16), lastUsedAt: null, revokedAt: null });
    const stored = await s.app.db.em.fork().getConnection().execute<{ token_hash: string }[]>('select token_hash from api_token');
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await gqlOk(s, '{ me { email role } }', {}, { token });
    expect(me.me).toEqual({ email: 'scripter@example.org', role: 'EDITOR' });
    const write = await gqlOk(s, WRITE, { i: { key: 'token-written', title: 'Written with a token', publisher: 'Script' } }, { token });
    expect(write.createSource.key).toBe('token-written');
    const listed = await gqlOk(s, '{ myApiTokens { name lastUsedAt } }', {}, editor);
    expect(listed.myApiTokens[0].lastUsedAt).not.toBeNull();
  });

  it('stop working at once when revoked', async () => {
    const made = await gqlOk(s, 'mutation { createApiToken(name: "short lived") { token apiToken { id } } }', {}, editor);
    const { token, apiToken } = made.createApiToken;
    const revoked = await gqlOk(s, 'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id }, { token });
    expect(revoked.revokeApiToken.revokedAt).not.toBeNull();
    const r = await gql(s, WRITE, { i: { title: 'After revocation', publisher: 'Script' } }, { token });
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/revoked/);
    const read = await gql(s, '{ me { email } project(slug: "all-in") { name } }', {}, { token });
    expect(read.data).toEqual({ me: null, project: { name: 'All in' } });
  });

  it('refuses an unknown or malformed token on writes', async () => {
    expect(errorCode(await gql(s, WRITE, { i: { title: 'x', publisher: 'y' } }, { token: 'atlas_pat_nonsense' }))).toBe('UNAUTHENTICATED');
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(200);
    const bad = await gql(s, WRITE, { i: { title: 'x', publisher: 'y' } }, null);
    expect(errorCode(bad)).toBe('UNAUTHENTICATED');
  });

  it('work for the CSV import as well', async () => {
    const made = await gqlOk(s, 'mutation { createApiToken(name: "csv") { token } }', {}, editor);
    const res = await fetch(`${s.url}/import/organisations?dryRun=1&source=seed-003`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${made.createApiToken.token}` },
      body: 'name,kind\nToken Org,COMPANY\n',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { job: { created: number } }).job.created).toBe(1);
  });
});
