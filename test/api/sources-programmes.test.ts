import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

interface Source {
  key: string;
  title: string;
  publisher: string;
  kind: string;
  language: string;
  publishedText: string | null;
  published: { date: string; approximate: boolean } | null;
}

const KEYS = [
  'natural-earth-admin1',
  'regeringen-a2016-00424',
  'region-orebro-psi-later',
  'scb-kommunkoder',
  'scb-lan',
  'scb-population-2017',
  'seed-000',
  'seed-001',
  'seed-002',
  'seed-003',
  'seed-004',
];

describe('sources', () => {
  it('lists the eleven source documents by key', async () => {
    const r = await s.operation<{ sources: { totalCount: number; nodes: Source[] } }>('Sources', { first: 100 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.sources.totalCount).toBe(11);
    expect(r.data?.sources.nodes.map((x) => x.key)).toEqual(KEYS);
  });

  it('pages through the sources', async () => {
    const first = await s.operation<{ sources: { nodes: Source[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>('Sources', {
      first: 6,
    });
    expect(first.data?.sources.pageInfo.hasNextPage).toBe(true);
    const rest = await s.operation<{ sources: { nodes: Source[]; pageInfo: { hasNextPage: boolean } } }>('Sources', {
      first: 6,
      after: first.data?.sources.pageInfo.endCursor,
    });
    expect([...first.data!.sources.nodes, ...rest.data!.sources.nodes].map((x) => x.key)).toEqual(KEYS);
    expect(rest.data?.sources.pageInfo.hasNextPage).toBe(false);
  });

  it('shows a seed text with its inferred, approximate date ("c. 2018")', async () => {
    const r = await s.operation<{ source: Source }>('SourcePage', { key: 'seed-004' });
    expect(r.data?.source).toMatchObject({
      title: 'Åtta kommuner går All in',
      kind: 'NEWS',
      language: 'sv',
      published: { date: '2018-01-01', approximate: true },
      publishedText: 'c. 2018',
    });
  });

  it('shows an exactly dated press release', async () => {
    const r = await s.operation<{ source: Source }>('SourcePage', { key: 'seed-001' });
    expect(r.data?.source).toMatchObject({
      kind: 'PRESS_RELEASE',
      publisher: 'Region Örebro län',
      published: { date: '2018-04-03', approximate: false },
    });
  });

  it('shows an undated article with no date (null), not a made-up one', async () => {
    const r = await s.operation<{ source: Source }>('SourcePage', { key: 'seed-002' });
    expect(r.data?.source).toMatchObject({ publisher: 'Tillväxtverket', published: null, publishedText: 'undated' });
  });

  it('answers an unknown key with NOT_FOUND', async () => {
    const r = await s.operation('SourcePage', { key: 'seed-999' });
    expect(r.errors?.[0]).toMatchObject({ message: 'No source with key "seed-999"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('programmes', () => {
  interface Programme {
    slug: string;
    name: string;
    reference: string | null;
    funder: { slug: string } | null;
    budgets: {
      year: number;
      comparison: string;
      money: { amount: string; currency: string };
      sources: { quote: string | null; source: { key: string } }[];
    }[];
    sources: { source: { key: string } }[];
  }
  let programmes: Programme[];
  beforeAll(async () => {
    const r = await s.operation<{ programmes: Programme[] }>('Programmes');
    expect(r.errors).toBeUndefined();
    programmes = r.data!.programmes;
  });

  it('lists the two programmes by name, each with its funder', () => {
    expect(programmes.map((p) => [p.name, p.funder?.slug])).toEqual([
      ['Interreg Europe', 'interreg-europe'],
      ['Regeringsuppdraget om arbetsintegrerande sociala företag', 'tillvaxtverket'],
    ]);
  });

  it('shows the government assignment with its reference and its yearly ceilings, each with its source', () => {
    const asf = programmes[1]!;
    expect(asf.reference).toBe('A2016/00424/A');
    expect(asf.budgets.map((b) => [b.year, b.comparison, b.money.amount, b.money.currency])).toEqual([
      [2016, 'AT_MOST', '10000000.00', 'SEK'],
      [2017, 'AT_MOST', '25000000.00', 'SEK'],
      [2018, 'AT_MOST', '25000000.00', 'SEK'],
    ]);
    expect(asf.budgets.every((b) => b.sources.some((c) => c.source.key === 'regeringen-a2016-00424'))).toBe(true);
    expect(asf.sources.map((c) => c.source.key).sort()).toEqual(['regeringen-a2016-00424', 'seed-002', 'seed-003']);
  });

  it('shows no budget where none is reported', () => {
    expect(programmes[0]?.budgets).toEqual([]);
  });
});
