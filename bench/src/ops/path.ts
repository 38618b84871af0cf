import { edgeSortKey, edgesTouching, nodeInfo } from './graph.js';
import type { Any, Operation, Vars } from './types.js';

/**
 * B2 connection path, one statement: a bidirectional breadth-first walk (a recursive CTE, one row per
 * step) that always expands the smaller frontier and stops as soon as the two walks meet (or maxLength
 * is used up); every node reached gets its exact distance from its end. Nodes that can lie on a
 * shortest path get their position on it; the edges between them that advance one position are the
 * shortest paths' edges. At most ten paths are built from the start in the API's order (by nodes, then
 * edges by kind, from, to, role), keeping at most ten partial paths per node and step as the API does.
 */
const pick = (fwd: string, a: string, b: string) => `case when ${fwd} then ${a} else ${b} end`;
const SQL = `
with recursive
  bidi(step, forward, f_front, f_seen, fd, t_front, t_seen, td, met) as (
    select 0, null::boolean, array[$1::text], array[$1::text], 0, array[$2::text], array[$2::text], 0, $1::text = $2::text
    union all
    select w.step + 1, g.fwd,
           ${pick('g.fwd', 'nx.nodes', 'w.f_front')}, ${pick('g.fwd', 'w.f_seen || nx.nodes', 'w.f_seen')}, w.fd + ${pick('g.fwd', '1', '0')},
           ${pick('g.fwd', 'w.t_front', 'nx.nodes')}, ${pick('g.fwd', 'w.t_seen', 'w.t_seen || nx.nodes')}, w.td + ${pick('g.fwd', '0', '1')},
           nx.met
      from bidi w
      cross join lateral (select cardinality(w.f_front) <= cardinality(w.t_front) as fwd) g
      cross join lateral (
        with frontier as (select unnest(${pick('g.fwd', 'w.f_front', 'w.t_front')}) as node),
             touching as materialized (select * from ${edgesTouching('frontier')} x),
             fresh as materialized (
               (select src as node from touching union select dst from touching)
               except
               (select unnest(${pick('g.fwd', 'w.f_seen', 'w.t_seen')}))
             )
        select coalesce((select array_agg(node) from fresh), '{}') as nodes,
               exists (select 1 from fresh f join unnest(${pick('g.fwd', 'w.t_seen', 'w.f_seen')}) as o(node) on o.node = f.node) as met
      ) nx
     where not w.met and w.fd + w.td < $3::int and cardinality(w.f_front) > 0 and cardinality(w.t_front) > 0
  ),
  d_from as materialized (select n.node, b.fd as d from bidi b cross join unnest(b.f_front) as n(node) where b.step = 0 or b.forward),
  d_to as materialized (select n.node, b.td as d from bidi b cross join unnest(b.t_front) as n(node) where b.step = 0 or not b.forward),
  best as materialized (
    select (select min(df.d + dt.d) from d_from df join d_to dt on dt.node = df.node) as len,
           (select max(fd) from bidi) as a, (select max(td) from bidi) as b
  ),
  -- where a node stands on a shortest path: reached from both ends on one; from one end only, only
  -- where the other walk did not reach
  positions as materialized (
    select coalesce(df.node, dt.node) as node, coalesce(df.d, best.len - dt.d) as pos
      from d_from df full join d_to dt on dt.node = df.node cross join best
     where best.len is not null
       and case
             when df.d is not null and dt.d is not null then df.d + dt.d = best.len
             when df.d is not null then df.d < best.a
             else dt.d < best.b
           end
  ),
  on_path as materialized (
    select x.a, x.b, e.kind, e.src, e.dst, e.role, ${edgeSortKey('e')} as ekey
      from ${edgesTouching('positions')} e
      cross join lateral (values (e.src, e.dst), (e.dst, e.src)) as x(a, b)
      join positions pa on pa.node = x.a
      join positions pb on pb.node = x.b
     where pb.pos = pa.pos + 1
  ),
  paths(node, nodes, ekeys) as (
    select $1::text, array[$1::text], array[]::text[] collate "C" from best where best.len is not null
    union all
    select x.b, x.nodes, x.ekeys from (
      select o.b, p.nodes || o.b as nodes, p.ekeys || o.ekey as ekeys,
             row_number() over (partition by o.b order by p.nodes, p.ekeys, o.ekey) as rn
        from paths p join on_path o on o.a = p.node
    ) x
     where x.rn <= 10
  ),
  found as materialized (select p.nodes, p.ekeys from paths p where p.node = $2::text order by p.nodes, p.ekeys limit 10),
  found_nodes as materialized (select distinct unnest(nodes) as node from found)
select json_build_object(
  'paths', coalesce((select json_agg(json_build_object('nodes', f.nodes, 'ekeys', f.ekeys) order by f.nodes, f.ekeys) from found f), '[]'::json),
  'edges', coalesce((select json_object_agg(x.ekey, json_build_object('kind', x.kind, 'src', x.src, 'dst', x.dst, 'role', x.role))
                       from (select distinct ekey, kind, src, dst, role from on_path where ekey in (select unnest(ekeys) from found)) x), '{}'::json),
  'nodes', coalesce((select json_object_agg(i.node, json_build_object('kind', i.kind, 'label', i.label, 'slug', i.slug, 'code', i.code))
                       from ${nodeInfo('found_nodes')} i), '{}'::json)
) as data`;

