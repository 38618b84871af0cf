import { edgeKey, edgesTouching, nextLevel, nodeInfo } from './graph.js';
import { gidOf } from './sql.js';
import type { Operation, Vars } from './types.js';

const NODE_FIELDS = 'id kind label slug code distance';

/**
 * B2 network: breadth-first from the centre, one level per CTE, each level's edges found by index
 * lookups from its nodes; labels only for the levels the limit can reach.
 */
function networkSql(depth: number): string {
  const levels: string[] = ['l0 as (select $1::text as node)'];
  const visited = ['l0'];
  for (let d = 0; d < depth; d++) {
    levels.push(`e${d} as materialized (select * from ${edgesTouching(`l${d}`)} x)`);
    levels.push(`l${d + 1} as materialized ${nextLevel(`e${d}`, visited)}`);
    visited.push(`l${d + 1}`);
  }
  const reached = visited.map((l, d) => `select node, ${d} as distance from ${l}`).join(' union all ');
  const nodeJson = (n: string) =>
    `json_build_object('id', ${gidOf(`${n}.node`)}, 'kind', ${n}.kind, 'label', ${n}.label, 'slug', ${n}.slug, 'code', ${n}.code, 'distance', ${n}.distance)`;
  return `
    with
      ${levels.join(',\n      ')},
      reached as materialized (${reached}),
      per_level as (select distance, count(*) as n from reached group by distance),
      cutoff as (
        select coalesce(min(distance), ${depth}) as distance
          from (select distance, sum(n) over (order by distance) as upto from per_level) x where upto >= $2::int
      ),
      candidates as (select r.node, r.distance from reached r, cutoff c where r.distance <= c.distance),
      info as materialized (select * from ${nodeInfo('candidates')} i),
      picked as (
        select i.node, i.kind, i.kind_order, i.label, i.slug, i.code, c.distance
          from candidates c join info i on i.node = c.node
         order by c.distance, i.kind_order, i.label, i.node
         limit $2::int
      ),
      picked_edges as (
        select e.* from ${edgesTouching('picked')} e
         where e.src in (select node from picked) and e.dst in (select node from picked)
      )
    select json_build_object('network', json_build_object(
      'depth', ${depth},
      'totalNodeCount', (select count(*) from reached),
      'truncated', (select count(*) from reached) > (select count(*) from picked),
      'center', (select ${nodeJson('p')} from picked p where p.distance = 0),
      'nodes', coalesce((select json_agg(${nodeJson('p')} order by p.distance, p.kind_order, p.label, p.node) from picked p), '[]'::json),
      'edges', coalesce((select json_agg(json_build_object(
          'key', ${edgeKey('e')}, 'kind', e.kind, 'from', ${gidOf('e.src')}, 'to', ${gidOf('e.dst')}, 'role', e.role
        ) order by e.kind, e.src, e.dst, e.role) from picked_edges e), '[]'::json)
    )) as data`;
}

/** The network around a region, two steps out (the dashboard's network page). */
export const network: Operation = {
  id: 'network',
  title: 'Network around a region (depth 2)',
  atlas: {
    operationName: 'BenchNetwork',
    document: /* GraphQL */ `
      query BenchNetwork($around: ID!, $depth: Int!, $limit: Int!) {
        network(around: $around, depth: $depth, limit: $limit) {
          depth
          totalNodeCount
          truncated
          center { ${NODE_FIELDS} }
          nodes { ${NODE_FIELDS} }
          edges { key kind from to role }
        }
      }`,
    variables: (p) => ({ around: Buffer.from(`Region:${p.networkRegionCode}`).toString('base64url'), depth: 2, limit: 150 }),
    smallPageVariables: (p) => ({ around: Buffer.from(`Region:${p.networkRegionCode}`).toString('base64url'), depth: 2, limit: 15 }),
  },
  orderedPaths: ['network.nodes'],
  b2: {
    sql: (v: Vars) => networkSql(Number(v.depth)),
    params: (v: Vars) => [Buffer.from(String(v.around), 'base64url').toString('utf8'), v.limit],
  },
  postgraphile: { unavailable: 'no graph walk: would need a recursive SQL function or one nested query per depth and edge kind' },
};
