// The SQL of the region comparison, in pieces shared by the statement that computes it from the base
// tables and the statements that keep its stored summary (comparison.summary.ts). Parameters are named
// (:codes, :yearFrom, ...) and each has a cast: the reads run as prepared statements with bound values
// (readRows), the summary refresh on its write transaction, where MikroORM inlines them as literals.

import type { SummaryPart } from './comparison.entity.js';

/** A figure lists at most this many record ids (and their sources); `recordCount` gives the full number. */
export const MAX_RECORD_IDS = 200;

/** Where each project works: its regions, directly or through its municipalities. */
export const PROJECT_PLACES = `
  project_places as (
    select pr.project_id, pr.region_code from project_region pr
    union
    select pm.project_id, m.region_code from project_municipality pm join municipality m on m.code = pm.municipality_code
  )`;

/** The chosen funder and programme as ids (InitPlans: run once per statement). */
const FUNDER_ID = `(select o.id from organisation o where o.slug = :funderSlug::text)`;
const PROGRAMME_ID = `(select pg.id from programme pg where pg.slug = :programmeSlug::text)`;
/** The period as dates; without years it is unbounded (the stored summary is computed that way). */
const PERIOD_START = `coalesce(make_date(:yearFrom::int, 1, 1), '-infinity'::date)`;
const PERIOD_END = `coalesce(make_date(:yearTo::int, 12, 31), 'infinity'::date)`;

/**
 * A funding `f` is in scope: its years overlap the period (a missing year counts as overlapping) and
 * it comes from the chosen funder and/or programme. A plan for the values at hand (inlined, or
 * PostgreSQL's custom plan of a prepared statement) folds the unused conditions away.
 */
export const FUNDING_IN_SCOPE = `
       (:yearTo::int is null or coalesce(f.year_from, :yearTo::int) <= :yearTo::int)
   and (:yearFrom::int is null or coalesce(f.year_to, :yearFrom::int) >= :yearFrom::int)
   and (:funderSlug::text is null or f.funder_id = ${FUNDER_ID})
   and (:programmeSlug::text is null or f.programme_id = ${PROGRAMME_ID})`;

/** An amount reported as approximate. */
export const APPROXIMATE = `(f.approximate or f.comparison in ('APPROXIMATELY', 'NEARLY'))`;

/**
 * Whether each funding is shared: it covers more than one project, or projects in more than one
 * region. `restrict` limits the fundings looked at (a join on fp.funding_id or a where clause); only
 * fundings with an amount need it (the flag is about amounts).
 */
export function fundingReach(restrict: string): string {
  return `
  funding_reach as (
    select fp.funding_id,
           coalesce(min(fp.project_id) <> max(fp.project_id) or min(pp.region_code) <> max(pp.region_code), false) as spread
      from funding_project fp
      left join project_places pp on pp.project_id = fp.project_id
      ${restrict}
     group by fp.funding_id
  )`;
}

/*
 * Every figure is a row (region_code, figure, value, n, n_without, approx, shared, comparisons, ids,
 * detail, latest_start_year, earliest_end_year). The last two are the years of the dates the period
 * filters on (the latest start, the earliest end): a period from yearFrom to yearTo filters nothing
 * when yearTo >= latest_start_year and yearFrom <= earliest_end_year, which is when the stored
 * (whole-period) summary gives the same answer.
 */

/**
 * The funding figure over `x` (funding_id, amount, comparison, approx, spread, year_from, year_to):
 * distinct fundings, each counted once, never split.
 */
export const FUNDING_AGGREGATES = `
           sum(x.amount) as value,
           count(*)::int as n,
           (count(*) filter (where x.amount is null))::int as n_without,
           coalesce(bool_or(x.approx) filter (where x.amount is not null), false) as approx,
           coalesce(bool_or(x.spread) filter (where x.amount is not null), false) as shared,
           array_agg(distinct x.comparison) filter (where x.amount is not null) as comparisons,
           (array_agg(x.funding_id::text order by x.funding_id))[1:${MAX_RECORD_IDS}] as ids,
           null::text as detail,
           max(x.year_from) as latest_start_year,
           min(x.year_to) as earliest_end_year`;

/**
 * The chosen regions (:codes, comma-separated) and their projects whose dates overlap the period
 * (unknown dates count), limited, when a funder or programme is chosen, to the projects it funds in
 * the period; the fundings in scope of those projects.
 */
