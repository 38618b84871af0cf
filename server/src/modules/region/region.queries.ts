import type { EntityManager } from '@mikro-orm/sql';
import { containsPattern } from '../../common/text.js';
import { Region, type IRegion } from './region.entity.js';

export const ASF_PROGRAMME_SLUG = 'regeringsuppdraget-om-arbetsintegrerande-sociala-foretag';

export interface FundedBy {
  programmeSlug?: string | null;
  funderSlug?: string | null;
  yearFrom: number;
  yearTo: number;
}

/** Codes of the regions with a project funded (by programme and/or funder) in a period overlapping [yearFrom, yearTo]. */
export async function fundedRegionCodes(em: EntityManager, by: FundedBy): Promise<string[]> {
  const rows = await em.getConnection().execute<{ code: string }[]>(
    `select distinct pr.region_code as code
       from project_region pr
       join funding_project fp on fp.project_id = pr.project_id
       join funding f on f.id = fp.funding_id
       left join programme pg on pg.id = f.programme_id
       left join organisation o on o.id = f.funder_id
      where (?::text is null or pg.slug = ?)
        and (?::text is null or o.slug = ?)
        and coalesce(f.year_from, ?) <= ? and coalesce(f.year_to, ?) >= ?
      order by 1`,
    [
      by.programmeSlug ?? null,
      by.programmeSlug ?? null,
      by.funderSlug ?? null,
      by.funderSlug ?? null,
      by.yearFrom,
      by.yearTo,
      by.yearTo,
      by.yearFrom,
    ],
  );
  return rows.map((r) => r.code);
}

export interface RegionFilterInput {
  kind?: IRegion['kind'] | null;
  codes?: string[] | null;
  text?: string | null;
  fundedBy?: FundedBy | null;
}

export async function listRegions(em: EntityManager, filter: RegionFilterInput = {}): Promise<IRegion[]> {
  let codes = filter.codes ?? null;
  if (filter.fundedBy) {
    const funded = await fundedRegionCodes(em, filter.fundedBy);
    codes = codes ? codes.filter((c) => funded.includes(c)) : funded;
  }
  return em.find(
    Region,
    {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(codes ? { code: { $in: codes } } : {}),
      ...(filter.text ? { searchKey: { $like: containsPattern(filter.text) } } : {}),
    },
    { orderBy: { kind: 'asc', code: 'asc' } },
  );
}
