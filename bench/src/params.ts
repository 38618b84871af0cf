import pg from 'pg';
import type { Params } from './ops/types.js';

/**
 * Arguments for the operations, picked from the database the same way for every dataset so that the
 * reference and synthetic runs ask comparable questions. Deterministic: ties are broken by id.
 */
export async function pickParams(url: string, dataset: string, pageSize: number): Promise<Params> {
  const client = new pg.Client({ connectionString: url, application_name: 'atlas-bench-params' });
  await client.connect();
  try {
    const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T | undefined> =>
      (await client.query<T>(sql, values)).rows[0];

    // The twelve regions Tillväxtverket funded regional ASF projects in (2017–2018): the counties of the
    // regional bodies source seed-003 names. Falls back to the first twelve counties.
    let regionCodes = (
      await client.query<{ code: string }>(
        `select distinct o.region_code as code from organisation o
           join citation c on c.subject_type = 'Organisation' and c.subject_id = o.id::text
           join source s on s.id = c.source_id
          where s.key = 'seed-003' and o.kind = 'REGIONAL_BODY' and o.region_code is not null order by 1`,
      )
    ).rows.map((r) => r.code);
    if (regionCodes.length !== 12) {
      regionCodes = (await client.query<{ code: string }>(`select code from region where kind = 'COUNTY' order by code limit 12`)).rows.map(
        (r) => r.code,
      );
    }

    // Project page: All in on the reference data (the richest record); otherwise the project at the 90th
    // percentile of fundings, a busy but not extreme page.
    let project =
      dataset === 'reference' ? await one<{ id: number; slug: string }>(`select id, slug from project where slug = 'all-in'`) : undefined;
    project ??= await one<{ id: number; slug: string }>(
      `with c as (select p.id, p.slug, count(fp.project_id) as n from project p left join funding_project fp on fp.project_id = p.id group by p.id)
       select id, slug from c order by n desc, id limit 1 offset (select count(*) / 10 from c)`,
    );
    if (!project) throw new Error(`no project in ${dataset}`);

    // Network and path: Örebro län, the region the reference sources are about. The path runs from the
    // best-connected organisation there (memberships + project roles) to the best-connected one elsewhere.
    const networkRegionCode = '18';
    const busiest = async (inRegion: boolean) =>
      one<{ id: number; slug: string }>(
        `select o.id, o.slug from organisation o
           left join municipality m on m.code = o.municipality_code
           cross join lateral (select count(*) as n from membership ms where ms.organisation_id = o.id) a
           cross join lateral (select count(*) as n from project_participant pp where pp.organisation_id = o.id) b
          where coalesce(o.region_code, m.region_code) ${inRegion ? '=' : 'is distinct from'} $1
          order by a.n + b.n desc, o.id limit 1`,
        [networkRegionCode],
      );
    const from =
      (await busiest(true)) ?? (await one<{ id: number; slug: string }>('select id, slug from organisation order by id limit 1'));
    const to =
      (await busiest(false)) ?? (await one<{ id: number; slug: string }>('select id, slug from organisation order by id desc limit 1'));
    if (!from || !to) throw new Error(`no organisations in ${dataset}`);

    return {
      dataset,
      regionCodes,
      // "The whole period": every year any dataset has (reference 2016–2021, synthetic 2008–2029).
      yearFrom: 2000,
      yearTo: 2030,
      projectSlug: project.slug,
      projectId: project.id,
      networkRegionCode,
      pathFromId: from.id,
      pathToId: to.id,
      pathFromSlug: from.slug,
      pathToSlug: to.slug,
      searchText: 'social',
      pageSize,
    };
  } finally {
    await client.end();
  }
}
