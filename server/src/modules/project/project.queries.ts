import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { ProjectStatus } from '../../common/enums.js';
import type { Page } from '../../common/pagination.js';
import type { SelectionTree } from '../../common/lookahead.js';
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

export function projectWhere(filter: ProjectFilterInput | null | undefined): FilterQuery<IProject> {
  const and: FilterQuery<IProject>[] = [];
  if (!filter) return {};
  if (filter.regionCode) {
    and.push({
      $or: [
        { regionLinks: { $some: { region: filter.regionCode } } },
        { municipalityLinks: { $some: { municipality: { region: filter.regionCode } } } },
      ],
    });
  }
  if (filter.municipalityCode) and.push({ municipalityLinks: { $some: { municipality: filter.municipalityCode } } });
  if (filter.funderSlug) and.push({ fundings: { $some: { funder: { slug: filter.funderSlug } } } });
  if (filter.programmeSlug) and.push({ fundings: { $some: { programme: { slug: filter.programmeSlug } } } });
  if (filter.participantSlug) and.push({ participants: { $some: { organisation: { slug: filter.participantSlug } } } });
  // Period overlap: a project with an unknown start or end is kept (it may overlap).
  if (filter.activeFrom) and.push({ $or: [{ endDate: null }, { endDate: { $gte: filter.activeFrom } }] });
  if (filter.activeTo) and.push({ $or: [{ startDate: null }, { startDate: { $lte: filter.activeTo } }] });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.text) and.push({ searchKey: { $like: containsPattern(filter.text) } });
  return and.length ? { $and: and } : {};
}

export async function pageProjects(
  em: EntityManager,
  filter: ProjectFilterInput | null | undefined,
  limit: number,
  offset: number,
  order: { field: ProjectOrderField; direction: 'ASC' | 'DESC' } = { field: 'NAME', direction: 'ASC' },
): Promise<Page<IProject>> {
  const dir = order.direction === 'DESC' ? 'desc' : 'asc';
  const [items, totalCount] = await em.findAndCount(Project, projectWhere(filter), {
    limit,
    offset,
    orderBy:
      order.field === 'START_DATE'
        ? [{ startDate: order.direction === 'DESC' ? 'desc nulls last' : 'asc nulls last' }, { name: 'asc' }, { id: 'asc' }]
        : [{ name: dir }, { id: 'asc' }],
  });
  return { items, totalCount, offset };
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
