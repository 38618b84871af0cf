import type { EntityManager } from '@mikro-orm/sql';
import { readRows } from '../../db/read-sql.js';
import type { Comparison } from '../../common/enums.js';
import type { FigureStatus } from '../../common/graphql-types.js';
import type { NodeType } from '../../common/ids.js';
import { toGlobalId } from '../../common/ids.js';
import type { CitationSubject } from '../source/source.entity.js';
import { APPROXIMATE, FUNDING_IN_SCOPE, fundingReach, MAX_RECORD_IDS, PROJECT_PLACES, REGION_COMPARISON_SQL } from './comparison.sql.js';
import { summaryFigures } from './comparison.summary.js';
import type { FigureUnit, FundingDimension, PerInhabitantBasis } from './comparison.type.js';

// Every aggregate here is one SQL statement for all rows (GROUP BY over CTEs). Amounts stay `numeric`
// in the database and travel as text: nothing is summed, divided or rounded in JavaScript.

/**
 * The records a figure is computed from, as keys: `recordIds` (global ids of `node`) and `sources`
 * (citations of `subject`) are made from them only when a query asks for them.
 */
export interface FigureRecords {
  node: NodeType | null;
  nodeKeys: string[];
  subject: CitationSubject;
  citedKeys: string[];
}

/** A figure as the API returns it. */
export interface Figure {
  value: string | null;
  status: FigureStatus;
  approximate: boolean;
  shared: boolean;
  comparison: Comparison | null;
  unit: FigureUnit;
  perInhabitant: { value: string | null; status: FigureStatus; basis: PerInhabitantBasis; populationYear: number } | null;
  recordCount: number;
  unreportedCount: number;
  note: string | null;
  records: FigureRecords;
}

/** Global ids of the records behind a figure. */
export function recordIdsOf(figure: Figure): string[] {
  const { node, nodeKeys } = figure.records;
  return node ? nodeKeys.map((key) => toGlobalId(node, key)) : [];
}

/** Citation keys ("Subject:id") of the records behind a figure, for the per-request citation loader. */
export function citationKeysOf(figure: Figure): string[] {
  return figure.records.citedKeys.map((key) => `${figure.records.subject}:${key}`);
}

export interface FigureRow {
  region_code: string;
  figure: string;
  value: string | null;
  n: number;
  n_without: number;
  approx: boolean;
  shared: boolean;
  comparisons: Comparison[] | string | null;
  /** Null when the query asked for no record ids and no sources. */
  ids: string[] | string | null;
  detail: string | null;
  per_inhabitant: string | null;
}

/** node-postgres parses text[]; other drivers may hand back the literal "{a,b}". */
function textArray(v: string[] | string | null): string[] {
  if (v === null) return [];
  if (Array.isArray(v)) return v;
  if (v === '{}') return [];
  return v
    .replace(/^\{|\}$/g, '')
    .split(',')
    .map((s) => s.replace(/^"|"$/g, ''));
}

/** How a sum relates to the true value, from the comparisons of its parts. */
export function combineComparisons(parts: readonly string[]): Comparison | null {
  const distinct = [...new Set(parts)] as Comparison[];
  if (!distinct.length) return null;
  const inexact = distinct.filter((c) => c !== 'EXACTLY');
  if (!inexact.length) return 'EXACTLY';
  if (inexact.length === 1) return inexact[0]!;
  if (inexact.every((c) => c === 'APPROXIMATELY' || c === 'NEARLY')) return 'APPROXIMATELY';
  return null;
}

export function statusOf(value: string | null, approximate: boolean): FigureStatus {
  if (value === null) return 'NOT_REPORTED';
  return approximate ? 'APPROXIMATE' : 'REPORTED';
}

export const COMPARISON_FIGURES = [
  'population',
  'funding',
  'projects',
  'enterprises',
  'partnershipMembers',
  'statedPartnershipSize',
  'participantsTarget',
  'participantsActual',
  'intoWorkTarget',
  'intoWorkActual',
] as const;
export type ComparisonFigureName = (typeof COMPARISON_FIGURES)[number];

