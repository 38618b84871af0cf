import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/** The figures of the seed texts, as the API answers them: each with the source and quote that state it. */

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

interface Citation {
  quote: string | null;
  source: { key: string };
}
const cites = (sources: Citation[], key: string, quote?: string) =>
  sources.some((c) => c.source.key === key && (quote === undefined || (c.quote ?? '').includes(quote)));

const CITATIONS = 'sources { quote source { key } }';

describe('what the seed texts state, answered with its source', () => {
  it("All in's target of at most 648 participants cites seed-004 with its quote", async () => {
    const r = await s.gql<{
      project: { outcomes: { metric: string; kind: string; comparison: string; value: string; sources: Citation[] }[] };
    }>(`{ project(slug: "all-in") { outcomes { metric kind comparison value ${CITATIONS} } } }`);
    const target = r.data!.project.outcomes.find((o) => o.metric === 'PARTICIPANTS')!;
    expect(target).toMatchObject({ kind: 'TARGET', comparison: 'AT_MOST', value: '648.00' });
    expect(target.sources).toEqual([
      { quote: 'Maximalt 648 personer ska delta i projektets aktiviteter i de åtta kommunerna', source: { key: 'seed-004' } },
    ]);
  });

  it('at least half women and 390 into work cite seed-004 with their quotes', async () => {
    const r = await s.gql<{ project: { outcomes: { metric: string; share: string | null; value: string | null; sources: Citation[] }[] } }>(
      `{ project(slug: "all-in") { outcomes { metric share value ${CITATIONS} } } }`,
    );
    const by = (metric: string) => r.data!.project.outcomes.find((o) => o.metric === metric)!;
    expect(by('PARTICIPANTS_WOMEN').share).toBe('0.5000');
    expect(cites(by('PARTICIPANTS_WOMEN').sources, 'seed-004', 'minst hälften ska vara kvinnor')).toBe(true);
    expect(by('INTO_WORK').value).toBe('390.00');
    expect(cites(by('INTO_WORK').sources, 'seed-004', 'Målet är att 390 av de 648 personerna ska ut i arbete.')).toBe(true);
  });

  it("All in's 50 MSEK and its owner Hällefors kommun cite seed-004", async () => {
    const r = await s.gql<{
      project: {
        owner: { name: string; sources: Citation[] };
        fundings: { money: { amount: string }; sources: Citation[] }[];
        sources: Citation[];
      };
    }>(`{ project(slug: "all-in") { owner { name ${CITATIONS} } fundings { money { amount } ${CITATIONS} } ${CITATIONS} } }`);
    const p = r.data!.project;
    expect(p.owner.name).toBe('Hällefors kommun');
    expect(cites(p.owner.sources, 'seed-004', 'Hällefors kommun är projektägare')).toBe(true);
    expect(cites(p.sources, 'seed-004', 'Hällefors kommun är projektägare')).toBe(true);
    expect(p.fundings[0]?.money.amount).toBe('50000000.00');
    expect(cites(p.fundings[0]!.sources, 'seed-004', 'som kostar 50 miljoner kronor')).toBe(true);
  });

  it('Region Örebro län is stated by all four texts that name it (seed-000 to seed-003), each with a quote', async () => {
    const r = await s.gql<{ organisation: { sources: Citation[] } }>(`{ organisation(slug: "region-orebro-lan") { ${CITATIONS} } }`);
    const sources = r.data!.organisation.sources;
    expect(sources.map((c) => c.source.key).sort()).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003']);
    expect(sources.every((c) => c.quote && c.quote.length > 0)).toBe(true);
  });

  it('the twelve funded regions each have their regional body, stated by seed-003', async () => {
    const funded = await s.gql<{ regions: { code: string }[] }>(
      '{ regions(filter: { fundedBy: { programmeSlug: "regeringsuppdraget-om-arbetsintegrerande-sociala-foretag", yearFrom: 2017, yearTo: 2018 } }) { code } }',
    );
    const codes = funded.data!.regions.map((x) => x.code).sort();
    expect(codes).toHaveLength(12);
    const bodies = await s.gql<{ organisations: { nodes: { name: string; region: { code: string }; sources: Citation[] }[] } }>(
      `{ organisations(first: 100, filter: { kinds: [REGIONAL_BODY] }) { nodes { name region { code } ${CITATIONS} } } }`,
    );
    const nodes = bodies.data!.organisations.nodes;
    expect(nodes.map((o) => o.region.code).sort()).toEqual(codes);
    for (const body of nodes) expect(cites(body.sources, 'seed-003', body.name), body.name).toBe(true);
  });

  it("RaiSE's partner regions cite seed-000, while the study visit keeps seed-001's list of visitor countries", async () => {
    const r = await s.gql<{
      project: {
        regions: { code: string; kind: string; sources: Citation[] }[];
        events: { key: string; visitorCountries: string[] | null; sources: Citation[] }[];
      };
    }>(`{ project(slug: "raise") { regions { code kind ${CITATIONS} } events { key visitorCountries ${CITATIONS} } } }`);
    const p = r.data!.project;
    const european = p.regions.filter((x) => x.kind === 'EUROPEAN');
    expect(european.map((x) => x.code).sort()).toEqual(['AT13', 'ES51', 'HU101', 'IE01', 'ITH5']);
    for (const region of european) expect(cites(region.sources, 'seed-000'), region.code).toBe(true);
    const visit = p.events.find((e) => e.key === 'raise-study-visit-orebro-2018')!;
    expect(visit.visitorCountries).toEqual(['IT', 'IE', 'GB-SCT', 'HU', 'ES']);
    expect(cites(visit.sources, 'seed-001', 'Italien, Irland, Skottland, Ungern och Spanien')).toBe(true);
  });

  it('the study visit of 4–5 April 2018 and the 2017 meetings in Barcelona, Budapest and Bologna cite seed-001', async () => {
    const r = await s.gql<{
      project: {
        events: {
          key: string;
          kind: string;
          place: string;
          start: { date: string; approximate: boolean };
          end: { date: string };
          sources: Citation[];
        }[];
      };
    }>(`{ project(slug: "raise") { events { key kind place start { date approximate } end { date } ${CITATIONS} } } }`);
    const events = r.data!.project.events;
    const visit = events.find((e) => e.kind === 'STUDY_VISIT')!;
    expect([visit.start, visit.end]).toEqual([{ date: '2018-04-04', approximate: false }, { date: '2018-04-05' }]);
    const meetings = events.filter((e) => e.kind === 'MEETING');
    expect(meetings.map((m) => m.place).sort()).toEqual(['Barcelona', 'Bologna', 'Budapest']);
    for (const m of meetings) {
      expect(m.start).toEqual({ date: '2017-01-01', approximate: true });
      expect(cites(m.sources, 'seed-001', 'i Barcelona, Budapest och Bologna'), m.place).toBe(true);
    }
  });

  it('the c. 4 MSEK shared by RaiSE and Sociala företag för regional tillväxt cites seed-000', async () => {
    const r = await s.gql<{
      project: {
        fundings: { key: string; amountStatus: string; shared: boolean; money: { amount: string } | null; sources: Citation[] }[];
      };
    }>(`{ project(slug: "sociala-foretag-for-regional-tillvaxt") { fundings { key amountStatus shared money { amount } ${CITATIONS} } } }`);
    const total = r.data!.project.fundings.find((f) => f.key === 'raise-and-sfrt-total')!;
    expect(total).toMatchObject({ amountStatus: 'APPROXIMATE', shared: true, money: { amount: '4000000.00' } });
    expect(cites(total.sources, 'seed-000', 'totalt cirka fyra miljoner kronor')).toBe(true);
  });

  it("the region's group meeting six times a year cites seed-002", async () => {
    const r = await s.gql<{
      organisation: { eventRoles: { role: string; event: { kind: string; timesPerYear: number | null; sources: Citation[] } }[] };
    }>(`{ organisation(slug: "region-orebro-lan") { eventRoles { role event { kind timesPerYear ${CITATIONS} } } } }`);
    const group = r.data!.organisation.eventRoles.find((e) => e.role === 'ORGANISER')!.event;
    expect(group).toMatchObject({ kind: 'RECURRING_MEETING', timesPerYear: 6 });
    expect(cites(group.sources, 'seed-002', 'träffas sex gånger per år')).toBe(true);
  });

  it('the four-year action plan with 18 activities cites seed-002', async () => {
    const id = Buffer.from('ActionPlan:1').toString('base64url');
    const r = await s.gql<{ node: { activityCount: number; periodYears: number; owner: { slug: string }; sources: Citation[] } }>(
      `query($id: ID!) { node(id: $id) { ... on ActionPlan { activityCount periodYears owner { slug } ${CITATIONS} } } }`,
      { id },
    );
    expect(r.data?.node).toMatchObject({ activityCount: 18, periodYears: 4, owner: { slug: 'region-orebro-lan' } });
    expect(cites(r.data!.node.sources, 'seed-002', 'en handlingsplan med 18 aktiviteter')).toBe(true);
  });

  it('nearly 30 member organisations in 2017 is stated by seed-000', async () => {
    const r = await s.gql<{
      partnership: { statedSizes: { memberCount: number; comparison: string; asOfText: string; source: { key: string } }[] };
    }>('{ partnership(slug: "partnerskap-for-sociala-innovationer") { statedSizes { memberCount comparison asOfText source { key } } } }');
    expect(r.data?.partnership.statedSizes[0]).toEqual({
      memberCount: 30,
      comparison: 'NEARLY',
      asOfText: '2017',
      source: { key: 'seed-000' },
    });
  });

  it("a county's population is stated by SCB, and Västernorrland's is not reported (null, not 0)", async () => {
    const r = await s.gql<{ a: { population: { population: number; source: { key: string } } }; b: { population: null } }>(
      '{ a: region(code: "18") { population(year: 2017) { population source { key } } } b: region(code: "22") { population(year: 2017) { population } } }',
    );
    expect(r.data?.a.population).toEqual({ population: 298907, source: { key: 'scb-population-2017' } });
    expect(r.data?.b.population).toBeNull();
  });
});
