import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlResponse, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

function onlyError(r: GqlResponse) {
  expect(r.errors, JSON.stringify(r)).toHaveLength(1);
  return r.errors![0]!;
}

describe('asking for something that does not exist', () => {
  it.each([
    ['region', '{ region(code: "99") { name } }', 'No region with code "99"'],
    ['organisation', '{ organisation(slug: "nope") { name } }', 'No organisation with slug "nope"'],
    ['partnership', '{ partnership(slug: "nope") { name } }', 'No partnership with slug "nope"'],
    ['project', '{ project(slug: "nope") { name } }', 'No project with slug "nope"'],
    ['source', '{ source(key: "nope") { title } }', 'No source with key "nope"'],
  ])('%s: NOT_FOUND with a message naming what was asked for, and no data', async (field, query, message) => {
    const r = await s.gql(query);
    expect(r.status).toBe(200);
    expect(onlyError(r)).toMatchObject({ message, path: [field], extensions: { code: 'NOT_FOUND' } });
    expect(r.data).toBeNull();
  });

  it('node: null for a well-formed id of a record that does not exist', async () => {
    const id = Buffer.from('Organisation:999999').toString('base64url');
    const r = await s.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(r.errors).toBeUndefined();
    expect(r.data?.node).toBeNull();
  });
});

describe('page size `first` is 1–100', () => {
  const connections: [string, (first: number) => string][] = [
    ['organisations', (n) => `{ organisations(first: ${n}) { totalCount } }`],
    ['projects', (n) => `{ projects(first: ${n}) { totalCount } }`],
    ['partnerships', (n) => `{ partnerships(first: ${n}) { totalCount } }`],
    ['sources', (n) => `{ sources(first: ${n}) { totalCount } }`],
    ['Region.organisations', (n) => `{ region(code: "18") { organisations(first: ${n}) { totalCount } } }`],
    ['Region.projects', (n) => `{ region(code: "18") { projects(first: ${n}) { totalCount } } }`],
  ];

  it.each(connections)('%s: first: 0 is BAD_USER_INPUT naming `first`', async (_name, query) => {
    const error = onlyError(await s.gql(query(0)));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', problems: ['first must be at least 1'] }] });
    expect(error.message).toBe('Invalid argument — first: first must be at least 1');
  });

  it.each(connections)('%s: first: 101 is BAD_USER_INPUT naming `first`', async (_name, query) => {
    const error = onlyError(await s.gql(query(101)));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', problems: ['first must be at most 100'] }] });
    expect(error.message).toBe('Invalid argument — first: first must be at most 100');
  });

  it('first: 1 and first: 100 are answered', async () => {
    const r = await s.gql<{ a: { nodes: unknown[] }; b: { nodes: unknown[] } }>(
      '{ a: organisations(first: 1) { nodes { id } } b: organisations(first: 100) { nodes { id } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.a.nodes).toHaveLength(1);
    expect(r.data?.b.nodes).toHaveLength(34);
  });

  it('a page size given as a variable is checked the same way', async () => {
    const error = onlyError(await s.operation('Organisations', { first: 500 }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/first must be at most 100/);
  });
});

describe('cursors', () => {
  it.each([
    ['not base64 of a cursor', 'nope'],
    ['a negative offset', Buffer.from('o:-1').toString('base64url')],
    ['an id, not a cursor', Buffer.from('Organisation:1').toString('base64url')],
  ])('%s is BAD_USER_INPUT naming `after`', async (_what, after) => {
    const error = onlyError(await s.operation('Organisations', { first: 5, after }));
    expect(error).toMatchObject({ message: `"${after}" is not a valid cursor`, extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('a bad cursor on a nested connection is refused the same way', async () => {
    const r = await s.gql('{ region(code: "18") { projects(after: "nope") { totalCount } } }');
    expect(onlyError(r)).toMatchObject({ path: ['region', 'projects'], extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('malformed input', () => {
  it('a variable of the wrong type is a 400 BAD_USER_INPUT naming the variable', async () => {
    const r = await s.operation('Organisations', { first: 'ten' });
    expect(r.status).toBe(400);
    expect(onlyError(r)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.errors?.[0]?.message).toMatch(/^Variable "\$first" got invalid value "ten"/);
  });

  it('an impossible date is a 400 BAD_USER_INPUT naming the field', async () => {
    const r = await s.operation('Projects', { filter: { activeFrom: '2019-02-30x' } });
    expect(r.status).toBe(400);
    expect(onlyError(r).extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/filter\.activeFrom/);
  });

  it('an unknown enum value is refused before anything runs', async () => {
    s.resetQueries();
    const r = await s.operation('Organisations', { filter: { kinds: ['CHARITY'] } });
    expect(r.status).toBe(400);
    expect(onlyError(r).extensions?.code).toBe('BAD_USER_INPUT');
    expect(s.queries).toEqual([]);
  });

  it('a filter text over 200 characters is BAD_USER_INPUT naming `text`', async () => {
    const error = onlyError(await s.operation('Organisations', { filter: { text: 'x'.repeat(201) } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/text must be at most 200 characters/);
  });

  it('a malformed municipality code in an organisation filter is BAD_USER_INPUT with the rule', async () => {
    const error = onlyError(await s.operation('Organisations', { filter: { municipalityCode: 'Hällefors' } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/municipalityCode must be a four-digit kommunkod/);
  });

  it('a malformed region code in a project filter is BAD_USER_INPUT with the rule', async () => {
    const error = onlyError(await s.operation('Projects', { filter: { regionCode: 'Örebro län' } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/regionCode must be a länskod/);
  });

  it('a malformed region code in a partnership filter is BAD_USER_INPUT with the rule', async () => {
    const error = onlyError(await s.operation('Partnerships', { filter: { regionCode: 'Örebro län' } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/regionCode must be a länskod/);
  });

  it('a funded-by year outside 1900–2100 is BAD_USER_INPUT naming the field', async () => {
    const error = onlyError(await s.operation('Regions', { filter: { fundedBy: { yearFrom: 1000, yearTo: 2018 } } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/yearFrom/);
  });
});