const REGION_PROJECT_CTES = `
  chosen as (
    select c.code from unnest(string_to_array(:codes::text, ',')) as c(code)
  ),
  ${PROJECT_PLACES},
  /* read from the base tables, where the planner has statistics */
  region_project_in_period as (
    select x.region_code, x.project_id, pj.start_date, pj.end_date
      from (
        select pr.region_code::text as region_code, pr.project_id
          from project_region pr where pr.region_code = any(string_to_array(:codes::text, ','))
        union
        select m.region_code::text, pm.project_id
          from project_municipality pm join municipality m on m.code = pm.municipality_code
         where m.region_code = any(string_to_array(:codes::text, ','))
      ) x
      join project pj on pj.id = x.project_id
     where (pj.start_date is null or pj.start_date <= ${PERIOD_END})
       and (pj.end_date is null or pj.end_date >= ${PERIOD_START})
  ),
  project_funding as (
    select fp.project_id, f.id as funding_id, f.amount, f.comparison, ${APPROXIMATE} as approx
      from funding_project fp
      join funding f on f.id = fp.funding_id
     where fp.project_id in (select rp.project_id from region_project_in_period rp)
       and ${FUNDING_IN_SCOPE}
  ),
  region_project as (
    select rp.region_code, rp.project_id, rp.start_date, rp.end_date
      from region_project_in_period rp
     where (:funderSlug::text is null and :programmeSlug::text is null)
        or exists (select 1 from project_funding pf where pf.project_id = rp.project_id)
  ),
  /* a project is shared when it works in more than one region */
  project_reach as (
    select pp.project_id, coalesce(min(pp.region_code) <> max(pp.region_code), false) as spread
      from project_places pp
     where pp.project_id in (select project_id from region_project)
     group by pp.project_id
  ),
  enterprise_place as (
    select o.id, o.region_code from organisation o where o.kind = 'SOCIAL_ENTERPRISE' and o.region_code is not null
    union
    select o.id, m.region_code from organisation o join municipality m on m.code = o.municipality_code where o.kind = 'SOCIAL_ENTERPRISE'
  )`;

/** FUNDING per chosen region: each funding once per region, however many projects of the region it covers. */
const FUNDING_FIGURE_CTES = `
  region_funding as (
    select distinct rp.region_code, pf.funding_id, pf.amount, pf.comparison, pf.approx
      from region_project rp join project_funding pf on pf.project_id = rp.project_id
  ),
  ${fundingReach('where fp.funding_id in (select fp2.funding_id from funding_project fp2 where fp2.project_id in (select rp.project_id from region_project_in_period rp))')}`;

/** Without the years: only the stored summary needs them, and it has its own statement (fundingRefreshSql). */
const FUNDING_FIGURE = `
    select x.region_code, 'FUNDING' as figure, ${FUNDING_AGGREGATES}
      from (
        select rf.region_code, rf.funding_id, rf.amount, rf.comparison, rf.approx, fr.spread, null::int as year_from, null::int as year_to
          from region_funding rf
          join funding_reach fr on fr.funding_id = rf.funding_id
      ) x
     group by x.region_code`;

/** PROJECTS and the four outcome sums (PARTICIPANTS_TARGET, ...). */
const PROJECT_FIGURES = `
    select rp.region_code, 'PROJECTS', count(*), count(*)::int, 0, false, false, null::text[],
           (array_agg(rp.project_id::text order by rp.project_id))[1:${MAX_RECORD_IDS}], null::text,
           max(extract(year from rp.start_date))::int, min(extract(year from rp.end_date))::int
      from region_project rp
     group by rp.region_code
    union all
    select rp.region_code, o.metric || '_' || o.kind,
           trim_scale(sum(o.value)),
           count(*)::int,
           (count(*) filter (where o.value is null))::int,
           coalesce(bool_or(o.comparison in ('APPROXIMATELY', 'NEARLY')) filter (where o.value is not null), false),
           coalesce(bool_or(pr.spread) filter (where o.value is not null), false),
           array_agg(distinct o.comparison) filter (where o.value is not null),
           (array_agg(o.id::text order by o.id))[1:${MAX_RECORD_IDS}], null::text,
           max(extract(year from o.period_start))::int, min(extract(year from o.period_end))::int
      from region_project rp
      join outcome o on o.project_id = rp.project_id
      join project_reach pr on pr.project_id = o.project_id
     where o.metric in ('PARTICIPANTS', 'INTO_WORK')
       and (o.period_start is null or o.period_start <= ${PERIOD_END})
       and (o.period_end is null or o.period_end >= ${PERIOD_START})
     group by rp.region_code, o.metric, o.kind`;

