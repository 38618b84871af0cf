/**
 * The network graph for the hand-written (B2) queries, walked from the nodes outwards with index
 * lookups instead of building the whole graph: the same nodes ("Type:key") and typed edges as the API.
 */

/**
 * Every edge (kind, src, dst, role) with at least one end in the CTE `frontier` (column `node`),
 * each once. Edge kinds and directions follow the API's NetworkEdgeKind.
 */
export function edgesTouching(frontier: string): string {
  const pp = {
    kind: `case pp.role when 'FUNDER' then 'FUNDS' when 'OWNER' then 'OWNS' else 'PARTICIPATES_IN' end`,
    src: `coalesce('Organisation:' || pp.organisation_id, 'Partnership:' || pp.partnership_id)`,
    role: `case when pp.role in ('FUNDER', 'OWNER') then null else pp.role end`,
  };
  const ep = {
    kind: `case ep.role when 'VISITED' then 'VISITED' else 'TOOK_PART_IN' end`,
    party: `coalesce('Organisation:' || ep.organisation_id, 'Partnership:' || ep.partnership_id)`,
  };
  const epCols = `${ep.kind}, case ep.role when 'VISITED' then 'Event:' || ep.event_id else ${ep.party} end,
                  case ep.role when 'VISITED' then ${ep.party} else 'Event:' || ep.event_id end, ep.role::text`;
  return `(
    with ids as (
      select coalesce(array_agg(substr(node, 14)::int) filter (where node like 'Organisation:%'), '{}') as org,
             coalesce(array_agg(substr(node, 13)::int) filter (where node like 'Partnership:%'), '{}') as ps,
             coalesce(array_agg(substr(node, 9)::int) filter (where node like 'Project:%'), '{}') as pj,
             coalesce(array_agg(substr(node, 8)) filter (where node like 'Region:%'), '{}') as rg,
             coalesce(array_agg(substr(node, 7)::int) filter (where node like 'Event:%'), '{}') as ev
        from ${frontier}
    )
    select distinct kind, src, dst, role from (
      select 'MEMBER_OF' as kind, 'Organisation:' || ms.organisation_id as src, 'Partnership:' || ms.partnership_id as dst, ms.role::text as role
        from membership ms, ids where ms.organisation_id = any(ids.org)
      union all
      select 'MEMBER_OF', 'Organisation:' || ms.organisation_id, 'Partnership:' || ms.partnership_id, ms.role::text
        from membership ms, ids where ms.partnership_id = any(ids.ps)
      union all
      select 'COORDINATES', 'Organisation:' || ps.coordinator_id, 'Partnership:' || ps.id, null
        from partnership ps, ids where ps.coordinator_id = any(ids.org)
      union all
      select 'COORDINATES', 'Organisation:' || ps.coordinator_id, 'Partnership:' || ps.id, null
        from partnership ps, ids where ps.id = any(ids.ps) and ps.coordinator_id is not null
      union all
      select ${pp.kind}, ${pp.src}, 'Project:' || pp.project_id, ${pp.role} from project_participant pp, ids where pp.organisation_id = any(ids.org)
      union all
      select ${pp.kind}, ${pp.src}, 'Project:' || pp.project_id, ${pp.role} from project_participant pp, ids where pp.partnership_id = any(ids.ps)
      union all
      select ${pp.kind}, ${pp.src}, 'Project:' || pp.project_id, ${pp.role} from project_participant pp, ids where pp.project_id = any(ids.pj)
      union all
      select 'FUNDS', 'Organisation:' || fp.funder_id, 'Project:' || fp.project_id, null
        from funding_project fp, ids where fp.funder_id = any(ids.org)
      union all
      select 'FUNDS', 'Organisation:' || fp.funder_id, 'Project:' || fp.project_id, null
        from funding_project fp, ids where fp.project_id = any(ids.pj) and fp.funder_id is not null
      union all
      select 'OWNS', 'Organisation:' || pj.owner_id, 'Project:' || pj.id, null from project pj, ids where pj.owner_id = any(ids.org)
      union all
      select 'OWNS', 'Organisation:' || pj.owner_id, 'Project:' || pj.id, null from project pj, ids where pj.id = any(ids.pj) and pj.owner_id is not null
      union all
      select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || coalesce(o.region_code, m.region_code), null
        from organisation o left join municipality m on m.code = o.municipality_code, ids
       where o.id = any(ids.org) and coalesce(o.region_code, m.region_code) is not null
      union all
      select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || o.region_code, null from organisation o, ids where o.region_code = any(ids.rg)
      union all
      select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || m.region_code, null
        from municipality m join organisation o on o.municipality_code = m.code, ids where m.region_code = any(ids.rg) and o.region_code is null
      union all
      select 'LOCATED_IN', 'Partnership:' || ps.id, 'Region:' || ps.region_code, null
        from partnership ps, ids where ps.id = any(ids.ps) and ps.region_code is not null
      union all
      select 'LOCATED_IN', 'Partnership:' || ps.id, 'Region:' || ps.region_code, null from partnership ps, ids where ps.region_code = any(ids.rg)
      union all
      select 'LOCATED_IN', 'Project:' || pr.project_id, 'Region:' || pr.region_code, null from project_region pr, ids where pr.project_id = any(ids.pj)
      union all
      select 'LOCATED_IN', 'Project:' || pm.project_id, 'Region:' || m.region_code, null
        from project_municipality pm join municipality m on m.code = pm.municipality_code, ids where pm.project_id = any(ids.pj)
      union all
      select 'LOCATED_IN', 'Project:' || pr.project_id, 'Region:' || pr.region_code, null from project_region pr, ids where pr.region_code = any(ids.rg)
      union all
      select 'LOCATED_IN', 'Project:' || pm.project_id, 'Region:' || m.region_code, null
        from municipality m join project_municipality pm on pm.municipality_code = m.code, ids where m.region_code = any(ids.rg)
      union all
      select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || coalesce(e.region_code, m.region_code), null
        from event e left join municipality m on m.code = e.municipality_code, ids
       where e.id = any(ids.ev) and coalesce(e.region_code, m.region_code) is not null
      union all
      select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || e.region_code, null from event e, ids where e.region_code = any(ids.rg)
      union all
      select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || m.region_code, null
        from event e join municipality m on m.code = e.municipality_code, ids where e.region_code is null and m.region_code = any(ids.rg)
      union all
      select ${epCols} from event_participant ep, ids where ep.event_id = any(ids.ev)
      union all
      select ${epCols} from event_participant ep, ids where ep.organisation_id = any(ids.org)
      union all
      select ${epCols} from event_participant ep, ids where ep.partnership_id = any(ids.ps)
      union all
      select 'PART_OF', 'Event:' || e.id, 'Project:' || e.project_id, null from event e, ids where e.id = any(ids.ev) and e.project_id is not null
      union all
      select 'PART_OF', 'Event:' || e.id, 'Project:' || e.project_id, null from event e, ids where e.project_id = any(ids.pj)
    ) all_edges
  )`;
}

