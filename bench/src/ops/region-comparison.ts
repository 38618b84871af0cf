import type { Any, Operation, Vars } from './types.js';

/**
 * Region comparison: twelve regions side by side over the whole period. B2 computes the same figures
 * with one hand-written statement (set-based, no per-funding DISTINCT counts) and words them in JS.
 */

const FIGURES = [
  ['population', 'POPULATION'],
  ['funding', 'FUNDING'],
  ['projects', 'PROJECTS'],
  ['enterprises', 'ENTERPRISES'],
  ['partnershipMembers', 'PARTNERSHIP_MEMBERS'],
  ['statedPartnershipSize', 'STATED_PARTNERSHIP_SIZE'],
  ['participantsTarget', 'PARTICIPANTS_TARGET'],
  ['participantsActual', 'PARTICIPANTS_ACTUAL'],
  ['intoWorkTarget', 'INTO_WORK_TARGET'],
  ['intoWorkActual', 'INTO_WORK_ACTUAL'],
] as const;
type FigureName = (typeof FIGURES)[number][0];

const FIGURE_FIELDS = `value status approximate shared comparison unit recordCount unreportedCount note perInhabitant { value status basis populationYear }`;

const SQL = `
with
  chosen as (select c.code from unnest($1::text[]) as c(code)),
  per as (select $2::int as y_from, $3::int as y_to, make_date($2::int, 1, 1) as d_from, make_date($3::int, 12, 31) as d_to),
  places as (
    select pr.project_id, pr.region_code from project_region pr
    union
    select pm.project_id, m.region_code from project_municipality pm join municipality m on m.code = pm.municipality_code
  ),
  rp as (
    select distinct pl.region_code, pl.project_id
      from places pl
      join chosen c on c.code = pl.region_code
      join project pj on pj.id = pl.project_id
      cross join per
     where (pj.start_date is null or pj.start_date <= per.d_to) and (pj.end_date is null or pj.end_date >= per.d_from)
  ),
  rf as (select distinct rp.region_code, fp.funding_id from rp join funding_project fp on fp.project_id = rp.project_id),
  -- a funding is shared when it covers several projects or projects in several regions: per project the
  -- span of its regions, then per funding (in primary-key order, no big hash) the span of its projects
  project_span as (select project_id, min(region_code) as lo, max(region_code) as hi from places group by project_id),
  reach as (
    select fp.funding_id, (min(fp.project_id) <> max(fp.project_id)) or coalesce(min(ps.lo) <> max(ps.hi), false) as shared
      from funding_project fp left join project_span ps on ps.project_id = fp.project_id
     group by fp.funding_id
  ),
  project_reach as (select project_id, lo <> hi as shared from project_span),
  figures as (
    select rf.region_code, 'FUNDING' as figure, sum(f.amount) as value, count(*)::int as n,
           (count(*) filter (where f.amount is null))::int as n_without,
           coalesce(bool_or(f.approximate or f.comparison in ('APPROXIMATELY', 'NEARLY')) filter (where f.amount is not null), false) as approx,
           coalesce(bool_or(r.shared) filter (where f.amount is not null), false) as shared,
           array_agg(distinct f.comparison) filter (where f.amount is not null) as comparisons,
           null::text as detail
      from rf join funding f on f.id = rf.funding_id join reach r on r.funding_id = f.id cross join per
     where coalesce(f.year_from, per.y_to) <= per.y_to and coalesce(f.year_to, per.y_from) >= per.y_from
     group by rf.region_code
    union all
    select rp.region_code, 'PROJECTS', count(*), count(*)::int, 0, false, false, null, null from rp group by rp.region_code
    union all
    select e.code, 'ENTERPRISES', count(distinct e.id), count(distinct e.id)::int, 0, false, false, null, null
      from (
        select c.code, o.id from chosen c join organisation o on o.region_code = c.code where o.kind = 'SOCIAL_ENTERPRISE'
        union all
        select c.code, o.id from chosen c join municipality m on m.region_code = c.code join organisation o on o.municipality_code = m.code
         where o.kind = 'SOCIAL_ENTERPRISE'
      ) e
     group by e.code
    union all
    select ps.region_code, 'PARTNERSHIP_MEMBERS', count(distinct ms.organisation_id), count(distinct ms.id)::int, 0, false, false, null,
           string_agg(distinct ps.name, '; ')
      from partnership ps
      join chosen c on c.code = ps.region_code
      cross join per
      join membership ms on ms.partnership_id = ps.id
       and (ms.from_date is null or ms.from_date <= per.d_to) and (ms.to_date is null or ms.to_date >= per.d_from)
     group by ps.region_code
    union all
    select s.region_code, 'STATED_PARTNERSHIP_SIZE', s.member_count, 1, 0, s.comparison in ('APPROXIMATELY', 'NEARLY'), false,
           array[s.comparison], concat_ws(', ', s.partnership_name, coalesce(s.as_of_text, 'undated'))
      from (
        select distinct on (ps.region_code) ps.region_code, ps.name as partnership_name, sz.member_count, sz.comparison, sz.as_of_text
          from partnership_size sz
          join partnership ps on ps.id = sz.partnership_id
          join chosen c on c.code = ps.region_code
          cross join per
         where sz.as_of is null or sz.as_of between per.d_from and per.d_to
         order by ps.region_code, (sz.as_of is null), sz.member_count desc, sz.id
      ) s
    union all
    select rp.region_code, o.metric || '_' || o.kind, trim_scale(sum(o.value)), count(*)::int,
           (count(*) filter (where o.value is null))::int,
           coalesce(bool_or(o.comparison in ('APPROXIMATELY', 'NEARLY')) filter (where o.value is not null), false),
           coalesce(bool_or(pr.shared) filter (where o.value is not null), false),
           array_agg(distinct o.comparison) filter (where o.value is not null), null
      from rp
      join outcome o on o.project_id = rp.project_id
      join project_reach pr on pr.project_id = o.project_id
      cross join per
     where o.metric in ('PARTICIPANTS', 'INTO_WORK')
       and (o.period_start is null or o.period_start <= per.d_to) and (o.period_end is null or o.period_end >= per.d_from)
     group by rp.region_code, o.metric, o.kind
    union all
    select pop.region_code, 'POPULATION', pop.population, 1, 0, false, false, null, null
      from region_population pop join chosen c on c.code = pop.region_code where pop.year = $4::int
  )
select json_build_object(
  'regions', (select json_object_agg(r.code, json_build_object('code', r.code, 'name', r.name, 'mapId', r.map_id)) from region r where r.code in (select code from chosen)),
  'figures', coalesce((select json_agg(json_build_object(
      'region', f.region_code, 'figure', f.figure, 'value', f.value::text, 'n', f.n, 'n_without', f.n_without, 'approx', f.approx,
      'shared', f.shared, 'comparisons', f.comparisons, 'detail', f.detail,
      'per_inhabitant', case
        when f.value is null or pop.population is null then null
        when f.figure = 'FUNDING' then round(f.value / pop.population, 2)::text
        else round(f.value * 100000 / pop.population, 2)::text
      end))
    from figures f left join region_population pop on pop.region_code = f.region_code and pop.year = $4::int), '[]'::json)
) as data`;

