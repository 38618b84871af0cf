import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

interface Item {
  kind: string;
  match: string;
  title: string;
  subtitle: string | null;
  slug: string | null;
  code: string | null;
  node: { __typename: string; id: string };
}
interface Results {
  totalCount: number;
  items: Item[];
}

const SEARCH = `query S($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount
    items { kind match title subtitle slug code node { __typename ... on Node { id } } }
  }
}`;

async function search(text: string, first?: number): Promise<Results> {
  const r = await s.gql<{ search: Results }>(SEARCH, { text, first });
  expect(r.errors).toBeUndefined();
  return r.data!.search;
}

describe('search', () => {
  it('"orebro" finds Örebro (municipality), Örebro län (region) and Region Örebro län, best match first', async () => {
    const r = await search('orebro');
    expect(r.items.map((i) => [i.kind, i.title, i.match])).toEqual([
      ['MUNICIPALITY', 'Örebro', 'EXACT'],
      ['REGION', 'Örebro län', 'PREFIX'],
      ['ORGANISATION', 'Region Örebro län', 'WORD_PREFIX'],
    ]);
    expect(r.totalCount).toBe(3);
    expect(r.items.map((i) => i.node.__typename)).toEqual(['Municipality', 'Region', 'Organisation']);
  });

  it('"hallefors" finds Hällefors kommun and the municipality Hällefors in Örebro län', async () => {
    const r = await search('hallefors');
    const org = r.items.find((i) => i.kind === 'ORGANISATION');
    expect(org).toMatchObject({
      title: 'Hällefors kommun',
      slug: 'hallefors-kommun',
      match: 'PREFIX',
      node: { __typename: 'Organisation' },
    });
    expect(r.items.find((i) => i.kind === 'MUNICIPALITY')).toMatchObject({
      title: 'Hällefors',
      code: '1863',
      subtitle: 'Örebro län',
      match: 'EXACT',
    });
  });

  it('gives the record itself, openable by its id', async () => {
    const [first] = (await search('hallefors kommun')).items;
    const r = await s.gql<{ node: { name: string } }>(`query($id: ID!) { node(id: $id) { ... on Organisation { name } } }`, {
      id: first!.node.id,
    });
    expect(r.data?.node.name).toBe('Hällefors kommun');
  });

  it('ignores case and diacritics in the text too', async () => {
    const r = await search('ÖREBRO LÄN');
    expect(r.items[0]).toMatchObject({ kind: 'REGION', title: 'Örebro län', match: 'EXACT', code: '18' });
  });

  it('ranks a prefix above a word-prefix above a contained match', async () => {
    const r = await search('social');
    const matches = r.items.map((i) => i.match);
    expect(matches).toEqual(
      [...matches].sort(
        (a, b) => ['EXACT', 'PREFIX', 'WORD_PREFIX', 'CONTAINS'].indexOf(a) - ['EXACT', 'PREFIX', 'WORD_PREFIX', 'CONTAINS'].indexOf(b),
      ),
    );
    expect(r.items[0]).toMatchObject({
      kind: 'PROJECT',
      title: 'Sociala företag för regional tillväxt',
      match: 'PREFIX',
      slug: 'sociala-foretag-for-regional-tillvaxt',
    });
    expect(r.items.find((i) => i.kind === 'PARTNERSHIP')).toMatchObject({
      title: 'Partnerskap för sociala innovationer',
      match: 'WORD_PREFIX',
      subtitle: 'Örebro län',
    });
    expect(r.items.find((i) => i.title === 'Förvaltningsövergripande grupp för socialt företagande')).toBeUndefined();
  });

  it('finds text inside a name', async () => {
    const r = await search('vardscentrum');
    expect(r.items).toEqual([expect.objectContaining({ title: 'Miljövårdscentrum', match: 'CONTAINS', subtitle: 'Örebro, Örebro län' })]);
  });

  it('returns at most `first` items with the total count', async () => {
    const r = await search('orebro', 1);
    expect(r.items).toHaveLength(1);
    expect(r.totalCount).toBe(3);
  });

  it('treats LIKE wildcards as plain characters', async () => {
    expect((await search('%')).totalCount).toBe(0);
    expect((await search('_')).totalCount).toBe(0);
  });

  it('validates text (1–200 characters, not blank) and first (1–50) with clear messages', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ text: '' }, /text must be between 1 and 200 characters/],
      [{ text: 'a'.repeat(201) }, /text must be between 1 and 200 characters/],
      [{ text: '   ' }, /text must contain something other than spaces/],
      [{ text: 'orebro', first: 0 }, /first must be between 1 and 50/],
      [{ text: 'orebro', first: 51 }, /first must be between 1 and 50/],
    ];
    for (const [vars, message] of cases) {
      const r = await s.gql(SEARCH, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
    }
  });

  it("runs one statement when the results ask only for each record's type and id", async () => {
    s.resetQueries();
    const r = await search('orebro');
    expect(r.items).toHaveLength(3);
    expect(s.queries).toHaveLength(1);
  });

  it('loads the records when their fields are asked for: one ranking statement plus one load per kind found', async () => {
    s.resetQueries();
    const r = await s.gql<{ search: { items: { node: { __typename: string; name: string } }[] } }>(
      `query { search(text: "orebro") { items { node { __typename ... on Region { name } ... on Municipality { name } ... on Organisation { name } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.search.items.map((i) => [i.node.__typename, i.node.name])).toEqual([
      ['Municipality', 'Örebro'],
      ['Region', 'Örebro län'],
      ['Organisation', 'Region Örebro län'],
    ]);
    expect(s.queries).toHaveLength(4);
  });

  it('gives the same type and id for a hit whether its record is loaded or only its key is known', async () => {
    // Asking for id and __typename alone answers from the hit's key; asking for a field loads the record.
    const keysOnly = `query K($text: String!) { search(text: $text, first: 50) { items { kind node { __typename ... on Node { id } } } } }`;
    const loaded = `query L($text: String!) { search(text: $text, first: 50) { items { kind node {
      __typename
      ... on Region { id name } ... on Municipality { id name } ... on Organisation { id name }
      ... on Partnership { id name } ... on Project { id name }
    } } } }`;
    type Hits = { search: { items: { kind: string; node: { __typename: string; id: string } }[] } };
    const kinds = new Set<string>();
    for (const text of ['orebro', 'social', 'hallefors', 'samhall']) {
      const a = await s.gql<Hits>(keysOnly, { text });
      const b = await s.gql<Hits>(loaded, { text });
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const strip = (r: Hits) => r.search.items.map((i) => [i.kind, i.node.__typename, i.node.id]);
      expect(strip(a.data!)).toEqual(strip(b.data!));
      for (const item of a.data!.search.items) kinds.add(item.kind);
      // Each id names its record: node(id) answers with the same type.
      for (const item of a.data!.search.items.slice(0, 3)) {
        const n = await s.gql<{ node: { __typename: string } | null }>(`query N($id: ID!) { node(id: $id) { __typename } }`, {
          id: item.node.id,
        });
        expect(n.data!.node?.__typename).toBe(item.node.__typename);
      }
    }
    expect([...kinds].sort()).toEqual(['MUNICIPALITY', 'ORGANISATION', 'PARTNERSHIP', 'PROJECT', 'REGION']);
  });
});
