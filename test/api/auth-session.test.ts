import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, errorCode, gql, gqlRaw, PASSWORD, signIn } from './edit-support.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'editor@example.org', 'EDITOR');
});
afterAll(async () => {
  await s?.close();
});

const ME = '{ me { email role } }';

describe('signing in and out', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and knows the user by it', async () => {
    const { cookie, setCookie } = await signIn(s, 'Editor@Example.org');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http here; Secure behind https
    const r = await gql(s, ME, {}, { cookie });
    expect(r.data).toEqual({ me: { email: 'editor@example.org', role: 'EDITOR' } });
  });

  it('marks the cookie Secure when the request came over https through the proxy', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({
        query: 'mutation { signIn(email: "editor@example.org", password: "correct horse battery staple") { expiresAt } }',
      }),
    });
    expect(res.headers.getSetCookie().join(';')).toMatch(/Secure/);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const r = await gql(s, 'mutation { signIn(email: "editor@example.org", password: "not the password") { expiresAt } }');
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toBe('Wrong e-mail or password');
    const unknown = await gql(s, 'mutation { signIn(email: "nobody@example.org", password: "not the password") { expiresAt } }');
    expect(unknown.errors?.[0]?.message).toBe('Wrong e-mail or password');
  });

  it('is anonymous without a cookie: me is null and reading still works', async () => {
    const r = await gql(s, `${ME.slice(0, -1)} project(slug: "all-in") { name } }`);
    expect(r.data).toEqual({ me: null, project: { name: 'All in' } });
  });

  it('ends the session on sign-out: the same cookie no longer identifies anyone', async () => {
    const { cookie } = await signIn(s, 'editor@example.org');
    const { res, body } = await gqlRaw(s, 'mutation { signOut }', {}, { cookie });
    expect(body.data).toEqual({ signOut: true });
    expect(res.headers.getSetCookie().join(';')).toMatch(/atlas_session=;/);
    const after = await gql(s, ME, {}, { cookie });
    expect(after.data).toEqual({ me: null });
    const write = await gql(s, 'mutation { createApiToken(name: "x") { token } }', {}, { cookie });
    expect(errorCode(write)).toBe('UNAUTHENTICATED');
  });

  it('keeps sessions in the database, so another server process over the same database knows them', async () => {
    const { cookie } = await signIn(s, 'editor@example.org');
    const hash = (await import('node:crypto')).createHash('sha256').update(cookie.split('=')[1]!).digest('hex');
    const rows = await s.app.db.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*)::text as n from auth_session where token_hash = ?', [hash]);
    expect(rows[0]?.n).toBe('1');
  });

  it('lets a user change their own password, after which the old one fails', async () => {
    await account(s, 'changer@example.org', 'VIEWER');
    const { cookie } = await signIn(s, 'changer@example.org');
    const r = await gql(
      s,
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      { i: { currentPassword: PASSWORD, newPassword: 'an entirely new passphrase' } },
      { cookie },
    );
    expect(r.data).toEqual({ changePassword: true });
    const old = await gql(s, `mutation { signIn(email: "changer@example.org", password: "${PASSWORD}") { expiresAt } }`);
    expect(errorCode(old)).toBe('UNAUTHENTICATED');
    await expect(signIn(s, 'changer@example.org', 'an entirely new passphrase')).resolves.toMatchObject({
      cookie: expect.stringMatching(/^atlas_session=/),
    });
  });
});
