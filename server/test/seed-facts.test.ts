import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASF_PROGRAMME_SLUG, fundedRegionCodes } from '../src/modules/region/region.queries.js';
import { seededDatabase, type TestDatabase } from './support/database.js';

/**
 * What the five seed texts (and the reference tables) state, fact by fact. Each fact is checked in the
 * loaded database and must be carried by a Citation of the right source: a figure without its source
 * is not a fact of ASF Atlas.
 */

let t: TestDatabase;
beforeAll(async () => {
  t = await seededDatabase();
});
afterAll(async () => {
  await t?.close();
});

interface Subject {
  type: string;
  id: string | number;
}

interface Fact {
  source: string;
  states: string;
  /** Asserts the fact's values and returns the records that must cite `source`. */
  check(): Promise<Subject[]>;
}

async function one<T>(query: string, params: unknown[] = []): Promise<T> {
  const rows = await t.sql<T>(query, params);
  expect(rows, query).toHaveLength(1);
  return rows[0] as T;
}

async function orgId(slug: string): Promise<number> {
  return (await one<{ id: number }>('select id from organisation where slug = ?', [slug])).id;
}

async function projectId(slug: string): Promise<number> {
  return (await one<{ id: number }>('select id from project where slug = ?', [slug])).id;
}

async function eventByKey(key: string) {
  return one<{
    id: number;
    kind: string;
    start: string | null;
    end: string | null;
    approx: boolean;
    place: string | null;
    visitors: string | null;
    times: number | null;
    region: string | null;
    project: string | null;
  }>(
    `select e.id, e.kind, e.start_date::text as start, e.end_date::text as "end", e.date_approximate as approx, e.place,
            array_to_string(e.visitor_countries, ',') as visitors, e.times_per_year as times, e.region_code as region, p.slug as project
       from event e left join project p on p.id = e.project_id where e.key = ?`,
    [key],
  );
}

/** Source keys citing a record, with their quotes. */
async function citationsOf({ type, id }: Subject): Promise<Map<string, string | null>> {
  const rows = await t.sql<{ key: string; quote: string | null }>(
    `select s.key, c.quote from citation c join source s on s.id = c.source_id where c.subject_type = ? and c.subject_id = ?`,
    [type, String(id)],
  );
  return new Map(rows.map((r) => [r.key, r.quote]));
}

const TWELVE_FUNDED = [
  ['Region Gävleborg', 'region-gavleborg', '21'],
  ['Region Östergötland', 'region-ostergotland', '05'],
  ['Region Skåne', 'region-skane', '12'],
  ['Region Jönköpings län', 'region-jonkopings-lan', '06'],
  ['Region Kronoberg', 'region-kronoberg', '07'],
  ['Region Norrbotten', 'region-norrbotten', '25'],
  ['Region Örebro län', 'region-orebro-lan', '18'],
  ['Region Dalarna', 'region-dalarna', '20'],
  ['Region Jämtland Härjedalen', 'region-jamtland-harjedalen', '23'],
  ['Regionförbundet i Kalmar län', 'regionforbundet-i-kalmar-lan', '08'],
  ['Region Västerbotten', 'region-vasterbotten', '24'],
  ['Västra Götalandsregionen', 'vastra-gotalandsregionen', '14'],
] as const;

const RAISE_PARTNER_REGIONS = [
  ['ES51', 'ES', 'Katalonien'],
  ['ITH5', 'IT', 'Emilia-Romagna'],
  ['IE01', 'IE', 'Border Midland and Western Ireland'],
  ['HU101', 'HU', 'Budapest'],
  ['AT13', 'AT', 'Wien'],
] as const;

const VISITED_ENTERPRISES = [
  ['Miljövårdscentrum', '1880'],
  ['Re:form', '1880'],
  ['Föreningen Integrera Karlskoga', '1883'],
  ['Föreningen Funkis', '1883'],
  ['Mötesplatsen Prisma', '1883'],
  ['Mohass', '1883'],
  ['Childrens discovery house', '1861'],
  ['Aniara maskin och fastighet', '1861'],
] as const;