/** ENTERPRISES: social enterprises located in the region (no dates). */
const ENTERPRISE_FIGURES = `
    select c.code, 'ENTERPRISES', count(distinct ep.id), count(distinct ep.id)::int, 0, false, false, null::text[],
           (array_agg(distinct ep.id::text))[1:${MAX_RECORD_IDS}], null::text, null::int, null::int
      from chosen c
      join enterprise_place ep on ep.region_code = c.code
     group by c.code`;

/** PARTNERSHIP_MEMBERS and STATED_PARTNERSHIP_SIZE of the partnerships based in the region. */
const PARTNERSHIP_FIGURES = `
    select ps.region_code, 'PARTNERSHIP_MEMBERS', count(distinct ms.organisation_id), count(distinct ms.id)::int, 0, false, false, null::text[],
           (array_agg(distinct ms.id::text))[1:${MAX_RECORD_IDS}], string_agg(distinct ps.name, '; '),
           max(extract(year from ms.from_date))::int, min(extract(year from ms.to_date))::int
      from partnership ps
      join chosen c on c.code = ps.region_code
      join membership ms on ms.partnership_id = ps.id
       and (ms.from_date is null or ms.from_date <= ${PERIOD_END})
       and (ms.to_date is null or ms.to_date >= ${PERIOD_START})
     group by ps.region_code
    union all
    select s.region_code, 'STATED_PARTNERSHIP_SIZE', s.member_count, 1, 0, s.comparison in ('APPROXIMATELY', 'NEARLY'), false,
           array[s.comparison], array[s.id::text, s.partnership_id::text],
           concat_ws(', ', s.partnership_name, coalesce(s.as_of_text, 'undated')),
           s.latest_start_year, s.earliest_end_year
      from (
        select distinct on (ps.region_code) ps.region_code, ps.name as partnership_name, sz.*,
               max(extract(year from sz.as_of)) over (partition by ps.region_code)::int as latest_start_year,
               min(extract(year from sz.as_of)) over (partition by ps.region_code)::int as earliest_end_year
          from partnership_size sz
          join partnership ps on ps.id = sz.partnership_id
          join chosen c on c.code = ps.region_code
         where sz.as_of is null or sz.as_of between ${PERIOD_START} and ${PERIOD_END}
         order by ps.region_code, (sz.as_of is null), sz.member_count desc, sz.id
      ) s`;

const POPULATION_FIGURE = `
    select rpop.region_code, 'POPULATION', rpop.population, 1, 0, false, false, null::text[], array[rpop.id::text], null::text, null::int, null::int
      from region_population rpop
      join chosen c on c.code = rpop.region_code
     where rpop.year = :populationYear::int`;

/** The figures with their per-inhabitant values (population of :populationYear), ordered. */
const WITH_PER_INHABITANT = `
select f.region_code, f.figure, f.value::text as value, f.n, f.n_without, f.approx, f.shared,
       f.comparisons, f.ids, f.detail,
       case
         when f.value is null or pop.population is null then null
         when f.figure = 'FUNDING' then round(f.value / pop.population, 2)::text
         else round(f.value * 100000 / pop.population, 2)::text
       end as per_inhabitant`;
const FROM_FIGURES = `
  from figures f
  left join region_population pop
    on pop.region_code = f.region_code and pop.year = :populationYear::int
 order by f.region_code, f.figure`;

/**
 * Every figure of the chosen regions over the period, computed from the base tables in one statement.
 * Params: codes, yearFrom, yearTo, funderSlug, programmeSlug, populationYear.
 */
export const REGION_COMPARISON_SQL = `
with
  ${REGION_PROJECT_CTES},
  ${FUNDING_FIGURE_CTES},
  figures as (
    ${FUNDING_FIGURE}
    union all
    ${PROJECT_FIGURES}
    union all
    ${ENTERPRISE_FIGURES}
    union all
    ${PARTNERSHIP_FIGURES}
    union all
    ${POPULATION_FIGURE}
  )
${WITH_PER_INHABITANT}
${FROM_FIGURES}`;

// --- the stored summary --------------------------------------------------------------------------

