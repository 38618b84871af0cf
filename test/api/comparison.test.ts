import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

interface PerInhabitant {
  value: string | null;
  status: string;
  basis: string;
  populationYear: number;
}
interface Figure {
  value: string | null;
  status: string;
  approximate: boolean;
  shared: boolean;
  comparison: string | null;
  unit: string;
  recordCount: number;
  unreportedCount: number;
  note: string | null;
  recordIds: string[];
  perInhabitant: PerInhabitant | null;
  sources: { quote: string | null; source: { key: string } }[];
}
interface Row {
  region: { code: string; name: string };
  population: Figure;
  funding: Figure;
  projects: Figure;
  enterprises: Figure;
  partnershipMembers: Figure;
  statedPartnershipSize: Figure;
  participantsTarget: Figure;
  participantsActual: Figure;
  intoWorkTarget: Figure;
  intoWorkActual: Figure;
}
interface Comparison {
  yearFrom: number;
  yearTo: number;
  populationYear: number;
  funderSlug: string | null;
  defaultRegions: boolean;
  rows: Row[];
}

const FIGURE = `value status approximate shared comparison unit recordCount unreportedCount note recordIds
  perInhabitant { value status basis populationYear }`;
const COMPARISON = `query Compare($input: RegionComparisonInput) {
  regionComparison(input: $input) {
    yearFrom yearTo populationYear funderSlug defaultRegions
    rows {
      region { code name }
      population { ${FIGURE} }
      funding { ${FIGURE} sources { quote source { key } } }
      projects { ${FIGURE} }
      enterprises { ${FIGURE} }
      partnershipMembers { ${FIGURE} }
      statedPartnershipSize { ${FIGURE} }
      participantsTarget { ${FIGURE} }
      participantsActual { ${FIGURE} }
      intoWorkTarget { ${FIGURE} }
      intoWorkActual { ${FIGURE} }
    }
  }
}`;

async function compare(input?: Record<string, unknown>): Promise<Comparison> {
  const r = await s.gql<{ regionComparison: Comparison }>(COMPARISON, input ? { input } : {});
  expect(r.errors).toBeUndefined();
  return r.data!.regionComparison;
}

function row(c: Comparison, code: string): Row {
  const found = c.rows.find((r) => r.region.code === code);
  expect(found, `row for region ${code}`).toBeDefined();
  return found!;
}