const ALL_IN_MUNICIPALITIES = [
  ['1863', 'Hällefors'],
  ['1881', 'Kumla'],
  ['1884', 'Nora'],
  ['1861', 'Hallsberg'],
  ['1862', 'Degerfors'],
  ['1883', 'Karlskoga'],
  ['1864', 'Ljusnarsberg'],
  ['1885', 'Lindesberg'],
] as const;

async function allInTarget(metric: string) {
  return one<{ id: number; comparison: string; value: string | null; share: string | null; share_of: string | null }>(
    `select o.id, o.comparison, o.value::text as value, o.share::text as share, o.share_of
       from outcome o join project p on p.id = o.project_id where p.slug = 'all-in' and o.metric = ? and o.kind = 'TARGET'`,
    [metric],
  );
}

const facts: Fact[] = [
  // --- seed-003: the twelve regions funded by Tillväxtverket for ASF projects 2017–2018
  ...TWELVE_FUNDED.map(([name, slug, county]): Fact => ({
    source: 'seed-003',
    states: `${name} is the regional body of county ${county}`,
    async check() {
      const org = await one<{ id: number; name: string; kind: string; region_code: string }>(
        'select id, name, kind, region_code from organisation where slug = ?',
        [slug],
      );
      expect(org).toMatchObject({ name, kind: 'REGIONAL_BODY', region_code: county });
      return [{ type: 'Organisation', id: org.id }];
    },
  })),
  ...TWELVE_FUNDED.map(([name, , county]): Fact => ({
    source: 'seed-003',
    states: `${name} was granted Tillväxtverket funding for a project in county ${county}, 2017–2018`,
    async check() {
      const funding = await one<{ id: number; year_from: number; year_to: number; amount: string | null }>(
        `select f.id, f.year_from, f.year_to, f.amount::text as amount
           from funding f
           join organisation o on o.id = f.funder_id and o.slug = 'tillvaxtverket'
           join programme pg on pg.id = f.programme_id and pg.slug = ?
           join funding_project fp on fp.funding_id = f.id
           join project_region pr on pr.project_id = fp.project_id and pr.region_code = ?`,
        [ASF_PROGRAMME_SLUG, county],
      );
      // The amount per region is not reported: it stays null, never 0.
      expect(funding).toMatchObject({ year_from: 2017, year_to: 2018, amount: null });
      return [{ type: 'Funding', id: funding.id }];
    },
  })),
  {
    source: 'seed-003',
    states: 'exactly twelve counties are funded through the ASF government assignment in 2017–2018',
    async check() {
      const codes = await fundedRegionCodes(t.db.em.fork(), { programmeSlug: ASF_PROGRAMME_SLUG, yearFrom: 2017, yearTo: 2018 });
      expect(codes).toEqual(TWELVE_FUNDED.map(([, , county]) => county).sort());
      const programme = await one<{ id: number }>('select id from programme where slug = ?', [ASF_PROGRAMME_SLUG]);
      return [{ type: 'Programme', id: programme.id }];
    },
  },

  // --- seed-000: RaiSE's six partner regions
  ...RAISE_PARTNER_REGIONS.map(([code, country, name]): Fact => ({
    source: 'seed-000',
    states: `${name} (${code}, ${country}) is a European partner region of RaiSE`,
    async check() {
      const region = await one<{ code: string; kind: string; country: string; name: string }>(
        'select code, kind, country, name from region where code = ?',
        [code],
      );
      expect(region).toEqual({ code, kind: 'EUROPEAN', country, name });
      const link = await one<{ id: number }>(
        `select pr.id from project_region pr join project p on p.id = pr.project_id where p.slug = 'raise' and pr.region_code = ?`,
        [code],
      );
      return [
        { type: 'Region', id: code },
        { type: 'ProjectRegion', id: link.id },
      ];
    },
  })),
  {
    source: 'seed-000',
    states: 'Region Örebro län (county 18) is the sixth RaiSE region, and RaiSE works in exactly six regions',
    async check() {
      const links = await t.sql<{ id: number; code: string }>(
        `select pr.id, pr.region_code as code from project_region pr join project p on p.id = pr.project_id where p.slug = 'raise' order by 2`,
      );
      expect(links.map((l) => l.code)).toEqual(['18', 'AT13', 'ES51', 'HU101', 'IE01', 'ITH5']);
      const orebro = links.find((l) => l.code === '18')!;
      return [{ type: 'ProjectRegion', id: orebro.id }];
    },
  },

  // --- seed-001: the visitors' countries, kept beside seed-000's partner list (the two disagree)
  {
    source: 'seed-001',
    states: "the study visitors came from Italy, Ireland, Scotland, Hungary and Spain (kept as stated, beside seed-000's partner regions)",
    async check() {
      const visit = await eventByKey('raise-study-visit-orebro-2018');
      expect(visit.visitors).toBe('IT,IE,GB-SCT,HU,ES');
      // Both statements are kept: the partner regions of seed-000 are still there, unaltered.
      const partners = await t.sql<{ code: string }>(`select code from region where kind = 'EUROPEAN' order by code`);
      expect(partners.map((r) => r.code)).toEqual(['AT13', 'ES51', 'HU101', 'IE01', 'ITH5']);
      return [{ type: 'Event', id: visit.id }];
    },
  },

  // --- seed-001: the study visit, its eight enterprises, and the 2017 meetings
  {
    source: 'seed-001',
    states: 'the RaiSE study visit took place in Örebro on 4–5 April 2018',
    async check() {
      const visit = await eventByKey('raise-study-visit-orebro-2018');
      expect(visit).toMatchObject({
        kind: 'STUDY_VISIT',
        start: '2018-04-04',
        end: '2018-04-05',
        approx: false,
        region: '18',
        project: 'raise',
      });
      return [{ type: 'Event', id: visit.id }];
    },
  },
  ...VISITED_ENTERPRISES.map(([name, municipality]): Fact => ({
    source: 'seed-001',
    states: `${name} (municipality ${municipality}) is a work-integrating social enterprise visited on the study visit`,
    async check() {
      const org = await one<{ id: number; kind: string; municipality_code: string }>(
        'select id, kind, municipality_code from organisation where name = ?',
        [name],
      );
      expect(org).toMatchObject({ kind: 'SOCIAL_ENTERPRISE', municipality_code: municipality });
      const visit = await eventByKey('raise-study-visit-orebro-2018');
      const participant = await one<{ id: number }>(
        `select id from event_participant where event_id = ? and organisation_id = ? and role = 'VISITED'`,
        [visit.id, org.id],
      );
      return [
        { type: 'Organisation', id: org.id },
        { type: 'EventParticipant', id: participant.id },
      ];
    },
  })),
  {
    source: 'seed-001',
    states: 'exactly eight enterprises were visited',
    async check() {
      const visit = await eventByKey('raise-study-visit-orebro-2018');
      const visited = await one<{ n: number }>(`select count(*)::int as n from event_participant where event_id = ? and role = 'VISITED'`, [
        visit.id,
      ]);
      expect(visited.n).toBe(8);
      return [{ type: 'Event', id: visit.id }];
    },
  },
  ...(
    [
      ['raise-meeting-barcelona-2017', 'Barcelona', 'ES51'],
      ['raise-meeting-budapest-2017', 'Budapest', 'HU101'],
      ['raise-meeting-bologna-2017', 'Bologna', 'ITH5'],
    ] as const
  ).map(([key, place, region]): Fact => ({
    source: 'seed-001',
    states: `the RaiSE partners met in ${place} in 2017 (date approximate: only the year is given)`,
    async check() {
      const meeting = await eventByKey(key);
      expect(meeting).toMatchObject({
        kind: 'MEETING',
        place,
        region,
        project: 'raise',
        start: '2017-01-01',
        end: '2017-12-31',
        approx: true,
      });
      return [{ type: 'Event', id: meeting.id }];
    },
  })),

  // --- seed-004: All in
  ...ALL_IN_MUNICIPALITIES.map(([code, name]): Fact => ({
    source: 'seed-004',
    states: `All in works in ${name} (${code})`,
    async check() {
      const link = await one<{ id: number; name: string }>(
        `select pm.id, m.name from project_municipality pm join project p on p.id = pm.project_id join municipality m on m.code = pm.municipality_code
          where p.slug = 'all-in' and pm.municipality_code = ?`,
        [code],
      );
      expect(link.name).toBe(name);
      return [{ type: 'ProjectMunicipality', id: link.id }];
    },
  })),
  {
    source: 'seed-004',
    states: 'All in works in exactly eight municipalities (not Örebro, Lekeberg, Laxå or Askersund)',
    async check() {
      const codes = await t.sql<{ code: string }>(
        `select pm.municipality_code as code from project_municipality pm join project p on p.id = pm.project_id where p.slug = 'all-in' order by 1`,
      );
      expect(codes.map((c) => c.code)).toEqual(ALL_IN_MUNICIPALITIES.map(([code]) => code).sort());
      return [{ type: 'Project', id: await projectId('all-in') }];
    },
  },
  {
    source: 'seed-004',
    states: 'Hällefors kommun owns All in',
    async check() {
      const owner = await one<{ slug: string }>(
        `select o.slug from project p join organisation o on o.id = p.owner_id where p.slug = 'all-in'`,
      );
      expect(owner.slug).toBe('hallefors-kommun');
      const role = await one<{ id: number }>(
        `select id from project_participant where project_id = ? and organisation_id = ? and role = 'OWNER'`,
        [await projectId('all-in'), await orgId('hallefors-kommun')],
      );
      return [
        { type: 'Project', id: await projectId('all-in') },
        { type: 'ProjectParticipant', id: role.id },
      ];
    },
  },
  {
    source: 'seed-004',
    states: 'All in costs 50 MSEK',
    async check() {
      const f = await one<{ id: number; amount: string; currency: string; comparison: string; approximate: boolean }>(
        `select f.id, f.amount::text as amount, f.currency, f.comparison, f.approximate from funding f
           join funding_project fp on fp.funding_id = f.id join project p on p.id = fp.project_id where p.slug = 'all-in'`,
      );
      expect(f).toMatchObject({ amount: '50000000.00', currency: 'SEK', comparison: 'EXACTLY', approximate: false });
      return [{ type: 'Funding', id: f.id }];
    },
  },
  {
    source: 'seed-004',
    states: 'at most 648 people take part in All in',
    async check() {
      const o = await allInTarget('PARTICIPANTS');
      expect(o).toMatchObject({ comparison: 'AT_MOST', value: '648.00', share: null });
      return [{ type: 'Outcome', id: o.id }];
    },
  },
  {
    source: 'seed-004',
    states: 'at least half of the All in participants are to be women (share 0.5 of PARTICIPANTS)',
    async check() {
      const o = await allInTarget('PARTICIPANTS_WOMEN');
      expect(o).toMatchObject({ comparison: 'AT_LEAST', value: null, share: '0.5000', share_of: 'PARTICIPANTS' });
      return [{ type: 'Outcome', id: o.id }];
    },
  },
  {
    source: 'seed-004',
    states: '390 of the All in participants are to go into work',
    async check() {
      const o = await allInTarget('INTO_WORK');
      expect(o).toMatchObject({ comparison: 'EXACTLY', value: '390.00' });
      return [{ type: 'Outcome', id: o.id }];
    },
  },

  // --- seed-000: money, the partnership's size
  {
    source: 'seed-000',
    states: 'RaiSE and Sociala företag för regional tillväxt together cover about 4 MSEK, 2017–2021 (one shared, approximate amount)',
    async check() {
      const f = await one<{
        id: number;
        amount: string;
        comparison: string;
        approximate: boolean;
        year_from: number;
        year_to: number;
        funder_id: number | null;
      }>(
        `select id, amount::text as amount, comparison, approximate, year_from, year_to, funder_id from funding where key = 'raise-and-sfrt-total'`,
      );
      expect(f).toMatchObject({
        amount: '4000000.00',
        comparison: 'APPROXIMATELY',
        approximate: true,
        year_from: 2017,
        year_to: 2021,
        funder_id: null,
      });
      const projects = await t.sql<{ slug: string }>(
        `select p.slug from funding_project fp join project p on p.id = fp.project_id where fp.funding_id = ? order by 1`,
        [f.id],
      );
      expect(projects.map((p) => p.slug)).toEqual(['raise', 'sociala-foretag-for-regional-tillvaxt']);
      return [{ type: 'Funding', id: f.id }];
    },
  },
  {
    source: 'seed-000',
    states: 'Partnerskap för sociala innovationer had nearly 30 member organisations in 2017',
    async check() {
      const size = await one<{
        id: number;
        member_count: number;
        comparison: string;
        as_of: string;
        as_of_approximate: boolean;
        source: string;
      }>(
        `select s.id, s.member_count, s.comparison, s.as_of::text as as_of, s.as_of_approximate, src.key as source
           from partnership_size s join partnership p on p.id = s.partnership_id join source src on src.id = s.source_id
          where p.slug = 'partnerskap-for-sociala-innovationer' and src.key = 'seed-000'`,
      );
      expect(size).toMatchObject({ member_count: 30, comparison: 'NEARLY', as_of: '2017-01-01', as_of_approximate: true });
      return [{ type: 'PartnershipSize', id: size.id }];
    },
  },

  // --- seed-002: the action plan and the group
  {
    source: 'seed-002',
    states: 'Region Örebro län has a four-year action plan with 18 activities for ASF',
    async check() {
      const plan = await one<{ id: number; activity_count: number; period_years: number; owner: string }>(
        `select a.id, a.activity_count, a.period_years, o.slug as owner from action_plan a join organisation o on o.id = a.owner_id where a.key = 'orebro-four-year-plan'`,
      );
      expect(plan).toMatchObject({ activity_count: 18, period_years: 4, owner: 'region-orebro-lan' });
      return [{ type: 'ActionPlan', id: plan.id }];
    },
  },
  {
    source: 'seed-002',
    states: "the region's cross-department group meets six times a year",
    async check() {
      const group = await eventByKey('orebro-social-enterprise-group');
      expect(group).toMatchObject({ kind: 'RECURRING_MEETING', times: 6, region: '18' });
      return [{ type: 'Event', id: group.id }];
    },
  },

  // --- reference tables
  {
    source: 'scb-lan',
    states: 'Sweden has 21 counties',
    async check() {
      const counties = await t.sql<{ code: string }>(`select code from region where kind = 'COUNTY' order by code`);
      expect(counties).toHaveLength(21);
      return counties.map((c) => ({ type: 'Region', id: c.code }));
    },
  },
  {
    source: 'scb-kommunkoder',
    states: 'Sweden has 290 municipalities',
    async check() {
      const municipalities = await t.sql<{ code: string }>('select code from municipality order by code');
      expect(municipalities).toHaveLength(290);
      return municipalities.map((m) => ({ type: 'Municipality', id: m.code }));
    },
  },
  {
    source: 'scb-population-2017',
    states: 'every county but Västernorrland has a 2017 population; Västernorrland has none (absent, not 0)',
    async check() {
      const rows = await t.sql<{ id: number; code: string; population: number }>(
        'select id, region_code as code, population from region_population where year = 2017 order by 2',
      );
      expect(rows).toHaveLength(20);
      expect(rows.map((r) => r.code)).not.toContain('22');
      expect(rows.every((r) => r.population > 0)).toBe(true);
      return rows.map((r) => ({ type: 'RegionPopulation', id: r.id }));
    },
  },
];

describe('every fact the seed texts state is in the database with its source', () => {
  it.each(facts)('$source: $states', async (fact) => {
    const subjects = await fact.check();
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) {
      const cited = await citationsOf(subject);
      expect([...cited.keys()], `${subject.type} ${subject.id} should cite ${fact.source}`).toContain(fact.source);
    }
  });

  it('seed citations quote the text they come from', async () => {
    const rows = await t.sql<{ key: string; file: string; quote: string }>(
      `select s.key, s.file_name as file, c.quote from citation c join source s on s.id = c.source_id where s.key like 'seed-%' and c.quote is not null`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const { readFileSync } = await import('node:fs');
    const texts = new Map<string, string>();
    const normalise = (s: string) => s.replace(/\s+/g, ' ');
    const missing = rows.filter((r) => {
      const text = texts.get(r.file) ?? normalise(readFileSync(new URL(`../data/source-texts/${r.file}`, import.meta.url), 'utf8'));
      texts.set(r.file, text);
      // Several quotes from one source are joined with " … ".
      return !r.quote.split(' … ').every((part) => text.includes(normalise(part)));
    });
    expect(missing).toEqual([]);
  });
});
