import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const ASF = 'regeringsuppdraget-om-arbetsintegrerande-sociala-foretag';
const REGIONAL = [
  'regionalt-asf-projekt-region-dalarna',
  'regionalt-asf-projekt-region-gavleborg',
  'regionalt-asf-projekt-region-jamtland-harjedalen',
  'regionalt-asf-projekt-region-jonkopings-lan',
  'regionalt-asf-projekt-region-kronoberg',
  'regionalt-asf-projekt-region-norrbotten',
  'regionalt-asf-projekt-region-skane',
  'regionalt-asf-projekt-region-vasterbotten',
  'regionalt-asf-projekt-region-ostergotland',
  'regionalt-asf-projekt-regionforbundet-i-kalmar-lan',
  'regionalt-asf-projekt-vastra-gotalandsregionen',
];

interface ProjectsPage {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { slug: string; name: string; start: { date: string } | null; status: string } }[];
  };
}

async function projects(variables: Record<string, unknown>) {
  const r = await s.operation<ProjectsPage>('Projects', { first: 100, ...variables });
  expect(r.errors).toBeUndefined();
  return r.data!.projects;
}
async function slugsOf(filter: Record<string, unknown>): Promise<string[]> {
  return (await projects({ filter })).edges.map((e) => e.node.slug).sort();
}

describe('projects', () => {
  it('lists all 14 projects by name', async () => {
    const page = await projects({});
    expect(page.totalCount).toBe(14);
    expect(page.edges.map((e) => e.node.name).slice(0, 3)).toEqual(['All in', 'RaiSE', 'Regionalt ASF-projekt, Region Dalarna']);
    expect(page.edges.at(-1)?.node.name).toBe('Sociala företag för regional tillväxt');
  });

  it('pages through them with first: 4 (4 pages, no duplicates)', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let hasNext = true;
    let pages = 0;
    while (hasNext) {
      const page: ProjectsPage['projects'] = await projects({ first: 4, after });
      seen.push(...page.edges.map((e) => e.node.slug));
      hasNext = page.pageInfo.hasNextPage;
      after = page.pageInfo.endCursor;
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(14);
  });

  it('filters by region, including projects working in one of its municipalities', async () => {
    expect(await slugsOf({ regionCode: '18' })).toEqual(['all-in', 'raise', 'sociala-foretag-for-regional-tillvaxt']);
    expect(await slugsOf({ regionCode: 'ES51' })).toEqual(['raise']);
    expect(await slugsOf({ regionCode: '01' })).toEqual([]);
  });

  it('filters by municipality', async () => {
    expect(await slugsOf({ municipalityCode: '1863' })).toEqual(['all-in']);
    expect(await slugsOf({ municipalityCode: '1880' })).toEqual([]); // Örebro is not part of All in
  });

  it('filters by funder', async () => {
    expect(await slugsOf({ funderSlug: 'tillvaxtverket' })).toEqual([...REGIONAL, 'sociala-foretag-for-regional-tillvaxt'].sort());
    expect(await slugsOf({ funderSlug: 'interreg-europe' })).toEqual(['raise']);
  });

  it('filters by programme', async () => {
    expect(await slugsOf({ programmeSlug: ASF })).toHaveLength(12);
    expect(await slugsOf({ programmeSlug: 'interreg-europe' })).toEqual(['raise']);
  });

  it('filters by participant', async () => {
    expect(await slugsOf({ participantSlug: 'hallefors-kommun' })).toEqual(['all-in']);
  });

  it('keeps projects whose period overlaps activeFrom–activeTo', async () => {
    expect(await slugsOf({ activeFrom: '2019-01-01' })).toEqual(['all-in', 'raise', 'sociala-foretag-for-regional-tillvaxt']);
    expect(await slugsOf({ activeFrom: '2020-06-01' })).toEqual(['raise', 'sociala-foretag-for-regional-tillvaxt']);
    expect(await slugsOf({ activeTo: '2017-06-30' })).toHaveLength(13); // All in starts c. September 2017
    expect(await slugsOf({ activeFrom: '2020-01-01', activeTo: '2020-12-31' })).toEqual([
      'all-in',
      'raise',
      'sociala-foretag-for-regional-tillvaxt',
    ]);
    expect(await slugsOf({ activeTo: '2016-12-31' })).toEqual([]);
  });

  it('filters by status', async () => {
    expect(await slugsOf({ statuses: ['COMPLETED'] })).toHaveLength(14);
    expect(await slugsOf({ statuses: ['ACTIVE', 'PLANNED'] })).toEqual([]);
  });

  it('finds projects by name, ignoring case and diacritics', async () => {
    expect(await slugsOf({ text: 'skane' })).toEqual(['regionalt-asf-projekt-region-skane']);
    expect(await slugsOf({ text: 'ALL IN' })).toEqual(['all-in']);
    expect(await slugsOf({ text: 'företag' })).toEqual(['sociala-foretag-for-regional-tillvaxt']);
  });

  it('combines filters (all must hold)', async () => {
    expect(await slugsOf({ regionCode: '18', funderSlug: 'tillvaxtverket', activeFrom: '2019-01-01' })).toEqual([
      'sociala-foretag-for-regional-tillvaxt',
    ]);
  });

  it('orders by start date, earliest first, then by name', async () => {
    const page = await projects({ orderBy: { field: 'START_DATE' } });
    expect(page.edges.at(-1)?.node.slug).toBe('all-in');
    expect(page.edges[0]?.node.slug).toBe('raise');
    const desc = await projects({ orderBy: { field: 'START_DATE', direction: 'DESC' } });
    expect(desc.edges[0]?.node.slug).toBe('all-in');
  });

  it('rejects an impossible date with BAD_USER_INPUT', async () => {
    const r = await s.operation('Projects', { filter: { activeFrom: '2019-13-45' } });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/activeFrom/);
  });
});

