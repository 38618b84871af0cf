import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

interface RegionRow {
  id: string;
  code: string;
  kind: 'COUNTY' | 'EUROPEAN';
  name: string;
  nameEn: string | null;
  country: string;
  iso31662: string | null;
  nuts: string | null;
  mapId: string | null;
  population: { year: number; population: number } | null;
}

async function regions(filter?: Record<string, unknown>): Promise<RegionRow[]> {
  const r = await s.operation<{ regions: RegionRow[] }>('Regions', filter ? { filter } : {});
  expect(r.errors).toBeUndefined();
  return r.data!.regions;
}

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);
const TWELVE_FUNDED = ['05', '06', '07', '08', '12', '14', '18', '20', '21', '23', '24', '25'];
const RAISE_REGIONS = ['18', 'AT13', 'ES51', 'HU101', 'IE01', 'ITH5'];

describe('regions', () => {
  it('lists the 21 counties, then the 5 European partner regions', async () => {
    const all = await regions();
    expect(all).toHaveLength(26);
    expect(all.slice(0, 21).every((r) => r.kind === 'COUNTY')).toBe(true);
    expect(codes(all.slice(21))).toEqual(['AT13', 'ES51', 'HU101', 'IE01', 'ITH5']);
  });

  it('describes a county with its codes and its 2017 population', async () => {
    const [orebro] = await regions({ codes: ['18'] });
    expect(orebro).toMatchObject({
      code: '18',
      kind: 'COUNTY',
      name: 'Örebro län',
      country: 'SE',
      iso31662: 'SE-T',
      nuts: 'SE124',
      mapId: 'SE.OR',
      population: { year: 2017, population: 298907 },
    });
  });

  it('filters by kind', async () => {
    expect(await regions({ kind: 'COUNTY' })).toHaveLength(21);
    expect(codes(await regions({ kind: 'EUROPEAN' }))).toEqual(['AT13', 'ES51', 'HU101', 'IE01', 'ITH5']);
  });

  it('filters by codes', async () => {
    expect(codes(await regions({ codes: ['ES51', '18', '99'] }))).toEqual(['18', 'ES51']);
  });

  it('finds "Örebro län" by typing "orebro" (case and diacritics ignored)', async () => {
    expect(codes(await regions({ text: 'orebro' }))).toEqual(['18']);
    expect(codes(await regions({ text: 'VÄSTRA' }))).toEqual(['14']);
  });

  it('finds a European region by its English name', async () => {
    expect(codes(await regions({ text: 'vienna' }))).toEqual(['AT13']);
  });

  it('lists the twelve counties funded through the ASF government assignment in 2017–2018', async () => {
    const funded = await regions({
      fundedBy: { programmeSlug: 'regeringsuppdraget-om-arbetsintegrerande-sociala-foretag', yearFrom: 2017, yearTo: 2018 },
    });
    expect(codes(funded).sort()).toEqual(TWELVE_FUNDED);
  });

  it('lists the same twelve counties for funder Tillväxtverket in 2017–2018', async () => {
    const funded = await regions({ fundedBy: { funderSlug: 'tillvaxtverket', yearFrom: 2017, yearTo: 2018 } });
    expect(codes(funded).sort()).toEqual(TWELVE_FUNDED);
  });

  it('finds no Tillväxtverket-funded region in 2019–2020 (the grants ran 2017–2018)', async () => {
    expect(await regions({ fundedBy: { funderSlug: 'tillvaxtverket', yearFrom: 2019, yearTo: 2020 } })).toEqual([]);
  });

  it("lists RaiSE's six regions as funded by Interreg Europe (years not reported: kept, they may overlap)", async () => {
    const funded = await regions({ fundedBy: { funderSlug: 'interreg-europe', yearFrom: 2019, yearTo: 2020 } });
    expect(codes(funded).sort()).toEqual(RAISE_REGIONS);
  });

  it('combines fundedBy with other filters', async () => {
    const funded = await regions({
      kind: 'EUROPEAN',
      codes: ['ES51', 'AT13', '18'],
      fundedBy: { programmeSlug: 'interreg-europe', yearFrom: 2017, yearTo: 2021 },
    });
    expect(codes(funded)).toEqual(['AT13', 'ES51']);
  });

  it('rejects a malformed code with BAD_USER_INPUT naming the rule', async () => {
    const r = await s.operation('Regions', { filter: { codes: ['örebro'] } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/codes: each code must be a länskod/);
  });
});

describe('region', () => {
  interface RegionPage {
    region: RegionRow & {
      populations: { year: number; population: number; source: { key: string } }[];
      municipalities: { code: string; name: string }[];
      partnerships: { slug: string }[];
      organisations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { slug: string; municipality: { code: string } | null }[];
      };
      projects: { totalCount: number; nodes: { slug: string }[] };
      sources: { quote: string | null; source: { key: string } }[];
    };
  }
  let page: RegionPage['region'];
  beforeAll(async () => {
    const r = await s.operation<RegionPage>('RegionPage', { code: '18', first: 100 });
    expect(r.errors).toBeUndefined();
    page = r.data!.region;
  });

  it('shows Örebro län with its 12 municipalities by name', async () => {
    expect(page.name).toBe('Örebro län');
    expect(page.municipalities.map((m) => m.name)).toEqual([
      'Askersund',
      'Degerfors',
      'Hallsberg',
      'Hällefors',
      'Karlskoga',
      'Kumla',
      'Laxå',
      'Lekeberg',
      'Lindesberg',
      'Ljusnarsberg',
      'Nora',
      'Örebro',
    ]);
  });

  it("shows the county's population with the source stating it", async () => {
    expect(page.populations).toEqual([
      { year: 2017, population: 298907, source: { key: 'scb-population-2017', title: expect.stringContaining('Folkmängd') } },
    ]);
  });

  it('lists the organisations located in the county, directly or through their municipality', async () => {
    const slugs = page.organisations.nodes.map((o) => o.slug);
    expect(slugs).toContain('region-orebro-lan'); // region given directly
    expect(slugs).toContain('cesam'); // region given directly
    expect(slugs).toContain('hallefors-kommun'); // through municipality 1863
    expect(slugs).toContain('mohass'); // through municipality 1883
    expect(slugs).not.toContain('region-gavleborg');
    expect(page.organisations.totalCount).toBe(18);
  });

  it('lists the projects working in the county', async () => {
    expect(page.projects.nodes.map((p) => p.slug).sort()).toEqual(['all-in', 'raise', 'sociala-foretag-for-regional-tillvaxt']);
    expect(page.projects.totalCount).toBe(3);
  });

  it('lists the partnerships based in the county', async () => {
    expect(page.partnerships.map((p) => p.slug)).toEqual(['partnerskap-for-sociala-innovationer']);
  });

  it('cites SCB for the county itself', async () => {
    expect(page.sources.map((c) => c.source.key)).toEqual(['scb-lan']);
  });

  it('pages the organisations of a county', async () => {
    const first = await s.operation<RegionPage>('RegionPage', { code: '18', first: 10 });
    const org = first.data!.region.organisations;
    expect(org.nodes).toHaveLength(10);
    expect(org.pageInfo.hasNextPage).toBe(true);
    const rest = await s.operation<RegionPage>('RegionPage', { code: '18', first: 10, organisationsAfter: org.pageInfo.endCursor });
    expect(rest.data!.region.organisations.nodes).toHaveLength(8);
    expect(rest.data!.region.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('reports Västernorrland population as not reported (null), never 0', async () => {
    const r = await s.gql<{ region: { name: string; population: unknown; populations: unknown[] } }>(
      '{ region(code: "22") { name population { population } populations { population } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.region).toEqual({ name: 'Västernorrlands län', population: null, populations: [] });
  });

  it('answers a population asked for a year with no figure with null', async () => {
    const r = await s.gql<{ region: { population: unknown } }>('{ region(code: "18") { population(year: 2016) { population } } }');
    expect(r.data?.region.population).toBeNull();
  });

  it('shows a European region with its English name and its source', async () => {
    const r = await s.gql<{
      region: { name: string; nameEn: string; country: string; iso31662: null; sources: { quote: string; source: { key: string } }[] };
    }>('{ region(code: "ES51") { name nameEn country iso31662 sources { quote source { key } } } }');
    expect(r.data?.region).toEqual({
      name: 'Katalonien',
      nameEn: 'Catalonia',
      country: 'ES',
      iso31662: null,
      sources: [{ quote: 'Katalonien (Spanien) genom Catalonia Trade & Investment', source: { key: 'seed-000' } }],
    });
  });

  it('answers an unknown code with NOT_FOUND', async () => {
    const r = await s.gql('{ region(code: "99") { name } }');
    expect(r.errors?.[0]).toMatchObject({ message: 'No region with code "99"', extensions: { code: 'NOT_FOUND' }, path: ['region'] });
    expect(r.data).toBeNull();
  });
});

describe('municipalities', () => {
  interface Row {
    code: string;
    name: string;
    region: { code: string; name: string };
  }

  it('lists all 290, each once, each in the county its code names', async () => {
    const r = await s.operation<{ municipalities: Row[] }>('Municipalities', {});
    const all = r.data!.municipalities;
    expect(all).toHaveLength(290);
    expect(new Set(all.map((m) => m.code)).size).toBe(290);
    expect(all.every((m) => m.code.slice(0, 2) === m.region.code)).toBe(true);
  });

  it('lists the 12 of one county, each with its county', async () => {
    const r = await s.operation<{ municipalities: Row[] }>('Municipalities', { regionCode: '18' });
    const some = r.data!.municipalities;
    expect(some).toHaveLength(12);
    expect(some.every((m) => m.region.code === '18' && m.code.startsWith('18'))).toBe(true);
    expect(some.find((m) => m.code === '1863')).toEqual({
      id: expect.any(String),
      code: '1863',
      name: 'Hällefors',
      region: { code: '18', name: 'Örebro län' },
    });
  });

  it("shows a municipality's organisations and projects", async () => {
    const list = await s.operation<{ municipalities: (Row & { id: string })[] }>('Municipalities', { regionCode: '18' });
    const karlskoga = list.data!.municipalities.find((m) => m.name === 'Karlskoga')!;
    const r = await s.gql<{
      node: { name: string; organisations: { nodes: { slug: string }[] }; projects: { nodes: { slug: string }[] } };
    }>(`query($id: ID!) { node(id: $id) { ... on Municipality { name organisations { nodes { slug } } projects { nodes { slug } } } } }`, {
      id: karlskoga.id,
    });
    expect(r.data?.node.name).toBe('Karlskoga');
    expect(r.data?.node.organisations.nodes.map((o) => o.slug).sort()).toEqual([
      'foreningen-funkis',
      'foreningen-integrera-karlskoga',
      'karlskoga-kommun',
      'mohass',
      'motesplatsen-prisma',
    ]);
    expect(r.data?.node.projects.nodes.map((p) => p.slug)).toEqual(['all-in']);
  });
});
