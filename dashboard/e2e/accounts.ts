import { randomBytes } from 'node:crypto';

// The people the editing tests sign in as. The first ADMIN is made with the server's create-admin
// command before the server starts (as an operator would); the admin then creates the others through
// the API's createUser, like the admin pages would.

export interface Account {
  email: string;
  password: string;
  displayName: string;
}

export interface Accounts {
  admin: Account;
  /** EDITOR: signs in on the sign-in page, edits the Gävleborg funding. */
  editor: Account;
  /** EDITOR for the organisation edits (its own sign-ins, apart from the editor's rate limit). */
  orgEditor: Account;
  /** EDITOR for the CSV import. */
  importer: Account;
  /** PARTNERSHIP_EDITOR of Partnerskap för sociala innovationer. */
  partnershipEditor: Account;
  viewer: Account;
}

export function newPassword(): string {
  return `e2e-${randomBytes(12).toString('hex')}`;
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

async function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{ data: T; setCookie: string[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLAnswer<T>;
  if (!body.data || body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

/** Signs in over the API and returns the session cookie ("atlas_session=..."). */
export async function apiSignIn(url: string, account: Account): Promise<string> {
  const { setCookie } = await post(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }', {
    e: account.email,
    p: account.password,
  });
  const session = setCookie.find((cookie) => cookie.startsWith('atlas_session='));
  if (!session) throw new Error('signIn set no session cookie');
  return session.split(';')[0]!;
}

/** Runs a GraphQL operation as the holder of `cookie`. */
export async function apiAs<T>(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return (await post<T>(url, query, variables, cookie)).data;
}

/** The admin creates the other accounts (emails made unique with `suffix` when the server is shared). */
export async function createAccounts(url: string, admin: Account, suffix = ''): Promise<Accounts> {
  const cookie = await apiSignIn(url, admin);
  const { partnership } = await apiAs<{ partnership: { id: string } }>(
    url,
    cookie,
    '{ partnership(slug: "partnerskap-for-sociala-innovationer") { id } }',
  );
  const make = async (local: string, displayName: string, role: string, partnershipIds: string[] = []): Promise<Account> => {
    const account = { email: `${local}${suffix}@e2e.example.org`, password: newPassword(), displayName };
    await apiAs(url, cookie, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: account.email, password: account.password, role, displayName, partnershipIds },
    });
    return account;
  };
  return {
    admin,
    editor: await make('editor', 'Eva Redaktör', 'EDITOR'),
    orgEditor: await make('org-editor', 'Olle Redaktör', 'EDITOR'),
    importer: await make('importer', 'Ingrid Import', 'EDITOR'),
    partnershipEditor: await make('partnership-editor', 'Pia Partnerskap', 'PARTNERSHIP_EDITOR', [partnership.id]),
    viewer: await make('viewer', 'Vera Läsare', 'VIEWER'),
  };
}
