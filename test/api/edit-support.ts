// Helpers shared by the write-path tests (auth-*, edit-*, history*, import*): accounts, sign-in, and
// GraphQL requests as a given caller.
import { createAccount } from '../../server/src/modules/auth/accounts.js';
import type { Role } from '../../server/src/modules/auth/auth.roles.js';
import type { GqlResponse, TestServer } from '../support/server.js';

export const PASSWORD = 'correct horse battery staple';

export type Caller = { cookie?: string; token?: string } | null;

export function headersFor(caller: Caller): Record<string, string> {
  if (!caller) return {};
  if (caller.token) return { authorization: `Bearer ${caller.token}` };
  return caller.cookie ? { cookie: caller.cookie } : {};
}

export async function gqlRaw<T = Record<string, unknown>>(
  s: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = null,
) {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersFor(caller) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { res, body: { status: res.status, ...body } as GqlResponse<T> };
}

export async function gql<T = Record<string, unknown>>(
  s: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = null,
) {
  return (await gqlRaw<T>(s, query, variables, caller)).body;
}

/** Like gql, but fails the test with the server's message when the request had errors. */
export async function gqlOk<T = Record<string, any>>(
  s: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = null,
): Promise<T> {
  const r = await gql<T>(s, query, variables, caller);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

export function errorCode(r: GqlResponse): string | undefined {
  return r.errors?.[0]?.extensions?.code as string | undefined;
}

/** Creates an account straight in the database (as the create-admin command does). */
export async function account(s: TestServer, email: string, role: Role): Promise<void> {
  await createAccount(s.app.db.em.fork(), { email, password: PASSWORD, role });
}

export async function signIn(s: TestServer, email: string, password = PASSWORD): Promise<{ cookie: string; setCookie: string }> {
  const { res, body } = await gqlRaw(s, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }', {
    e: email,
    p: password,
  });
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('atlas_session=')) ?? '';
  return { cookie: setCookie.split(';')[0]!, setCookie };
}

/** A global id as the API makes them. */
export function gid(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** A session straight in the database (no password hashing, no rate limit): a cookie for `email`. */
export async function session(s: TestServer, email: string): Promise<{ cookie: string }> {
  const { randomBytes, createHash } = await import('node:crypto');
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token).digest('hex');
  await s.app.db.em
    .fork()
    .getConnection()
    .execute(
      `insert into auth_session (token_hash, user_id, created_at, expires_at, last_seen_at) select ?, id, now(), now() + interval '1 day', now() from app_user where email = ?`,
      [hash, email],
    );
  return { cookie: `atlas_session=${token}` };
}