interface FigureRow {
  value: string | null;
  n: number;
  n_without: number;
  approx: boolean;
  shared: boolean;
  comparisons: string[] | null;
  detail: string | null;
  per_inhabitant: string | null;
}

function combine(parts: readonly string[]): string | null {
  const distinct = [...new Set(parts)];
  if (!distinct.length) return null;
  const inexact = distinct.filter((c) => c !== 'EXACTLY');
  if (!inexact.length) return 'EXACTLY';
  if (inexact.length === 1) return inexact[0]!;
  if (inexact.every((c) => c === 'APPROXIMATELY' || c === 'NEARLY')) return 'APPROXIMATELY';
  return null;
}

const status = (value: string | null, approximate: boolean) => (value === null ? 'NOT_REPORTED' : approximate ? 'APPROXIMATE' : 'REPORTED');

function note(name: FigureName, row: FigureRow | undefined, populationYear: number): string | null {
  switch (name) {
    case 'population':
      return row ? `Population on 31 December ${populationYear}.` : `No population reported for ${populationYear}.`;
    case 'funding': {
      if (!row) return "No funding linked to the region's projects in the period.";
      const parts: string[] = [];
      if (row.n_without) parts.push(`${row.n_without} of ${row.n} funding(s) report no amount and are not in the sum.`);
      if (row.shared) parts.push('Includes an amount that also covers other projects or regions; it is not split.');
      if (row.approx) parts.push('Includes an approximate amount.');
      return parts.join(' ') || null;
    }
    case 'enterprises':
      return row ? null : 'No social enterprise in the region is recorded in the atlas.';
    case 'partnershipMembers':
      return row ? `Named members of: ${row.detail}.` : 'No named member of a partnership based in the region.';
    case 'statedPartnershipSize':
      return row ? `Stated size of ${row.detail}.` : 'No stated partnership size for the period.';
    case 'projects':
      return null;
    default:
      if (!row) return 'Not reported.';
      return row.n_without ? `${row.n_without} outcome(s) are reported only as a share and are not in the sum.` : null;
  }
}