type Phrase = (a: string, b: string) => { sv: string; en: string };
const PARTICIPATION: Record<string, Phrase> = {
  LEAD: (a, b) => ({ sv: `${a} leder projektet ${b}`, en: `${a} leads the project ${b}` }),
  PARTNER: (a, b) => ({ sv: `${a} är partner i projektet ${b}`, en: `${a} is a partner in the project ${b}` }),
  HOST: (a, b) => ({ sv: `${a} är värd för projektet ${b}`, en: `${a} hosts the project ${b}` }),
  PARTICIPANT: (a, b) => ({ sv: `${a} deltar i projektet ${b}`, en: `${a} takes part in the project ${b}` }),
};
const EVENT_ROLE: Record<string, Phrase> = {
  HOST: (a, b) => ({ sv: `${a} var värd för ${b}`, en: `${a} hosted ${b}` }),
  ORGANISER: (a, b) => ({ sv: `${a} anordnar ${b}`, en: `${a} organises ${b}` }),
  PARTICIPANT: (a, b) => ({ sv: `${a} deltog i ${b}`, en: `${a} took part in ${b}` }),
};

/** The relation in words, in the edge's own direction (from → to). */
function explain(kind: string, role: string | null, fromKind: string, a: string, b: string): { sv: string; en: string } {
  switch (kind) {
    case 'MEMBER_OF':
      return role === 'COORDINATOR'
        ? { sv: `${a} är medlem i och samordnar ${b}`, en: `${a} is a member and the coordinator of ${b}` }
        : { sv: `${a} är medlem i ${b}`, en: `${a} is a member of ${b}` };
    case 'COORDINATES':
      return { sv: `${a} samordnar ${b}`, en: `${a} coordinates ${b}` };
    case 'PARTICIPATES_IN':
      return (PARTICIPATION[role ?? ''] ?? PARTICIPATION.PARTICIPANT!)(a, b);
    case 'FUNDS':
      return { sv: `${a} finansierar projektet ${b}`, en: `${a} funds the project ${b}` };
    case 'OWNS':
      return { sv: `${a} är projektägare för ${b}`, en: `${a} owns the project ${b}` };
    case 'LOCATED_IN':
      if (fromKind === 'PROJECT') return { sv: `${a} genomförs i ${b}`, en: `${a} works in ${b}` };
      if (fromKind === 'EVENT') return { sv: `${a} ägde rum i ${b}`, en: `${a} took place in ${b}` };
      if (fromKind === 'PARTNERSHIP') return { sv: `${a} verkar i ${b}`, en: `${a} is based in ${b}` };
      return { sv: `${a} ligger i ${b}`, en: `${a} is located in ${b}` };
    case 'VISITED':
      return { sv: `${b} besöktes under ${a}`, en: `${b} was visited during ${a}` };
    case 'TOOK_PART_IN':
      return (EVENT_ROLE[role ?? ''] ?? EVENT_ROLE.PARTICIPANT!)(a, b);
    default:
      return { sv: `${a} ingick i projektet ${b}`, en: `${a} was part of the project ${b}` };
  }
}

const gid = (ref: string) => Buffer.from(ref, 'utf8').toString('base64url');

function shape(rows: Record<string, Any>[]): unknown {
  const data = rows[0]!.data as {
    paths: { nodes: string[]; ekeys: string[] }[];
    edges: Record<string, { kind: string; src: string; dst: string; role: string | null }>;
    nodes: Record<string, { kind: string; label: string; slug: string | null; code: string | null }>;
  };
  const node = (ref: string, distance: number) => ({ id: gid(ref), ...data.nodes[ref]!, distance });
  return {
    connectionPath: data.paths.map((p) => ({
      length: p.ekeys.length,
      nodes: p.nodes.map((ref, i) => node(ref, i)),
      hops: p.ekeys.map((k, i) => {
        const e = data.edges[k]!;
        const here = p.nodes[i]!;
        const reversed = e.src !== here;
        const from = node(e.src, 0);
        const to = node(e.dst, 0);
        return {
          from: { id: gid(here), label: data.nodes[here]!.label },
          to: { id: gid(p.nodes[i + 1]!), label: data.nodes[p.nodes[i + 1]!]!.label },
          edge: {
            key: `${e.kind}:${e.src}>${e.dst}${e.role ? `:${e.role}` : ''}`,
            kind: e.kind,
            from: gid(e.src),
            to: gid(e.dst),
            role: e.role,
          },
          reversed,
          explanation: explain(e.kind, e.role, from.kind, from.label, to.label),
        };
      }),
    })),
  };
}

/** A path between two organisations (the dashboard's "how are these connected"). */
export const connectionPath: Operation = {
  id: 'path',
  title: 'Path between two organisations',
  atlas: {
    operationName: 'BenchConnectionPath',
    document: /* GraphQL */ `
      query BenchConnectionPath($from: ID!, $to: ID!, $maxLength: Int!) {
        connectionPath(from: $from, to: $to, maxLength: $maxLength) {
          length
          nodes {
            id
            kind
            label
            slug
            code
            distance
          }
          hops {
            from {
              id
              label
            }
            to {
              id
              label
            }
            edge {
              key
              kind
              from
              to
              role
            }
            reversed
            explanation {
              sv
              en
            }
          }
        }
      }
    `,
    variables: (p) => ({
      from: Buffer.from(`Organisation:${p.pathFromId}`).toString('base64url'),
      to: Buffer.from(`Organisation:${p.pathToId}`).toString('base64url'),
      maxLength: 4,
    }),
  },
  orderedPaths: ['connectionPath', 'connectionPath[].nodes', 'connectionPath[].hops'],
  b2: {
    sql: SQL,
    params: (v: Vars) => {
      return [
        Buffer.from(String(v.from), 'base64url').toString('utf8'),
        Buffer.from(String(v.to), 'base64url').toString('utf8'),
        v.maxLength,
      ];
    },
    shape,
  },
  postgraphile: { unavailable: 'no shortest-path search: would need a recursive SQL function' },
};
