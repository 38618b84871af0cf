import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { ProjectStatus } from '../../common/enums.js';
import type { Page } from '../../common/pagination.js';
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