describe('project', () => {
  interface Outcome {
    id: string;
    comparison: string;
    value: string | null;
    share: string | null;
    shareOf: string | null;
    note: string | null;
    sources: { quote: string | null; source: { key: string; title: string } }[];
  }
  interface Funding {
    key: string;
    money: { amount: string; currency: string } | null;
    amountStatus: string;
    comparison: string;
    approximate: boolean;
    yearFrom: number | null;
    yearTo: number | null;
    shared: boolean;
    funder: { slug: string } | null;
    programme: { slug: string } | null;
    projects: { slug: string }[];
    sources: { quote: string | null; source: { key: string } }[];
  }
  interface ProjectPage {
    project: {
      name: string;
      status: string;
      start: { date: string; approximate: boolean } | null;
      end: { date: string; approximate: boolean } | null;
      owner: { slug: string; name: string } | null;
      phases: {
        position: number;
        name: string;
        durationMonths: number | null;
        start: { date: string; approximate: boolean } | null;
        end: { date: string; approximate: boolean } | null;
      }[];
      participants: {
        role: string;
        organisation: { slug: string } | null;
        partnership: { slug: string } | null;
        sources: { source: { key: string } }[];
      }[];
      regions: { code: string }[];
      municipalities: { code: string; name: string }[];
      fundings: Funding[];
      outcomeComparison: { metric: string; targets: Outcome[]; actuals: Outcome[] }[];
      events: { key: string; kind: string; place: string | null }[];
      sources: { quote: string | null; source: { key: string } }[];
    };
  }
  async function page(slug: string) {
    const r = await s.operation<ProjectPage>('ProjectPage', { slug });
    expect(r.errors).toBeUndefined();
    return r.data!.project;
  }

  it('shows All in: owner Hällefors kommun, c. September 2017 to 31 May 2020, completed', async () => {
    const p = await page('all-in');
    expect(p).toMatchObject({
      name: 'All in',
      status: 'COMPLETED',
      owner: { slug: 'hallefors-kommun', name: 'Hällefors kommun' },
      start: { date: '2017-09-01', approximate: true },
      end: { date: '2020-05-31', approximate: false },
    });
  });

  it('shows the three phases of All in in order, with their durations', async () => {
    const p = await page('all-in');
    expect(p.phases.map((ph) => [ph.position, ph.name, ph.durationMonths])).toEqual([
      [1, 'Analys och planering', 6],
      [2, 'Genomförande', 24],
      [3, 'Avslutning', 3],
    ]);
    expect(p.phases[2]).toMatchObject({
      start: { date: '2020-03-01', approximate: false },
      end: { date: '2020-05-31', approximate: false },
    });
  });

  it('shows the eight municipalities and participants of All in', async () => {
    const p = await page('all-in');
    expect(p.municipalities.map((m) => m.name).sort()).toEqual([
      'Degerfors',
      'Hallsberg',
      'Hällefors',
      'Karlskoga',
      'Kumla',
      'Lindesberg',
      'Ljusnarsberg',
      'Nora',
    ]);
    expect(p.participants).toHaveLength(8);
    expect(p.participants.filter((x) => x.role === 'OWNER').map((x) => x.organisation?.slug)).toEqual(['hallefors-kommun']);
    expect(p.participants.every((x) => x.sources.some((c) => c.source.key === 'seed-004'))).toBe(true);
    expect(p.regions.map((r) => r.code)).toEqual(['18']);
  });

  it("shows All in's targets beside its actuals: actuals empty (not reported), never 0", async () => {
    const p = await page('all-in');
    expect(p.outcomeComparison.map((c) => c.metric)).toEqual(['PARTICIPANTS', 'PARTICIPANTS_WOMEN', 'INTO_WORK', 'STAFF']);
    expect(p.outcomeComparison.every((c) => c.actuals.length === 0)).toBe(true);
    const target = (metric: string) => p.outcomeComparison.find((c) => c.metric === metric)!.targets[0]!;
    expect(target('PARTICIPANTS')).toMatchObject({ comparison: 'AT_MOST', value: '648.00', share: null });
    expect(target('PARTICIPANTS_WOMEN')).toMatchObject({ comparison: 'AT_LEAST', value: null, share: '0.5000', shareOf: 'PARTICIPANTS' });
    expect(target('INTO_WORK')).toMatchObject({ comparison: 'EXACTLY', value: '390.00', note: '390 of the 648 participants' });
  });

  it('shows the 50 MSEK of All in as one exact, reported, unshared amount', async () => {
    const p = await page('all-in');
    expect(p.fundings).toHaveLength(1);
    expect(p.fundings[0]).toMatchObject({
      key: 'all-in-total-cost',
      money: { amount: '50000000.00', currency: 'SEK' },
      amountStatus: 'REPORTED',
      comparison: 'EXACTLY',
      approximate: false,
      shared: false,
      funder: null,
      projects: [{ slug: 'all-in' }],
    });
  });

  it('shows the c. 4 MSEK of RaiSE as approximate and shared with Sociala företag för regional tillväxt, not split', async () => {
    const p = await page('raise');
    const total = p.fundings.find((f) => f.key === 'raise-and-sfrt-total')!;
    expect(total).toMatchObject({
      money: { amount: '4000000.00', currency: 'SEK' },
      amountStatus: 'APPROXIMATE',
      comparison: 'APPROXIMATELY',
      approximate: true,
      shared: true,
      yearFrom: 2017,
      yearTo: 2021,
    });
    expect(total.projects.map((x) => x.slug).sort()).toEqual(['raise', 'sociala-foretag-for-regional-tillvaxt']);
  });

  it('shows a funding whose amount no source reports as NOT_REPORTED with no money (never 0)', async () => {
    const p = await page('raise');
    expect(p.fundings.find((f) => f.key === 'raise-interreg-europe')).toMatchObject({
      money: null,
      amountStatus: 'NOT_REPORTED',
      funder: { slug: 'interreg-europe' },
      programme: { slug: 'interreg-europe' },
      shared: false,
    });
    const skane = await page('regionalt-asf-projekt-region-skane');
    expect(skane.fundings).toEqual([
      expect.objectContaining({
        money: null,
        amountStatus: 'NOT_REPORTED',
        yearFrom: 2017,
        yearTo: 2018,
        funder: { slug: 'tillvaxtverket', name: 'Tillväxtverket' },
        programme: expect.objectContaining({ slug: ASF }),
      }),
    ]);
  });

  it("shows RaiSE's six regions and its five events", async () => {
    const p = await page('raise');
    expect(p.regions.map((r) => r.code).sort()).toEqual(['18', 'AT13', 'ES51', 'HU101', 'IE01', 'ITH5']);
    expect(p.events.map((e) => e.key).sort()).toEqual([
      'raise-dinner-orebro-slott-2018',
      'raise-meeting-barcelona-2017',
      'raise-meeting-bologna-2017',
      'raise-meeting-budapest-2017',
      'raise-study-visit-orebro-2018',
    ]);
  });

  it('shows a whole partnership taking part', async () => {
    const p = await page('raise');
    expect(p.participants.filter((x) => x.partnership).map((x) => [x.role, x.partnership?.slug, x.organisation])).toEqual([
      ['PARTICIPANT', 'partnerskap-for-sociala-innovationer', null],
    ]);
  });

  it('answers an unknown slug with NOT_FOUND', async () => {
    const r = await s.operation('ProjectPage', { slug: 'no-such-project' });
    expect(r.errors?.[0]).toMatchObject({
      message: 'No project with slug "no-such-project"',
      extensions: { code: 'NOT_FOUND' },
      path: ['project'],
    });
  });
});