/**
 * Fundings per bucket: bucket = id / FUNDING_BUCKET_SIZE. The triggers of the summary
 * (Migration20261122040000) use the same size: changing it needs a migration that marks every bucket
 * stale again.
 */
export const FUNDING_BUCKET_SIZE = 8192;

const SUMMARY_COLUMNS = `part, scope, region_code, figure, bucket, value, n, n_without, approx, shared, comparisons, ids, detail, latest_start_year, earliest_end_year`;

/**
 * Recomputes the whole-period figures of one per-region part for the regions :codes (the part's
 * scopes), from the same CTEs and figure selects as REGION_COMPARISON_SQL (no period, no funder, no
 * programme). The old rows are deleted before.
 */
export const PART_REFRESH_SQL: Record<Exclude<SummaryPart, 'FUNDING' | 'FUNDING_TOTAL'>, string> = {
  PROJECTS: partRefreshSql('PROJECTS', PROJECT_FIGURES),
  ENTERPRISES: partRefreshSql('ENTERPRISES', ENTERPRISE_FIGURES),
  PARTNERSHIPS: partRefreshSql('PARTNERSHIPS', PARTNERSHIP_FIGURES),
};

function partRefreshSql(part: SummaryPart, figures: string): string {
  return `
with
  ${REGION_PROJECT_CTES},
  computed (region_code, figure, value, n, n_without, approx, shared, comparisons, ids, detail, latest_start_year, earliest_end_year) as (
    ${figures}
  )
insert into comparison_summary_figure (${SUMMARY_COLUMNS})
select '${part}', c.region_code, c.region_code, c.figure, 0, c.value, c.n, c.n_without, c.approx, c.shared, c.comparisons, c.ids, c.detail,
       c.latest_start_year, c.earliest_end_year
  from computed c`;
}

/**
 * Recomputes the FUNDING rows of the buckets (numbers, consecutive ones merged into ranges) for every
 * region their fundings reach: per (bucket, region) the same aggregates as REGION_COMPARISON_SQL's FUNDING
 * figure over the distinct fundings of the bucket covering a project in the region. A bucket holds
 * every link of its fundings, so the shared flag (several projects or regions) is complete. Returns
 * the regions written.
 */
export function fundingRefreshSql(buckets: readonly number[]): string {
  if (!buckets.every((b) => Number.isSafeInteger(b) && b >= 0)) throw new Error(`not funding buckets: ${buckets.join(', ')}`);
  const ranges: [number, number][] = [];
  for (const b of [...buckets].sort((x, y) => x - y)) {
    const last = ranges.at(-1);
    if (last && last[1] === b) last[1] = b + 1;
    else ranges.push([b, b + 1]);
  }
  const inBuckets = ranges
    .map(([from, to]) => `(fp.funding_id >= ${from * FUNDING_BUCKET_SIZE} and fp.funding_id < ${to * FUNDING_BUCKET_SIZE})`)
    .join(' or ');
  return `
with
  link_places as (
    select fp.funding_id, fp.project_id, pp.region_code
      from funding_project fp
      left join (
        select pr.project_id, pr.region_code::text as region_code from project_region pr
        union all
        select pm.project_id, m.region_code::text from project_municipality pm join municipality m on m.code = pm.municipality_code
      ) pp on pp.project_id = fp.project_id
     where ${inBuckets}
  ),
  reach as (
    select lp.funding_id,
           coalesce(min(lp.project_id) <> max(lp.project_id) or min(lp.region_code) <> max(lp.region_code), false) as spread
      from link_places lp
     group by lp.funding_id
  ),
  x as (
    select rf.region_code, f.id as funding_id, f.amount, f.comparison, ${APPROXIMATE} as approx, r.spread, f.year_from, f.year_to
      from (select distinct lp.region_code, lp.funding_id from link_places lp where lp.region_code is not null) rf
      join funding f on f.id = rf.funding_id
      join reach r on r.funding_id = rf.funding_id
  )
insert into comparison_summary_figure (${SUMMARY_COLUMNS})
select 'FUNDING', (x.funding_id / ${FUNDING_BUCKET_SIZE})::text, x.region_code, 'FUNDING', x.funding_id / ${FUNDING_BUCKET_SIZE}, ${FUNDING_AGGREGATES}
  from x
 group by x.funding_id / ${FUNDING_BUCKET_SIZE}, x.region_code
returning region_code`;
}