async function fundingKeys(ids: string[]): Promise<string[]> {
  const r = await s.gql<{ nodes: ({ key: string } | null)[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Funding { key } } }`, {
    ids,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.nodes.map((n) => n!.key).sort();
}

describe('regionComparison: the default comparison', () => {
  it('has exactly the twelve regions funded by the ASF programme in 2017–2018, over 2017–2018', async () => {
    const c = await compare();
    expect(c.defaultRegions).toBe(true);
    expect(c.yearFrom).toBe(2017);
    expect(c.yearTo).toBe(2018);
    expect(c.populationYear).toBe(2017);
    expect(c.rows).toHaveLength(12);
    expect(c.rows.map((r) => r.region.code).sort()).toEqual(['05', '06', '07', '08', '12', '14', '18', '20', '21', '23', '24', '25']);
  });

  it('gives Örebro län ~4 MSEK (RaiSE + Sociala företag, shared) + 50 MSEK (All in) = 54 000 000.00, approximate and shared', async () => {
    const orebro = row(await compare(), '18');
    expect(orebro.funding).toMatchObject({
      value: '54000000.00',
      status: 'APPROXIMATE',
      approximate: true,
      shared: true,
      comparison: 'APPROXIMATELY',
      unit: 'SEK',
      // raise-and-sfrt-total (4 MSEK, covers two projects), all-in-total-cost (50 MSEK), and two without amount
      recordCount: 4,
      unreportedCount: 2,
    });
    expect(await fundingKeys(orebro.funding.recordIds)).toEqual([
      'all-in-total-cost',
      'raise-and-sfrt-total',
      'raise-interreg-europe',
      'sfrt-tillvaxtverket',
    ]);
  });

  it('counts the shared 4 MSEK once for Örebro län although it covers two of its projects', async () => {
    const orebro = row(await compare(), '18');
    expect(orebro.projects.value).toBe('3');
    // 4 000 000 counted twice would give 58 000 000.00
    expect(orebro.funding.value).not.toBe('58000000.00');
    expect(orebro.funding.recordIds).toHaveLength(new Set(orebro.funding.recordIds).size);
  });

  it("opens the sources behind Örebro län's funding", async () => {
    const quotes = row(await compare(), '18').funding.sources.map((c) => c.quote);
    expect(quotes).toContain('Projekten ska pågå mellan åren 2017 och 2021, de omfattar totalt cirka fyra miljoner kronor.');
    expect(quotes).toContain('Det rör sig om ett tvåårigt EU-projekt, som kostar 50 miljoner kronor.');
  });

  it("reports Gävleborg's funding as not reported (null, never 0), with the funding that has no amount", async () => {
    const gavleborg = row(await compare(), '21');
    expect(gavleborg.funding).toMatchObject({
      value: null,
      status: 'NOT_REPORTED',
      approximate: false,
      shared: false,
      recordCount: 1,
      unreportedCount: 1,
    });
    expect(gavleborg.funding.perInhabitant).toMatchObject({ value: null, status: 'NOT_REPORTED' });
    expect(await fundingKeys(gavleborg.funding.recordIds)).toEqual(['asf-2017-2018-region-gavleborg']);
  });

  it('computes per-inhabitant figures from the 2017 population and says so', async () => {
    const orebro = row(await compare(), '18');
    expect(orebro.population).toMatchObject({ value: '298907', status: 'REPORTED' });
    // 54 000 000 / 298 907 = 180.658… SEK per inhabitant
    expect(orebro.funding.perInhabitant).toEqual({ value: '180.66', status: 'APPROXIMATE', basis: 'PER_INHABITANT', populationYear: 2017 });
    // 8 enterprises per 100 000 of 298 907 = 2.676…
    expect(orebro.enterprises.perInhabitant).toEqual({
      value: '2.68',
      status: 'REPORTED',
      basis: 'PER_100000_INHABITANTS',
      populationYear: 2017,
    });
  });

  it("keeps targets and actuals apart: All in's targets for Örebro län, no actuals reported", async () => {
    const orebro = row(await compare(), '18');
    expect(orebro.participantsTarget).toMatchObject({ value: '648', status: 'REPORTED', comparison: 'AT_MOST' });
    expect(orebro.intoWorkTarget).toMatchObject({ value: '390', status: 'REPORTED', comparison: 'EXACTLY' });
    expect(orebro.participantsActual).toMatchObject({ value: null, status: 'NOT_REPORTED' });
    expect(orebro.intoWorkActual).toMatchObject({ value: null, status: 'NOT_REPORTED' });
    expect(row(await compare(), '21').participantsTarget).toMatchObject({ value: null, status: 'NOT_REPORTED' });
  });

  it('counts enterprises, named partnership members and the stated size (NEARLY 30) apart', async () => {
    const c = await compare();
    const orebro = row(c, '18');
    expect(orebro.enterprises).toMatchObject({ value: '8', status: 'REPORTED', recordCount: 8 });
    expect(orebro.partnershipMembers).toMatchObject({ value: '2', status: 'REPORTED' });
    expect(orebro.statedPartnershipSize).toMatchObject({ value: '30', comparison: 'NEARLY', status: 'APPROXIMATE', approximate: true });
    expect(row(c, '21').enterprises).toMatchObject({ value: null, status: 'NOT_REPORTED' });
    expect(row(c, '21').statedPartnershipSize).toMatchObject({ value: null, status: 'NOT_REPORTED' });
  });
});

describe('regionComparison: choices', () => {
  it('adds Västernorrland (no population reported) with null, NOT_REPORTED per-inhabitant values, in the order asked', async () => {
    const c = await compare({ regionCodes: ['18', '22'] });
    expect(c.defaultRegions).toBe(false);
    expect(c.rows.map((r) => r.region.code)).toEqual(['18', '22']);
    const vn = row(c, '22');
    expect(vn.region.name).toBe('Västernorrlands län');
    expect(vn.population).toMatchObject({ value: null, status: 'NOT_REPORTED' });
    for (const figure of [vn.funding, vn.projects, vn.enterprises, vn.participantsTarget]) {
      expect(figure.perInhabitant).toEqual({ value: null, status: 'NOT_REPORTED', basis: expect.any(String), populationYear: 2017 });
    }
    expect(vn.projects).toMatchObject({ value: '0', status: 'REPORTED' });
    expect(row(c, '18').funding.perInhabitant?.value).toBe('180.66');
  });

  it('uses the population year asked for, and none when that year is not reported', async () => {
    const c = await compare({ regionCodes: ['18'], populationYear: 2018 });
    expect(c.populationYear).toBe(2018);
    const orebro = row(c, '18');
    expect(orebro.population).toMatchObject({ value: null, status: 'NOT_REPORTED' });
    expect(orebro.funding.value).toBe('54000000.00');
    expect(orebro.funding.perInhabitant).toEqual({ value: null, status: 'NOT_REPORTED', basis: 'PER_INHABITANT', populationYear: 2018 });
  });

  it('limits funding and projects to one funder: Tillväxtverket reports no amount for Örebro län', async () => {
    const c = await compare({ funderSlug: 'tillvaxtverket' });
    expect(c.funderSlug).toBe('tillvaxtverket');
    expect(c.rows).toHaveLength(12);
    const orebro = row(c, '18');
    expect(orebro.funding).toMatchObject({ value: null, status: 'NOT_REPORTED', recordCount: 1, unreportedCount: 1 });
    expect(await fundingKeys(orebro.funding.recordIds)).toEqual(['sfrt-tillvaxtverket']);
    expect(orebro.projects.value).toBe('1');
  });

  it('limits to Interreg Europe: only RaiSE counts for Örebro län', async () => {
    const orebro = row(await compare({ regionCodes: ['18'], funderSlug: 'interreg-europe' }), '18');
    expect(orebro.projects.value).toBe('1');
    expect(await fundingKeys(orebro.funding.recordIds)).toEqual(['raise-interreg-europe']);
    expect(orebro.funding.status).toBe('NOT_REPORTED');
  });

  it('limits to a programme', async () => {
    const c = await compare({ programmeSlug: 'regeringsuppdraget-om-arbetsintegrerande-sociala-foretag' });
    for (const r of c.rows) {
      expect(r.projects.value).toBe('1');
      expect(r.funding).toMatchObject({ value: null, status: 'NOT_REPORTED', unreportedCount: 1 });
    }
  });

  it('counts only fundings and projects overlapping the period; none in scope is a true 0 projects', async () => {
    const c = await compare({ yearFrom: 2019, yearTo: 2021 });
    const orebro = row(c, '18');
    // RaiSE and Sociala företag (2017–2021) and All in (2017–2020, amount without years) still overlap
    expect(orebro.funding.value).toBe('54000000.00');
    const gavleborg = row(c, '21');
    expect(gavleborg.projects).toMatchObject({ value: '0', status: 'REPORTED' });
    expect(gavleborg.funding).toMatchObject({ value: null, status: 'NOT_REPORTED', recordCount: 0 });
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await s.gql(COMPARISON, { input: { yearFrom: 2019, yearTo: 2017 } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/yearFrom .* must not be after yearTo/);
  });

  it('refuses malformed region codes and names an unknown one', async () => {
    const bad = await s.gql(COMPARISON, { input: { regionCodes: ['örebro'] } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/länskod/);
    const unknown = await s.gql(COMPARISON, { input: { regionCodes: ['18', '99'] } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toBe('No region with code "99"');
  });

  it('says NOT_FOUND for an unknown funder', async () => {
    const r = await s.gql(COMPARISON, { input: { funderSlug: 'no-such-funder' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('regionComparison: the regions of the rows', () => {
  const REGIONS = `query($input: RegionComparisonInput, $relations: Boolean!) {
    regionComparison(input: $input) {
      rows {
        region {
          __typename id code kind name nameEn country iso31662 nuts mapId sources { source { key } }
          municipalities @include(if: $relations) { code name }
          population @include(if: $relations) { year population }
        }
      }
    }
  }`;
  type RegionAnswer = {
    id: string;
    code: string;
    name: string;
    mapId: string | null;
    municipalities?: { name: string }[];
    population?: { year: number };
  };

  it('answers every column, the id and the sources of each region, with or without its relations, alike', async () => {
    const ask = async (relations: boolean) => {
      const r = await s.gql<{ regionComparison: { rows: { region: RegionAnswer }[] } }>(REGIONS, {
        input: { regionCodes: ['18', '17'] },
        relations,
      });
      expect(r.errors).toBeUndefined();
      return r.data!.regionComparison.rows.map((x) => x.region);
    };
    const plain = await ask(false);
    const withRelations = await ask(true);
    expect(plain.map((r) => r.code)).toEqual(['18', '17']);
    expect(plain[0]).toMatchObject({ __typename: 'Region', code: '18', kind: 'COUNTY', name: 'Örebro län', country: 'SE', mapId: 'SE.OR' });
    expect(plain[0]!.id).toBeTruthy();
    // The same region fields either way; the relations only where asked.
    expect(withRelations.map(({ municipalities: _m, population: _p, ...rest }) => rest)).toEqual(plain);
    expect(plain[0]!.municipalities).toBeUndefined();
    expect(withRelations[0]!.municipalities!.map((m) => m.name)).toContain('Hällefors');
    expect(withRelations[0]!.population).toMatchObject({ year: expect.any(Number) });
  });
});

describe('regionComparison: SQL', () => {
  async function statementsFor(regionCodes: string[]): Promise<number> {
    s.resetQueries();
    const r = await s.gql<{ regionComparison: Comparison }>(COMPARISON, { input: { regionCodes } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.regionComparison.rows).toHaveLength(regionCodes.length);
    return s.queries.length;
  }

  it('runs the same number of statements for one region as for thirteen', async () => {
    const one = await statementsFor(['18']);
    const twelve = await statementsFor(['21', '05', '12', '06', '07', '25', '18', '20', '23', '08', '24', '14']);
    const thirteen = await statementsFor(['21', '05', '12', '06', '07', '25', '18', '20', '23', '08', '24', '14', '22']);
    expect(one).toBeGreaterThan(0);
    expect(twelve).toBe(one);
    expect(thirteen).toBe(one);
  });
});

describe('fundingBreakdown', () => {
  interface BRow {
    region: { code: string } | null;
    year: number | null;
    funder: { slug: string } | null;
    programme: { slug: string } | null;
    project: { slug: string } | null;
    fundingCount: number;
    amount: Pick<Figure, 'value' | 'status' | 'approximate' | 'shared' | 'unreportedCount' | 'recordCount'>;
  }
  interface Breakdown {
    groupBy: string[];
    rows: BRow[];
    total: BRow['amount'];
  }
  const BREAKDOWN = `query B($groupBy: [FundingDimension!]!, $filter: FundingFilter) {
    fundingBreakdown(groupBy: $groupBy, filter: $filter) {
      groupBy
      total { value status approximate shared unreportedCount recordCount }
      rows {
        region { code } year funder { slug } programme { slug } project { slug } fundingCount
        amount { value status approximate shared unreportedCount recordCount }
      }
    }
  }`;
  async function breakdown(groupBy: string[], filter?: Record<string, unknown>): Promise<Breakdown> {
    const r = await s.gql<{ fundingBreakdown: Breakdown }>(BREAKDOWN, { groupBy, filter });
    expect(r.errors).toBeUndefined();
    return r.data!.fundingBreakdown;
  }

  it('sums by region: each funding once per region, whole, flagged shared when it reaches other regions', async () => {
    const b = await breakdown(['REGION']);
    const byCode = new Map(b.rows.map((r) => [r.region?.code ?? null, r]));
    expect(byCode.get('18')?.amount).toMatchObject({
      value: '54000000.00',
      status: 'APPROXIMATE',
      approximate: true,
      shared: true,
      unreportedCount: 2,
    });
    expect(byCode.get('18')?.fundingCount).toBe(4);
    // RaiSE's partner regions carry the whole shared 4 MSEK, flagged shared
    expect(byCode.get('ES51')?.amount).toMatchObject({ value: '4000000.00', shared: true });
    expect(byCode.get('21')?.amount).toMatchObject({ value: null, status: 'NOT_REPORTED', unreportedCount: 1 });
  });

  it('totals every funding exactly once', async () => {
    const b = await breakdown(['REGION']);
    expect(b.total).toMatchObject({ value: '54000000.00', status: 'APPROXIMATE', shared: true, recordCount: 15, unreportedCount: 13 });
  });

  it('attributes a multi-year amount whole to each covered year, flagged shared; unknown years form a null row', async () => {
    const b = await breakdown(['YEAR']);
    expect(b.rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, null]);
    for (const r of b.rows.filter((x) => x.year !== null)) {
      expect(r.amount).toMatchObject({ value: '4000000.00', status: 'APPROXIMATE', shared: true });
    }
    expect(b.rows.find((r) => r.year === 2017)?.fundingCount).toBe(13);
    expect(b.rows.at(-1)?.amount).toMatchObject({ value: '50000000.00', status: 'REPORTED', shared: false });
  });

  it('clips years to the filter period', async () => {
    const b = await breakdown(['YEAR'], { yearFrom: 2017, yearTo: 2018 });
    expect(b.rows.map((r) => r.year)).toEqual([2017, 2018, null]);
  });

  it("sums by funder: none of Tillväxtverket's twelve fundings (one per region) reports an amount", async () => {
    const b = await breakdown(['FUNDER']);
    const tv = b.rows.find((r) => r.funder?.slug === 'tillvaxtverket');
    expect(tv?.fundingCount).toBe(12);
    expect(tv?.amount).toMatchObject({ value: null, status: 'NOT_REPORTED', unreportedCount: 12 });
    const unnamed = b.rows.at(-1)!;
    expect(unnamed.funder).toBeNull();
    expect(unnamed.amount.value).toBe('54000000.00');
  });

  it('sums by project: the 4 MSEK is whole for each of its two projects and flagged shared', async () => {
    const b = await breakdown(['PROJECT'], { regionCodes: ['18'] });
    const bySlug = new Map(b.rows.map((r) => [r.project?.slug, r.amount]));
    expect(bySlug.get('all-in')).toMatchObject({ value: '50000000.00', shared: false, status: 'REPORTED' });
    expect(bySlug.get('raise')).toMatchObject({ value: '4000000.00', shared: true });
    expect(bySlug.get('sociala-foretag-for-regional-tillvaxt')).toMatchObject({ value: '4000000.00', shared: true, unreportedCount: 1 });
  });

  it('groups by several dimensions at once', async () => {
    const b = await breakdown(['PROGRAMME', 'YEAR'], { funderSlug: 'tillvaxtverket' });
    expect(b.groupBy).toEqual(['PROGRAMME', 'YEAR']);
    expect(b.rows.map((r) => [r.programme?.slug, r.year])).toEqual([
      ['regeringsuppdraget-om-arbetsintegrerande-sociala-foretag', 2017],
      ['regeringsuppdraget-om-arbetsintegrerande-sociala-foretag', 2018],
    ]);
    expect(b.rows[0]?.fundingCount).toBe(12);
  });

  it('refuses an empty or repeated grouping', async () => {
    const empty = await s.gql(BREAKDOWN, { groupBy: [] });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const repeated = await s.gql(BREAKDOWN, { groupBy: ['YEAR', 'YEAR'] });
    expect(repeated.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(repeated.errors?.[0]?.message).toMatch(/must not repeat/);
  });
});