const FIGURE_OF_SQL: Record<string, ComparisonFigureName> = {
  POPULATION: 'population',
  FUNDING: 'funding',
  PROJECTS: 'projects',
  ENTERPRISES: 'enterprises',
  PARTNERSHIP_MEMBERS: 'partnershipMembers',
  STATED_PARTNERSHIP_SIZE: 'statedPartnershipSize',
  PARTICIPANTS_TARGET: 'participantsTarget',
  PARTICIPANTS_ACTUAL: 'participantsActual',
  INTO_WORK_TARGET: 'intoWorkTarget',
  INTO_WORK_ACTUAL: 'intoWorkActual',
};

/** The record type behind each figure: global id type and citation subject. */
const RECORDS: Record<ComparisonFigureName, { node: NodeType | null; subject: CitationSubject }> = {
  population: { node: null, subject: 'RegionPopulation' },
  funding: { node: 'Funding', subject: 'Funding' },
  projects: { node: 'Project', subject: 'Project' },
  enterprises: { node: 'Organisation', subject: 'Organisation' },
  partnershipMembers: { node: 'Membership', subject: 'Membership' },
  statedPartnershipSize: { node: 'Partnership', subject: 'PartnershipSize' },
  participantsTarget: { node: 'Outcome', subject: 'Outcome' },
  participantsActual: { node: 'Outcome', subject: 'Outcome' },
  intoWorkTarget: { node: 'Outcome', subject: 'Outcome' },
  intoWorkActual: { node: 'Outcome', subject: 'Outcome' },
};

export interface RegionComparisonParams {
  codes: string[];
  yearFrom: number;
  yearTo: number;
  funderSlug: string | null;
  programmeSlug: string | null;
  populationYear: number;
  /** False when the query asks for no record ids and no sources: the stored summary then leaves the ids out. */
  withRecords?: boolean;
}

export type RegionFigures = Record<ComparisonFigureName, Figure>;

function perInhabitant(
  name: ComparisonFigureName,
  value: string | null,
  computed: string | null,
  approximate: boolean,
  year: number,
): Figure['perInhabitant'] {
  if (name === 'population') return null;
  return {
    value: computed,
    status: statusOf(computed, approximate),
    basis: name === 'funding' ? 'PER_INHABITANT' : 'PER_100000_INHABITANTS',
    populationYear: year,
  };
}

