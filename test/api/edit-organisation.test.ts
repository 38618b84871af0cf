import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, errorCode, gql, gqlOk, signIn, type Caller } from './edit-support.js';

let s: TestServer;
let editor: Caller;
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'editor@example.org', 'EDITOR');
  editor = await signIn(s, 'editor@example.org');
});
afterAll(async () => {
  await s?.close();
});

const CREATE = `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id name slug kind orgNumber version profile { legalForm businessLine } region { code } sources { source { key } quote } } }`;
const UPDATE = `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id name version url } }`;
const DELETE = `mutation($i: DeleteInput!) { deleteOrganisation(input: $i) { deletedId } }`;

const base = { name: 'Returverket Hällefors', kind: 'SOCIAL_ENTERPRISE', source: { key: 'seed-003', quote: 'Returverket' } };

describe('editing organisations', () => {
  it('creates a social enterprise with its profile, cited by the named source', async () => {
    const data = await gqlOk(
      s,
      CREATE,
      { i: { ...base, orgNumber: '5560360793', municipalityCode: '1863', legalForm: 'Ekonomisk förening', businessLine: 'Second hand' } },
      editor,
    );
    expect(data.createOrganisation).toMatchObject({
      slug: 'returverket-hallefors',
      orgNumber: '556036-0793',
      version: 1,
      profile: { legalForm: 'Ekonomisk förening', businessLine: 'Second hand' },
      region: { code: '18' },
      sources: [{ source: { key: 'seed-003' }, quote: 'Returverket' }],
    });
  });

  it('refuses a new fact without a source, naming the field source, and writes nothing', async () => {
    const r = await gql(s, CREATE, { i: { name: 'Utan källa AB', kind: 'COMPANY' } }, editor);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('source');
    const check = await gql(s, '{ organisations(filter: { text: "Utan källa" }) { totalCount } }');
    expect(check.data).toEqual({ organisations: { totalCount: 0 } });
  });

  it('accepts a new source given inline and cites it', async () => {
    const data = await gqlOk(
      s,
      CREATE,
      {
        i: {
          name: 'Inline Källa Förening',
          kind: 'ASSOCIATION',
          source: { new: { title: 'Årsredovisning 2019', publisher: 'Inline Källa Förening', url: 'https://example.org/ar.pdf' } },
        },
      },
      editor,
    );
    expect(data.createOrganisation.sources[0].source.key).toMatch(/^arsredovisning-2019-[0-9a-f]{6}$/);
  });

  it('names the field of each invalid value', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ orgNumber: '556036-0794' }, 'orgNumber'],
      [{ slug: 'Not A Slug' }, 'slug'],
      [{ municipalityCode: '9999' }, 'municipalityCode'],
      [{ regionCode: 'ZZ99' }, 'regionCode'],
      [{ municipalityCode: '1863', regionCode: '01' }, 'regionCode'],
      [{ url: 'not a url' }, 'url'],
      [{ kind: 'COMPANY', legalForm: 'Aktiebolag' }, 'legalForm'],
      [{ source: { key: 'no-such-source' } }, 'source.key'],
      [{ source: { new: { title: '', publisher: 'x' } } }, 'source.new.title'],
    ];
    for (const [patch, field] of cases) {
      const r = await gql(s, CREATE, { i: { ...base, name: `Bad ${field}`, ...patch } }, editor);
      expect(errorCode(r), field).toBe('BAD_USER_INPUT');
      const fields = (r.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [
        r.errors?.[0]?.extensions?.field,
      ];
      expect(fields, JSON.stringify(r.errors)).toContain(field);
      expect(r.errors?.[0]?.message).toContain(field);
    }
    const check = await gql(s, '{ organisations(filter: { text: "Bad " }) { totalCount } }');
    expect(check.data).toEqual({ organisations: { totalCount: 0 } });
  });

  it('refuses a slug or an organisationsnummer already taken with CONFLICT naming the field', async () => {
    const slug = await gql(s, CREATE, { i: { ...base, name: 'Another', slug: 'region-orebro-lan' } }, editor);
    expect(errorCode(slug)).toBe('CONFLICT');
    expect(slug.errors?.[0]?.extensions?.field).toBe('slug');
    const number = await gql(s, CREATE, { i: { ...base, name: 'Yet another', orgNumber: '556036-0793' } }, editor);
    expect(errorCode(number)).toBe('CONFLICT');
    expect(number.errors?.[0]?.extensions?.field).toBe('orgNumber');
  });

  it('updates with the loaded version and bumps it', async () => {
    const made = await gqlOk(s, CREATE, { i: { ...base, name: 'Versioned Org' } }, editor);
    const { id } = made.createOrganisation;
    const up = await gqlOk(s, UPDATE, { i: { id, version: 1, url: 'https://versioned.example.org', source: { key: 'seed-003' } } }, editor);
    expect(up.updateOrganisation).toMatchObject({ version: 2, url: 'https://versioned.example.org' });
  });

  it('refuses a stale version with CONFLICT carrying the current values, and keeps them', async () => {
    const made = await gqlOk(s, CREATE, { i: { ...base, name: 'Contested Org' } }, editor);
    const { id } = made.createOrganisation;
    await gqlOk(s, UPDATE, { i: { id, version: 1, name: 'Contested Org (first)', source: { key: 'seed-003' } } }, editor);
    const stale = await gql(s, UPDATE, { i: { id, version: 1, name: 'Contested Org (second)', source: { key: 'seed-003' } } }, editor);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      field: 'version',
      currentVersion: 2,
      current: { name: 'Contested Org (first)', version: 2 },
    });
    const now = await gqlOk(s, `query($id: ID!) { node(id: $id) { ... on Organisation { name version } } }`, { id });
    expect(now.node).toEqual({ name: 'Contested Org (first)', version: 2 });
  });

  it('refuses to delete an organisation others point at, naming them', async () => {
    const org = await gqlOk(s, '{ organisation(slug: "hallefors-kommun") { id version } }');
    const r = await gql(s, DELETE, { i: { id: org.organisation.id } }, editor);
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toMatch(/1 project \(as owner\)/);
    expect(r.errors?.[0]?.extensions?.references).toContainEqual({ type: 'Project', field: 'owner', count: 1 });
  });

  it('deletes an organisation nothing points at, with its citations', async () => {
    const made = await gqlOk(s, CREATE, { i: { ...base, name: 'Short Lived Org' } }, editor);
    const { id } = made.createOrganisation;
    const r = await gqlOk(s, DELETE, { i: { id, version: 1 } }, editor);
    expect(r.deleteOrganisation.deletedId).toBe(id);
    expect((await gqlOk(s, 'query($id: ID!) { node(id: $id) { id } }', { id })).node).toBeNull();
    const rows = await s.app.db.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(`select count(*)::text as n from citation where subject_type = 'Organisation' and subject_id = ?`, [
        String(Buffer.from(id, 'base64url').toString().split(':')[1]),
      ]);
    expect(rows[0]?.n).toBe('0');
  });
});
