import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { OrganisationKind } from '../../common/enums.js';
import type { Page } from '../../common/pagination.js';
import { containsPattern } from '../../common/text.js';
import { Organisation, type IOrganisation } from './organisation.entity.js';

export interface OrganisationFilterInput {
  kinds?: OrganisationKind[] | null;
  regionCode?: string | null;
  municipalityCode?: string | null;
  partnershipSlug?: string | null;
  text?: string | null;
}

export type OrganisationOrderField = 'NAME' | 'KIND';

export function organisationWhere(filter: OrganisationFilterInput | null | undefined): FilterQuery<IOrganisation> {
  const and: FilterQuery<IOrganisation>[] = [];
  if (!filter) return {};
  if (filter.kinds?.length) and.push({ kind: { $in: filter.kinds } });
  if (filter.regionCode) and.push({ $or: [{ region: filter.regionCode }, { municipality: { region: filter.regionCode } }] });
  if (filter.municipalityCode) and.push({ municipality: filter.municipalityCode });
  if (filter.partnershipSlug) and.push({ memberships: { $some: { partnership: { slug: filter.partnershipSlug } } } });
  if (filter.text) and.push({ searchKey: { $like: containsPattern(filter.text) } });
  return and.length ? { $and: and } : {};
}

export async function pageOrganisations(
  em: EntityManager,
  filter: OrganisationFilterInput | null | undefined,
  limit: number,
  offset: number,
  order: { field: OrganisationOrderField; direction: 'ASC' | 'DESC' } = { field: 'NAME', direction: 'ASC' },
): Promise<Page<IOrganisation>> {
  const dir = order.direction === 'DESC' ? 'desc' : 'asc';
  const [items, totalCount] = await em.findAndCount(Organisation, organisationWhere(filter), {
    limit,
    offset,
    orderBy: order.field === 'KIND' ? [{ kind: dir }, { name: dir }, { id: 'asc' }] : [{ name: dir }, { id: 'asc' }],
  });
  return { items, totalCount, offset };
}