function noteFor(name: ComparisonFigureName, row: FigureRow | undefined, p: RegionComparisonParams): string | null {
  switch (name) {
    case 'population':
      return row ? `Population on 31 December ${p.populationYear}.` : `No population reported for ${p.populationYear}.`;
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

function toFigure(name: ComparisonFigureName, row: FigureRow | undefined, params: RegionComparisonParams): Figure {
  const unit: FigureUnit = name === 'funding' ? 'SEK' : 'COUNT';
  const records = RECORDS[name];
  const ids = row ? textArray(row.ids) : [];
  // Projects are what is being compared: none in scope is a true 0. Every other figure is null when absent.
  const value = row ? row.value : name === 'projects' ? '0' : null;
  const approximate = row?.approx ?? false;
  const comparisons = textArray(row?.comparisons ?? null);
  // A stated size is cited as itself and opens as its partnership: ids = [size id, partnership id].
  const stated = name === 'statedPartnershipSize';
  return {
    value,
    status: statusOf(value, approximate),
    approximate,
    shared: row?.shared ?? false,
    comparison: value === null ? null : combineComparisons(comparisons.length ? comparisons : ['EXACTLY']),
    unit,
    perInhabitant: perInhabitant(name, value, row?.per_inhabitant ?? null, approximate, params.populationYear),
    recordCount: name === 'statedPartnershipSize' ? (row ? 1 : 0) : (row?.n ?? 0),
    unreportedCount: row?.n_without ?? 0,
    note: noteFor(name, row, params),
    records: {
      node: records.node,
      nodeKeys: stated ? ids.slice(1) : ids,
      subject: records.subject,
      citedKeys: stated ? ids.slice(0, 1) : ids,
    },
  };
}

/**
 * The figures of the chosen regions as rows: from the stored summary when it can answer (no funder or
 * programme, fresh, the period filters nothing in it: one statement reading a few thousand rows), else
 * computed from the base tables in one statement.
 */
export async function regionComparisonRows(
  em: EntityManager,
  params: RegionComparisonParams,
  options: { summary: boolean } = { summary: true },
): Promise<FigureRow[]> {
  if (options.summary && params.funderSlug === null && params.programmeSlug === null) {
    const stored = await summaryFigures<FigureRow>(em, params);
    if (stored) return stored;
  }
  return readRows<FigureRow>(em, REGION_COMPARISON_SQL, {
    codes: params.codes.join(','),
    yearFrom: params.yearFrom,
    yearTo: params.yearTo,
    funderSlug: params.funderSlug,
    programmeSlug: params.programmeSlug,
    populationYear: params.populationYear,
  });
}

/** Every figure of every chosen region; regions without a figure get NOT_REPORTED (or 0 projects). */
export async function regionComparisonFigures(em: EntityManager, params: RegionComparisonParams): Promise<Map<string, RegionFigures>> {
  const rows = await regionComparisonRows(em, params);
  const byRegion = new Map<string, Map<ComparisonFigureName, FigureRow>>();
  for (const row of rows) {
    const name = FIGURE_OF_SQL[row.figure];
    if (!name) continue;
    const m = byRegion.get(row.region_code) ?? new Map<ComparisonFigureName, FigureRow>();
    m.set(name, row);
    byRegion.set(row.region_code, m);
  }
  const result = new Map<string, RegionFigures>();
  for (const code of params.codes) {
    const found = byRegion.get(code);
    const figures = Object.fromEntries(COMPARISON_FIGURES.map((name) => [name, toFigure(name, found?.get(name), params)])) as RegionFigures;
    result.set(code, figures);
  }
  return result;
}

/** The slugs that do not name an organisation / programme (one statement). */
export async function unknownSlugs(
  em: EntityManager,
  funderSlug: string | null,
  programmeSlug: string | null,
): Promise<{ funder: boolean; programme: boolean }> {
  if (!funderSlug && !programmeSlug) return { funder: false, programme: false };
  const [row] = await readRows<{ funder: boolean; programme: boolean }>(
    em,
    `select (:funderSlug::text is not null and not exists (select 1 from organisation where slug = :funderSlug::text)) as funder,
            (:programmeSlug::text is not null and not exists (select 1 from programme where slug = :programmeSlug::text)) as programme`,
    { funderSlug, programmeSlug },
  );
  return { funder: Boolean(row?.funder), programme: Boolean(row?.programme) };
}

// --- funding breakdown --------------------------------------------------------------------------

export interface FundingFilterParams {
  regionCodes: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  funderSlug: string | null;
  programmeSlug: string | null;
}

export interface BreakdownRow {
  regionCode: string | null;
  year: number | null;
  funderId: number | null;
  programmeId: number | null;
  projectId: number | null;
  amount: Figure;
  fundingCount: number;
}

/**
 * The attribution of each dimension: a join adding one column. Amounts are never split: a funding
 * repeats, whole, in every region / year / project it covers.
 */
const DIMENSION_SQL: Record<FundingDimension, { column: string; join: string; order: string }> = {
  REGION: {
    column: 'rg.region_code',
    join: 'left join funding_region rg on rg.funding_id = sf.id',
    order: 'a.region_code nulls last',
  },
  YEAR: {
    column: 'yr.year',
    join: `left join lateral (
             select generate_series(greatest(b.lo, coalesce(:yearFrom::int, b.lo)), least(b.hi, coalesce(:yearTo::int, b.hi))) as year, b.hi > b.lo as multi_year
               from (select coalesce(sf.year_from, sf.year_to) as lo, coalesce(sf.year_to, sf.year_from) as hi) b
              where b.lo is not null
           ) yr on true`,
    order: 'a.year nulls last',
  },
  FUNDER: { column: 'sf.funder_id', join: '', order: 'fo.search_key nulls last, a.funder_id' },
  PROGRAMME: { column: 'sf.programme_id', join: '', order: 'pg.name nulls last, a.programme_id' },
  PROJECT: {
    column: 'pj.project_id',
    join: 'left join funding_project pj on pj.funding_id = sf.id',
    order: 'pjn.search_key nulls last, a.project_id',
  },
};

const ALIAS: Record<FundingDimension, string> = {
  REGION: 'region_code',
  YEAR: 'year',
  FUNDER: 'funder_id',
  PROGRAMME: 'programme_id',
  PROJECT: 'project_id',
};

function breakdownSql(groupBy: readonly FundingDimension[]): string {
  const columns = (Object.keys(ALIAS) as FundingDimension[]).map((d) =>
    groupBy.includes(d) ? `${DIMENSION_SQL[d].column} as ${ALIAS[d]}` : `null::${d === 'REGION' ? 'text' : 'int'} as ${ALIAS[d]}`,
  );
  const joins = groupBy.map((d) => DIMENSION_SQL[d].join).filter(Boolean);
  const groupCols = groupBy.map((d) => `a.${ALIAS[d]}`);
  const multiYear = groupBy.includes('YEAR') ? 'coalesce(yr.multi_year, false)' : 'false';
  return `
with
  ${PROJECT_PLACES},
  scoped_funding as (
    select f.id, f.amount, f.comparison, f.year_from, f.year_to, f.funder_id, f.programme_id, ${APPROXIMATE} as approx
      from funding f
     where ${FUNDING_IN_SCOPE}
       and (:regionCodes::text is null
            or exists (select 1 from funding_project fp join project_places pp on pp.project_id = fp.project_id
                        where fp.funding_id = f.id and pp.region_code = any(string_to_array(:regionCodes::text, ','))))
  ),
  ${fundingReach('join scoped_funding s on s.id = fp.funding_id and s.amount is not null')},${
    groupBy.includes('REGION')
      ? `
  /* the regions each funding reaches (through its projects), each once */
  funding_region as (
    select distinct fp.funding_id, pp.region_code
      from funding_project fp
      join scoped_funding s on s.id = fp.funding_id
      join project_places pp on pp.project_id = fp.project_id
     where :regionCodes::text is null or pp.region_code = any(string_to_array(:regionCodes::text, ','))
  ),`
      : ''
  }
  /* one row per funding and group it is attributed to; multi_year: the amount covers several years */
  attributed as (
    select sf.id as funding_id, sf.amount, sf.approx, sf.comparison, ${multiYear} as multi_year, ${columns.join(', ')}
      from scoped_funding sf
      ${joins.join('\n      ')}
  ),
  grouped as (
    select ${groupCols.join(', ')},
           sum(a.amount) as value,
           count(*)::int as n,
           (count(*) filter (where a.amount is null))::int as n_without,
           coalesce(bool_or(a.approx) filter (where a.amount is not null), false) as approx,
           coalesce(bool_or(fr.spread or a.multi_year) filter (where a.amount is not null), false) as shared,
           array_agg(distinct a.comparison) filter (where a.amount is not null) as comparisons,
           (array_agg(a.funding_id::text order by a.funding_id))[1:${MAX_RECORD_IDS}] as ids
      from attributed a
      left join funding_reach fr on fr.funding_id = a.funding_id
     group by ${groupCols.join(', ')}
  ),
  total as (
    select sum(sf.amount) as value,
           count(*)::int as n,
           (count(*) filter (where sf.amount is null))::int as n_without,
           coalesce(bool_or(sf.approx) filter (where sf.amount is not null), false) as approx,
           coalesce(bool_or(fr.spread) filter (where sf.amount is not null), false) as shared,
           array_agg(distinct sf.comparison) filter (where sf.amount is not null) as comparisons,
           (array_agg(sf.id::text order by sf.id))[1:${MAX_RECORD_IDS}] as ids
      from scoped_funding sf
      left join funding_reach fr on fr.funding_id = sf.id
  )
select * from (
  select ${(Object.keys(ALIAS) as FundingDimension[]).map((d) => (groupBy.includes(d) ? `a.${ALIAS[d]}` : `null as ${ALIAS[d]}`)).join(', ')},
         false as is_total, a.value::text as value, a.n, a.n_without, a.approx, a.shared, a.comparisons, a.ids,
         row_number() over (order by ${groupBy.map((d) => DIMENSION_SQL[d].order).join(', ')}) as position
    from grouped a
    left join organisation fo on fo.id = ${groupBy.includes('FUNDER') ? 'a.funder_id' : 'null'}
    left join programme pg on pg.id = ${groupBy.includes('PROGRAMME') ? 'a.programme_id' : 'null'}
    left join project pjn on pjn.id = ${groupBy.includes('PROJECT') ? 'a.project_id' : 'null'}
  union all
  select null, null, null, null, null, true, t.value::text, t.n, t.n_without, t.approx, t.shared, t.comparisons, t.ids, 0
    from total t
) r
order by r.position`;
}

interface BreakdownSqlRow {
  region_code: string | null;
  year: number | null;
  funder_id: number | null;
  programme_id: number | null;
  project_id: number | null;
  is_total: boolean;
  value: string | null;
  n: number;
  n_without: number;
  approx: boolean;
  shared: boolean;
  comparisons: string[] | string | null;
  ids: string[] | string | null;
}

function amountFigure(row: BreakdownSqlRow): Figure {
  const ids = textArray(row.ids).filter((id) => id !== 'NULL');
  const notes: string[] = [];
  if (row.n_without) notes.push(`${row.n_without} of ${row.n} funding(s) report no amount and are not in the sum.`);
  if (row.shared) notes.push('Includes an amount that also counts elsewhere (other projects, regions, years or rows); it is not split.');
  return {
    value: row.value,
    status: statusOf(row.value, row.approx),
    approximate: row.approx,
    shared: row.shared,
    comparison: row.value === null ? null : combineComparisons(textArray(row.comparisons)),
    unit: 'SEK',
    perInhabitant: null,
    recordCount: row.n,
    unreportedCount: row.n_without,
    note: notes.join(' ') || null,
    records: { node: 'Funding', nodeKeys: ids, subject: 'Funding', citedKeys: ids },
  };
}

/** Funding grouped by the dimensions, plus the total over distinct fundings, in one statement. */
export async function fundingBreakdownRows(
  em: EntityManager,
  groupBy: readonly FundingDimension[],
  filter: FundingFilterParams,
): Promise<{ rows: BreakdownRow[]; total: Figure }> {
  const result = await readRows<BreakdownSqlRow>(em, breakdownSql(groupBy), {
    yearFrom: filter.yearFrom,
    yearTo: filter.yearTo,
    funderSlug: filter.funderSlug,
    programmeSlug: filter.programmeSlug,
    regionCodes: filter.regionCodes?.length ? filter.regionCodes.join(',') : null,
  });
  const totalRow = result.find((r) => r.is_total);
  const rows = result
    .filter((r) => !r.is_total)
    .map((r) => ({
      regionCode: r.region_code,
      year: r.year === null ? null : Number(r.year),
      funderId: r.funder_id === null ? null : Number(r.funder_id),
      programmeId: r.programme_id === null ? null : Number(r.programme_id),
      projectId: r.project_id === null ? null : Number(r.project_id),
      amount: amountFigure(r),
      fundingCount: r.n,
    }));
  const total = totalRow
    ? amountFigure(totalRow)
    : amountFigure({
        value: null,
        n: 0,
        n_without: 0,
        approx: false,
        shared: false,
        comparisons: null,
        ids: null,
      } as unknown as BreakdownSqlRow);
  return { rows, total };
}