/**
 * Adds up the FUNDING rows of the regions :codes into their FUNDING_TOTAL rows: sums and counts add,
 * flags or, comparison sets unite (sorted, as array_agg(distinct) sorts), and the first ids come from
 * the first buckets (each bucket row holds the first min(n, MAX_RECORD_IDS) ids of its fundings).
 */
export const FUNDING_TOTAL_REFRESH_SQL = `
with
  chosen as (
    select c.code from unnest(string_to_array(:codes::text, ',')) as c(code)
  ),
  bucket_rows as (
    select s.region_code, s.bucket, s.value, s.n, s.n_without, s.approx, s.shared, s.comparisons, s.ids, s.latest_start_year, s.earliest_end_year,
           coalesce(sum(least(s.n, ${MAX_RECORD_IDS})) over (partition by s.region_code order by s.bucket
                                                     rows between unbounded preceding and 1 preceding), 0) as ids_before
      from comparison_summary_figure s
     where s.part = 'FUNDING' and s.region_code in (select code from chosen)
  ),
  first_ids as (
    select b.region_code, (array_agg(i.id order by b.bucket, i.ord))[1:${MAX_RECORD_IDS}] as ids
      from bucket_rows b cross join unnest(b.ids) with ordinality as i(id, ord)
     where b.ids_before < ${MAX_RECORD_IDS}
     group by b.region_code
  ),
  comparison_sets as (
    select b.region_code, array_agg(distinct c.comparison) as comparisons
      from bucket_rows b cross join unnest(b.comparisons) as c(comparison)
     group by b.region_code
  )
insert into comparison_summary_figure (${SUMMARY_COLUMNS})
select 'FUNDING_TOTAL', t.region_code, t.region_code, 'FUNDING', 0, t.value, t.n, t.n_without, t.approx, t.shared, cs.comparisons, fi.ids, null,
       t.latest_start_year, t.earliest_end_year
  from (
    select b.region_code, sum(b.value) as value, sum(b.n)::int as n, sum(b.n_without)::int as n_without,
           bool_or(b.approx) as approx, bool_or(b.shared) as shared,
           max(b.latest_start_year) as latest_start_year, min(b.earliest_end_year) as earliest_end_year
      from bucket_rows b
     group by b.region_code
  ) t
  join first_ids fi on fi.region_code = t.region_code
  left join comparison_sets cs on cs.region_code = t.region_code`;

/**
 * The figures of the chosen regions from the stored summary, in the shape of REGION_COMPARISON_SQL's
 * result (the record ids only when :withIds), and `usable`: true when every unit they are read from is
 * fresh (computed by this version of the SQL, :version) and the period :yearFrom–:yearTo filters
 * nothing in them.
 */
export const SUMMARY_READ_SQL = `
with
  chosen as (
    select c.code from unnest(string_to_array(:codes::text, ',')) as c(code)
  ),
  stored as (
    select s.region_code::text as region_code, s.figure, s.value, s.n, s.n_without, s.approx, s.shared, s.comparisons,
           case when :withIds::boolean then s.ids end as ids, s.detail, s.latest_start_year, s.earliest_end_year
      from comparison_summary_figure s
     where s.region_code in (select code from chosen) and s.part in ('FUNDING_TOTAL', 'PROJECTS', 'ENTERPRISES', 'PARTNERSHIPS')
  ),
  usable as (
    select not exists (
             select 1 from comparison_summary u
              where (u.stale or u.computed_by is distinct from :version::text)
                and (u.part = 'FUNDING' or u.scope in (select code from chosen))
           )
           and coalesce(max(s.latest_start_year) <= :yearTo::int, true)
           and coalesce(min(s.earliest_end_year) >= :yearFrom::int, true) as ok
      from stored s
  ),
  figures as (
    select s.region_code, s.figure, s.value, s.n, s.n_without, s.approx, s.shared, s.comparisons, s.ids, s.detail from stored s
    union all
    select p.region_code, p.figure, p.value, p.n, p.n_without, p.approx, p.shared, p.comparisons, p.ids, p.detail
      from (${POPULATION_FIGURE}
      ) as p (region_code, figure, value, n, n_without, approx, shared, comparisons, ids, detail, latest_start_year, earliest_end_year)
  )
${WITH_PER_INHABITANT}, (select ok from usable) as usable
${FROM_FIGURES}`;