/** kind, kind_order, label, slug, code of every node in the CTE/subquery `nodes` (column `node`). */
export function nodeInfo(nodes: string): string {
  const keys = (prefix: string, cast: string) =>
    `(select substr(node, ${prefix.length + 1})${cast} from ${nodes} where node like '${prefix}%')`;
  return `(
    select 'Organisation:' || o.id as node, 'ORGANISATION' as kind, 1 as kind_order, o.name::text as label, o.slug::text as slug, null::text as code
      from organisation o where o.id in ${keys('Organisation:', '::int')}
    union all
    select 'Partnership:' || ps.id, 'PARTNERSHIP', 2, ps.name, ps.slug, null from partnership ps where ps.id in ${keys('Partnership:', '::int')}
    union all
    select 'Project:' || pj.id, 'PROJECT', 3, pj.name, pj.slug, null from project pj where pj.id in ${keys('Project:', '::int')}
    union all
    select 'Region:' || r.code, 'REGION', 4, r.name, null, r.code from region r where r.code in ${keys('Region:', '')}
    union all
    select 'Event:' || e.id, 'EVENT', 5, e.name, e.key, null from event e where e.id in ${keys('Event:', '::int')}
  )`;
}

/** The other ends of the edges in `edges` that are not yet in `visited` (a list of CTE names). EXCEPT keeps the
 * planner's row estimate at the size of the edge set (a NOT IN filter makes it guess one row, and nested loops follow). */
export function nextLevel(edges: string, visited: string[]): string {
  return `((select e.src as node from ${edges} e union select e.dst from ${edges} e)
           except
           (${visited.map((v) => `select node from ${v}`).join(' union all ')}))`;
}

export const edgeKey = (e: string) => `${e}.kind || ':' || ${e}.src || '>' || ${e}.dst || coalesce(':' || ${e}.role, '')`;

/** Sorts like the tuple (kind, src, dst, role) with nulls last, as one text (for ordering paths by their edges); compared in the C collation so the separators sort first. */
export const edgeSortKey = (e: string) =>
  `(${e}.kind || E'\\x01' || ${e}.src || E'\\x01' || ${e}.dst || E'\\x01' || coalesce(E'\\x02' || ${e}.role, E'\\x03')) collate "C"`;