function figure(name: FigureName, row: FigureRow | undefined, populationYear: number) {
  const value = row ? row.value : name === 'projects' ? '0' : null;
  const approximate = row?.approx ?? false;
  const perValue = row?.per_inhabitant ?? null;
  return {
    value,
    status: status(value, approximate),
    approximate,
    shared: row?.shared ?? false,
    comparison: value === null ? null : combine(row?.comparisons?.length ? row.comparisons : ['EXACTLY']),
    unit: name === 'funding' ? 'SEK' : 'COUNT',
    recordCount: name === 'statedPartnershipSize' ? (row ? 1 : 0) : (row?.n ?? 0),
    unreportedCount: row?.n_without ?? 0,
    note: note(name, row, populationYear),
    perInhabitant:
      name === 'population'
        ? null
        : {
            value: perValue,
            status: status(perValue, approximate),
            basis: name === 'funding' ? 'PER_INHABITANT' : 'PER_100000_INHABITANTS',
            populationYear,
          },
  };
}

export const regionComparison: Operation = {
  id: 'regionComparison',
  title: 'Region comparison (12 regions, whole period)',
  atlas: {
    operationName: 'BenchRegionComparison',
    document: /* GraphQL */ `
      query BenchRegionComparison($input: RegionComparisonInput) {
        regionComparison(input: $input) {
          yearFrom
          yearTo
          populationYear
          funderSlug
          programmeSlug
          defaultRegions
          rows {
            region { code name mapId }
            ${FIGURES.map(([f]) => `${f} { ...BenchFigure }`).join('\n            ')}
          }
        }
      }
      fragment BenchFigure on ComparisonFigure { ${FIGURE_FIELDS} }`,
    variables: (p) => ({ input: { regionCodes: p.regionCodes, yearFrom: p.yearFrom, yearTo: p.yearTo, populationYear: 2017 } }),
  },
  orderedPaths: ['regionComparison.rows'],
  b2: {
    sql: SQL,
    params: (v: Vars) => {
      const i = v.input as { regionCodes: string[]; yearFrom: number; yearTo: number; populationYear: number };
      return [i.regionCodes, i.yearFrom, i.yearTo, i.populationYear];
    },
    shape: (rows, v) => {
      const i = v.input as { regionCodes: string[]; yearFrom: number; yearTo: number; populationYear: number };
      const data = rows[0]!.data as { regions: Record<string, Any>; figures: (FigureRow & { region: string; figure: string })[] };
      const byKey = new Map(data.figures.map((f) => [`${f.region}|${f.figure}`, f]));
      return {
        regionComparison: {
          yearFrom: i.yearFrom,
          yearTo: i.yearTo,
          populationYear: i.populationYear,
          funderSlug: null,
          programmeSlug: null,
          defaultRegions: false,
          rows: i.regionCodes.map((code) => ({
            region: data.regions[code],
            ...Object.fromEntries(
              FIGURES.map(([name, sqlName]) => [name, figure(name, byKey.get(`${code}|${sqlName}`), i.populationYear)]),
            ),
          })),
        },
      };
    },
  },
  postgraphile: { unavailable: 'no aggregates in the amber preset (sums and counts per region need a plugin or a SQL function)' },
};
