import type { EntityManager } from '@mikro-orm/sql';
import type { ProjectStatus } from '../../common/enums.js';
import type { Page } from '../../common/pagination.js';
import type { SelectionTree } from '../../common/lookahead.js';
import { readRows } from '../../db/read-sql.js';
import { containsPattern } from '../../common/text.js';
import { Project, type IProject } from './project.entity.js';

export interface ProjectFilterInput {
  regionCode?: string | null;
  municipalityCode?: string | null;
  funderSlug?: string | null;
  programmeSlug?: string | null;
  participantSlug?: string | null;
  activeFrom?: string | null;
  activeTo?: string | null;
  statuses?: ProjectStatus[] | null;
  text?: string | null;
}

export type ProjectOrderField = 'NAME' | 'START_DATE';
export type ProjectOrder = { field: ProjectOrderField; direction: 'ASC' | 'DESC' };

/** The SQL condition of each filter (on project `p`, its value bound as `:<filter name>`). */
const FILTER_SQL: Record<keyof ProjectFilterInput, string> = {
  regionCode: `(exists (select 1 from project_region pr where pr.project_id = p.id and pr.region_code = :regionCode)
      or exists (select 1 from project_municipality pm join municipality m on m.code = pm.municipality_code
                  where pm.project_id = p.id and m.region_code = :regionCode))`,
  municipalityCode:
    'exists (select 1 from project_municipality pm where pm.project_id = p.id and pm.municipality_code = :municipalityCode)',
  funderSlug: `exists (select 1 from funding_project fp join funding f on f.id = fp.funding_id join organisation o on o.id = f.funder_id
              where fp.project_id = p.id and o.slug = :funderSlug)`,
  programmeSlug: `exists (select 1 from funding_project fp join funding f on f.id = fp.funding_id join programme g on g.id = f.programme_id
              where fp.project_id = p.id and g.slug = :programmeSlug)`,
  participantSlug: `exists (select 1 from project_participant pp join organisation o on o.id = pp.organisation_id
              where pp.project_id = p.id and o.slug = :participantSlug)`,
  // Period overlap: a project with an unknown start or end is kept (it may overlap).
  activeFrom: '(p.end_date is null or p.end_date >= :activeFrom::date)',
  activeTo: '(p.start_date is null or p.start_date <= :activeTo::date)',
  statuses: "p.status::text = any(string_to_array(:statuses, ','))",
  text: 'p.search_key like :text',
};

/**
 * One page of project ids and the number of matching projects, in one prepared statement (its text
 * depends only on which filters are set and the order).
 */
export async function pageProjectIds(
  em: EntityManager,
  filter: ProjectFilterInput | null | undefined,
  limit: number,
  offset: number,
  order: ProjectOrder = { field: 'NAME', direction: 'ASC' },
): Promise<{ ids: number[]; totalCount: number; offset: number }> {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit, offset };
  for (const key of Object.keys(FILTER_SQL) as (keyof ProjectFilterInput)[]) {
    const value = filter?.[key];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    params[key] = key === 'statuses' ? (value as string[]).join(',') : key === 'text' ? containsPattern(value as string) : value;
    where.push(FILTER_SQL[key]);
  }
  const dir = order.direction === 'DESC' ? 'desc' : 'asc';
  const orderBy = order.field === 'START_DATE' ? `p.start_date ${dir} nulls last, p.name asc, p.id asc` : `p.name ${dir}, p.id asc`;
  const cond = where.length ? `where ${where.join('\n    and ')}` : '';
  const sql = `with page as (select p.id from project p ${cond} order by ${orderBy} limit :limit offset :offset)
  select (select count(*) from project p ${cond})::int as total, coalesce((select json_agg(id) from page), '[]'::json) as ids`;
  const [row] = await readRows<{ total: number; ids: number[] }>(em, sql, params);
  return { ids: row?.ids ?? [], totalCount: row?.total ?? 0, offset };
}

/** The projects with these ids as entities, in the order given. */
export async function projectsInOrder(em: EntityManager, ids: number[]): Promise<IProject[]> {
  if (!ids.length) return [];
  const found = new Map((await em.find(Project, { id: { $in: ids } })).map((p) => [p.id, p]));
  return ids.map((id) => found.get(id)).filter((p): p is IProject => p !== undefined);
}

/** One page of projects as entities (for the ORM path: regions, municipalities, selections the read model lacks). */
export async function pageProjects(
  em: EntityManager,
  filter: ProjectFilterInput | null | undefined,
  limit: number,
  offset: number,
  order?: ProjectOrder,
): Promise<Page<IProject>> {
  const page = await pageProjectIds(em, filter, limit, offset, order);
  return { items: await projectsInOrder(em, page.ids), totalCount: page.totalCount, offset };
}

/**
 * What to load with a set of projects so the selected fields resolve without a statement per relation
 * and level: relations the selection asks for, to-one ones joined into the to-many statement that
 * reaches them ('balanced' strategy: participants with their organisations and partnerships in one
 * statement, fundings with funders and programmes in one, and so on).
 */
export function projectPopulate(fields: SelectionTree): string[] {
  const paths: string[] = [];
  if (fields.has('owner')) paths.push('owner');
  const participants = fields.get('participants');
  if (participants) {
    paths.push('participants');
    if (participants.has('organisation')) paths.push('participants.organisation');
    if (participants.has('partnership')) paths.push('participants.partnership');
  }
  const fundings = fields.get('fundings');
  if (fundings) {
    paths.push('fundings');
    if (fundings.has('funder')) paths.push('fundings.funder');
    if (fundings.has('programme')) paths.push('fundings.programme');
  }
  if (fields.has('regions')) paths.push('regionLinks.region');
  if (fields.has('municipalities')) paths.push('municipalityLinks.municipality');
  if (fields.has('outcomes') || fields.has('outcomeComparison')) paths.push('outcomes');
  if (fields.has('phases')) paths.push('phases');
  return paths;
}

/** Loads what `projectPopulate` names for these projects (no-op when nothing is selected). */
export async function populateProjects(em: EntityManager, projects: IProject[], fields: SelectionTree): Promise<void> {
  const paths = projectPopulate(fields);
  if (projects.length && paths.length) await em.populate(projects, paths as never, { strategy: 'balanced' });
}
