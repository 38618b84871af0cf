import type { EntityManager } from '@mikro-orm/sql';
import { toGlobalId, type NodeType } from '../../common/ids.js';
import { edgesAmong, KIND_LETTER, keyArrays, labelled, neighbours, typedKey } from './network.sql.js';
import { NETWORK_EDGE_KINDS, type NetworkEdgeKind, type NetworkNodeKind } from './network.type.js';

// The graph lives in SQL. Nodes are named "Type:key" (the text a global id encodes). EDGE_BRANCHES is
// the one definition of the typed edges: a UNION ALL over the relation tables, each relation looked up
// from either end by index (`= any(array of keys)`). Walks are recursive CTEs that expand a whole
// frontier per step; JavaScript only shapes the rows and words the hops.

const PP_KIND = `case pp.role when 'FUNDER' then 'FUNDS' when 'OWNER' then 'OWNS' else 'PARTICIPATES_IN' end`;
const PP_SRC = `coalesce('Organisation:' || pp.organisation_id, 'Partnership:' || pp.partnership_id)`;
const PP_ROLE = `case when pp.role in ('FUNDER', 'OWNER') then null else pp.role end`;
const EP_PARTY = `coalesce('Organisation:' || ep.organisation_id, 'Partnership:' || ep.partnership_id)`;
const EP_COLS = `case ep.role when 'VISITED' then 'VISITED' else 'TOOK_PART_IN' end,
                 case ep.role when 'VISITED' then 'Event:' || ep.event_id else ${EP_PARTY} end,
                 case ep.role when 'VISITED' then ${EP_PARTY} else 'Event:' || ep.event_id end,
                 ep.role::text`;

/** Which participant roles make which edge kind. */
const PP_ROLES: Partial<Record<NetworkEdgeKind, string>> = {
  PARTICIPATES_IN: `pp.role not in ('FUNDER', 'OWNER')`,
  FUNDS: `pp.role = 'FUNDER'`,
  OWNS: `pp.role = 'OWNER'`,
};
const EP_ROLES: Partial<Record<NetworkEdgeKind, string>> = {
  VISITED: `ep.role = 'VISITED'`,
  TOOK_PART_IN: `ep.role <> 'VISITED'`,
};

/**
 * Every typed edge, as branches of one UNION ALL. Each relation appears once per end it can be found
 * from (`ids.org`, `ids.ps`, `ids.pj`, `ids.rg`, `ids.ev`: the keys of the nodes asked about).
 * Columns: kind, src (the subject), dst, role.
 */
function edgeBranches(kinds: ReadonlySet<NetworkEdgeKind>): string[] {
  const has = (k: NetworkEdgeKind) => kinds.has(k);
  const out: string[] = [];
  const member = `select 'MEMBER_OF', 'Organisation:' || ms.organisation_id, 'Partnership:' || ms.partnership_id, ms.role::text from membership ms, ids`;
  if (has('MEMBER_OF')) out.push(`${member} where ms.organisation_id = any(ids.org)`, `${member} where ms.partnership_id = any(ids.ps)`);
  const coord = `select 'COORDINATES', 'Organisation:' || ps.coordinator_id, 'Partnership:' || ps.id, null from partnership ps, ids`;
  if (has('COORDINATES'))
    out.push(`${coord} where ps.coordinator_id = any(ids.org)`, `${coord} where ps.id = any(ids.ps) and ps.coordinator_id is not null`);
  const ppRoles = Object.entries(PP_ROLES)
    .filter(([k]) => has(k as NetworkEdgeKind))
    .map(([, cond]) => cond);
  if (ppRoles.length) {
    const pp = `select ${PP_KIND}, ${PP_SRC}, 'Project:' || pp.project_id, ${PP_ROLE} from project_participant pp, ids`;
    const roles = ppRoles.length === 3 ? '' : ` and (${ppRoles.join(' or ')})`;
    out.push(
      `${pp} where pp.organisation_id = any(ids.org)${roles}`,
      `${pp} where pp.partnership_id = any(ids.ps)${roles}`,
      `${pp} where pp.project_id = any(ids.pj)${roles}`,
    );
  }
  if (has('FUNDS')) {
    out.push(
      `select 'FUNDS', 'Organisation:' || f.funder_id, 'Project:' || fp.project_id, null
         from funding f join funding_project fp on fp.funding_id = f.id, ids where f.funder_id = any(ids.org)`,
      `select 'FUNDS', 'Organisation:' || f.funder_id, 'Project:' || fp.project_id, null
         from funding_project fp join funding f on f.id = fp.funding_id, ids where fp.project_id = any(ids.pj) and f.funder_id is not null`,
    );
  }
  if (has('OWNS')) {
    const own = `select 'OWNS', 'Organisation:' || pj.owner_id, 'Project:' || pj.id, null from project pj, ids`;
    out.push(`${own} where pj.owner_id = any(ids.org)`, `${own} where pj.id = any(ids.pj) and pj.owner_id is not null`);
  }
  if (has('LOCATED_IN')) {
    out.push(
      `select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || coalesce(o.region_code, m.region_code), null
         from organisation o left join municipality m on m.code = o.municipality_code, ids
        where o.id = any(ids.org) and coalesce(o.region_code, m.region_code) is not null`,
      `select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || o.region_code, null from organisation o, ids where o.region_code = any(ids.rg)`,
      `select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || m.region_code, null
         from municipality m join organisation o on o.municipality_code = m.code, ids where m.region_code = any(ids.rg) and o.region_code is null`,
      `select 'LOCATED_IN', 'Partnership:' || ps.id, 'Region:' || ps.region_code, null from partnership ps, ids where ps.id = any(ids.ps) and ps.region_code is not null`,
      `select 'LOCATED_IN', 'Partnership:' || ps.id, 'Region:' || ps.region_code, null from partnership ps, ids where ps.region_code = any(ids.rg)`,
      `select 'LOCATED_IN', 'Project:' || pr.project_id, 'Region:' || pr.region_code, null from project_region pr, ids where pr.project_id = any(ids.pj)`,
      `select 'LOCATED_IN', 'Project:' || pr.project_id, 'Region:' || pr.region_code, null from project_region pr, ids where pr.region_code = any(ids.rg)`,
      `select 'LOCATED_IN', 'Project:' || pm.project_id, 'Region:' || m.region_code, null
         from project_municipality pm join municipality m on m.code = pm.municipality_code, ids where pm.project_id = any(ids.pj)`,
      `select 'LOCATED_IN', 'Project:' || pm.project_id, 'Region:' || m.region_code, null
         from municipality m join project_municipality pm on pm.municipality_code = m.code, ids where m.region_code = any(ids.rg)`,
      `select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || coalesce(e.region_code, m.region_code), null
         from event e left join municipality m on m.code = e.municipality_code, ids
        where e.id = any(ids.ev) and coalesce(e.region_code, m.region_code) is not null`,
      `select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || e.region_code, null from event e, ids where e.region_code = any(ids.rg)`,
      `select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || m.region_code, null
         from event e join municipality m on m.code = e.municipality_code, ids where e.region_code is null and m.region_code = any(ids.rg)`,
    );
  }
  const epRoles = Object.entries(EP_ROLES)
    .filter(([k]) => has(k as NetworkEdgeKind))
    .map(([, cond]) => cond);
  if (epRoles.length) {
    const roles = epRoles.length === 2 ? '' : ` and (${epRoles.join(' or ')})`;
    const ep = `select ${EP_COLS} from event_participant ep, ids`;
    out.push(
      `${ep} where ep.event_id = any(ids.ev)${roles}`,
      `${ep} where ep.organisation_id = any(ids.org)${roles}`,
      `${ep} where ep.partnership_id = any(ids.ps)${roles}`,
    );
  }
  if (has('PART_OF')) {
    const part = `select 'PART_OF', 'Event:' || e.id, 'Project:' || e.project_id, null from event e, ids`;
    out.push(`${part} where e.id = any(ids.ev) and e.project_id is not null`, `${part} where e.project_id = any(ids.pj)`);
  }
  return out;
}

/** The keys, per type, of the nodes in `nodes` (an SQL expression of type text[]). */
function keysOf(nodes: string): string {
  const ints = (type: string, name: string) =>
    `coalesce(array_agg(split_part(n.node, ':', 2)::int) filter (where split_part(n.node, ':', 1) = '${type}'), '{}') as ${name}`;
  return `select ${ints('Organisation', 'org')}, ${ints('Partnership', 'ps')}, ${ints('Project', 'pj')},
                 coalesce(array_agg(split_part(n.node, ':', 2)) filter (where split_part(n.node, ':', 1) = 'Region'), '{}') as rg,
                 ${ints('Event', 'ev')}
            from unnest(${nodes}) as n(node)`;
}

/** Every edge (of the given kinds) with at least one end in `nodes` (text[]), each once: kind, src, dst, role. */
function edgesTouching(nodes: string, kinds: ReadonlySet<NetworkEdgeKind>): string {
  const branches = edgeBranches(kinds);
  if (!branches.length) return `(select null::text as kind, null::text as src, null::text as dst, null::text as role where false)`;
  return `(
    with ids as (${keysOf(nodes)})
    select distinct t.kind, t.src, t.dst, t.role from (
      ${branches.join('\n      union all\n      ')}
    ) as t(kind, src, dst, role)
  )`;
}

/** kind, kind_order, label, slug, code of the nodes in `nodes` (text[]) that exist. */
function nodeInfo(nodes: string): string {
  return `(
    with ids as (${keysOf(nodes)})
    select 'Organisation:' || o.id as node, 'ORGANISATION' as kind, 1 as kind_order, o.name::text as label, o.slug::text as slug, null::text as code
      from organisation o, ids where o.id = any(ids.org)
    union all
    select 'Partnership:' || ps.id, 'PARTNERSHIP', 2, ps.name, ps.slug, null from partnership ps, ids where ps.id = any(ids.ps)
    union all
    select 'Project:' || pj.id, 'PROJECT', 3, pj.name, pj.slug, null from project pj, ids where pj.id = any(ids.pj)
    union all
    select 'Region:' || r.code, 'REGION', 4, r.name, null, r.code from region r, ids where r.code = any(ids.rg)
    union all
    select 'Event:' || e.id, 'EVENT', 5, e.name, e.key, null from event e, ids where e.id = any(ids.ev)
  )`;
}

const ALL_EDGE_KINDS: ReadonlySet<NetworkEdgeKind> = new Set(NETWORK_EDGE_KINDS);
const ALL_LETTERS: ReadonlySet<string> = new Set(Object.values(KIND_LETTER));

/** Whether the record a typed key (:t, :id, :code) names exists. */
const NODE_EXISTS = `case :t::text
    when 'O' then exists (select 1 from organisation where id = :id::int)
    when 'S' then exists (select 1 from partnership where id = :id::int)
    when 'J' then exists (select 1 from project where id = :id::int)
    when 'R' then exists (select 1 from region where code = :code::text)
    else exists (select 1 from event where id = :id::int)
  end`;

/**
 * The neighbourhood of the centre (:t, :id, :code) in one statement: breadth-first, one level per CTE
 * (depth is at most 3), each level the other ends of the edges touching the one before that were not
 * reached yet, found by index lookups from typed key arrays. Labels are read only up to the level that
 * fills the limit; the edges returned are those among the nodes kept.
 */
function networkSql(depth: number, nodeKinds: readonly NetworkNodeKind[] | null, edgeKinds: readonly NetworkEdgeKind[] | null): string {
  const kinds = edgeKinds?.length ? new Set(edgeKinds) : ALL_EDGE_KINDS;
  const to = nodeKinds?.length ? new Set(nodeKinds.map((k) => KIND_LETTER[k])) : ALL_LETTERS;
  const levels = [`l0 as materialized (select :t::text as t, :id::int as id, :code::text as code where ${NODE_EXISTS})`];
  const seen = ['select t, id, code from l0'];
  for (let d = 1; d <= depth; d++) {
    levels.push(`k${d - 1} as (${keyArrays(`l${d - 1}`)})`);
    levels.push(`l${d} as materialized ((${neighbours(`k${d - 1}`, kinds, to)}) except (${seen.join(' union all ')}))`);
    seen.push(`select t, id, code from l${d}`);
  }
  const reached = Array.from({ length: depth + 1 }, (_, d) => `select t, id, code, ${d} as distance from l${d}`).join(' union all ');
  return `
with
  ${levels.join(',\n  ')},
  reached as materialized (${reached}),
  per_step as (select r.distance, count(*) as n from reached r group by r.distance),
  /* labels are needed (to order by) only up to the step that fills the limit */
  cutoff as (
    select coalesce(min(x.distance), ${depth}) as distance
      from (select p.distance, sum(p.n) over (order by p.distance) as upto from per_step p) x
     where x.upto >= :limit::int
  ),
  info as materialized (${labelled('(select r.* from reached r, cutoff c where r.distance <= c.distance)')}),
  picked as materialized (
    select i.* from info i order by i.distance, i.kind_order, i.label, i.node limit :limit::int
  ),
  pk as (${keyArrays('picked')}),
  picked_edges as (${edgesAmong('pk', kinds)})
select
  (select count(*) from reached)::int as total,
  coalesce((select json_agg(json_build_object('node', p.node, 'kind', p.kind, 'label', p.label, 'slug', p.slug, 'code', p.node_code, 'distance', p.distance)
                           order by p.distance, p.kind_order, p.label, p.node)
              from picked p), '[]'::json) as nodes,
  coalesce((select json_agg(json_build_object('kind', e.kind, 'src', e.src, 'dst', e.dst, 'role', e.role) order by e.kind, e.src, e.dst, e.role)
              from picked_edges e), '[]'::json) as edges`;
}

/** Sorts like (kind, src, dst, role nulls last) as one text, compared bytewise: paths order by their edges this way. */
const EDGE_SORT_KEY = `(e.kind || E'\\x01' || e.src || E'\\x01' || e.dst || E'\\x01' || coalesce(E'\\x02' || e.role, E'\\x03')) collate "C"`;

/**
 * All shortest paths (at most 10) in one statement.
 *
 * 1. A bidirectional breadth-first walk (one recursive CTE, one row per step) expands, each step, the
 *    smaller frontier of the two ends, and stops as soon as they meet or maxLength is used up. Every
 *    node reached gets its exact distance from the start (df) or to the end (dt); when the walks meet
 *    after a steps from the start and b from the end, the shortest length is a + b = min(df + dt).
 * 2. A node on a shortest path stands at position df = length - dt; nodes reached by one walk only
 *    stand where the other walk could not reach (df < a, or dt < b).
 * 3. Paths are built from the start over the edges the walks found that advance one position, keeping
 *    at most 10 partial paths per node and step, in order of their nodes and then their edges.
 */
function pathSql(): string {
  const side = (forward: string, back: string) => `case when g.forward then ${forward} else ${back} end`;
  return `
with recursive
  ends as (
    select exists (select 1 from ${nodeInfo('array[:fromNode::text]')} i) as has_from,
           exists (select 1 from ${nodeInfo('array[:toNode::text]')} i) as has_to
  ),
  bidi(step, forward, f_frontier, f_seen, f_depth, t_frontier, t_seen, t_depth, ekeys, met) as (
    select 0, null::boolean, array[:fromNode::text], array[:fromNode::text], 0, array[:toNode::text], array[:toNode::text], 0,
           '{}'::text[] collate "C", :fromNode::text = :toNode::text
      from ends where ends.has_from and ends.has_to
    union all
    select w.step + 1, g.forward,
           ${side('nx.nodes', 'w.f_frontier')}, ${side('w.f_seen || nx.nodes', 'w.f_seen')}, w.f_depth + ${side('1', '0')},
           ${side('w.t_frontier', 'nx.nodes')}, ${side('w.t_seen', 'w.t_seen || nx.nodes')}, w.t_depth + ${side('0', '1')},
           nx.ekeys, nx.met
      from bidi w
      cross join lateral (select cardinality(w.f_frontier) <= cardinality(w.t_frontier) as forward) g
      cross join lateral (
        with touching as materialized (
               select ${EDGE_SORT_KEY} as ekey, e.src, e.dst from ${edgesTouching(side('w.f_frontier', 'w.t_frontier'), ALL_EDGE_KINDS)} e
             ),
             fresh as (
               select distinct x.node from touching t cross join lateral (values (t.src), (t.dst)) as x(node)
                where not exists (select 1 from unnest(${side('w.f_seen', 'w.t_seen')}) as s(node) where s.node = x.node)
             )
        select coalesce((select array_agg(f.node) from fresh f), '{}') as nodes,
               coalesce((select array_agg(t.ekey) from touching t), '{}') as ekeys,
               exists (select 1 from fresh f join unnest(${side('w.t_seen', 'w.f_seen')}) as o(node) on o.node = f.node) as met
      ) nx
     where not w.met and w.f_depth + w.t_depth < :maxLength::int
       and cardinality(w.f_frontier) > 0 and cardinality(w.t_frontier) > 0
  ),
  d_from as (select n.node, b.f_depth as d from bidi b cross join unnest(b.f_frontier) as n(node) where b.step = 0 or b.forward),
  d_to as (select n.node, b.t_depth as d from bidi b cross join unnest(b.t_frontier) as n(node) where b.step = 0 or not b.forward),
  best as (
    select min(df.d + dt.d) as len, (select max(b.f_depth) from bidi b) as a, (select max(b.t_depth) from bidi b) as b
      from d_from df join d_to dt on dt.node = df.node
  ),
  found_edges as (
    select distinct k.ekey collate "C" as ekey,
           split_part(k.ekey, E'\\x01', 1) collate "default" as kind,
           split_part(k.ekey, E'\\x01', 2) collate "default" as src,
           split_part(k.ekey, E'\\x01', 3) collate "default" as dst,
           nullif(substr(split_part(k.ekey, E'\\x01', 4), 2), '') collate "default" as role
      from bidi b cross join unnest(b.ekeys) as k(ekey)
  ),
  steps as (
    select f.ekey, f.src as a, f.dst as b from found_edges f
    union all
    select f.ekey, f.dst, f.src from found_edges f
  ),
  positions as (
    select coalesce(df.node, dt.node) as node, coalesce(df.d, best.len - dt.d) as pos
      from d_from df
      full join d_to dt on dt.node = df.node
      cross join best
     where best.len is not null
       and case
             when df.d is not null and dt.d is not null then df.d + dt.d = best.len
             when df.d is not null then df.d < best.a
             else dt.d < best.b
           end
  ),
  /* the steps that advance one position: the edges of every shortest path (and a few dead ends) */
  on_path as materialized (
    select s.ekey, s.a, s.b
      from steps s
      join positions pa on pa.node = s.a
      join positions pb on pb.node = s.b
     where pb.pos = pa.pos + 1
  ),
  paths(node, nodes, ekeys) as (
    select :fromNode::text, array[:fromNode::text], array[]::text[] collate "C" from best where best.len is not null
    union all
    select x.b, x.nodes, x.ekeys from (
      select o.b, p.nodes || o.b as nodes, p.ekeys || o.ekey as ekeys,
             row_number() over (partition by o.b order by p.nodes, p.ekeys, o.ekey) as rn
        from paths p join on_path o on o.a = p.node
    ) x
     where x.rn <= 10
  ),
  found as (
    select p.nodes, p.ekeys from paths p where p.node = :toNode::text order by p.nodes, p.ekeys limit 10
  )
select
  ends.has_from, ends.has_to,
  coalesce((select json_agg(json_build_object('nodes', f.nodes, 'ekeys', f.ekeys) order by f.nodes, f.ekeys) from found f), '[]'::json) as paths,
  coalesce((select json_agg(json_build_object('node', i.node, 'kind', i.kind, 'label', i.label, 'slug', i.slug, 'code', i.code, 'distance', 0))
              from ${nodeInfo('(select array_agg(distinct n.node) from found f cross join unnest(f.nodes) as n(node))')} i), '[]'::json) as nodes,
  coalesce((select json_agg(json_build_object('ekey', e.ekey, 'kind', e.kind, 'src', e.src, 'dst', e.dst, 'role', e.role))
              from found_edges e where e.ekey in (select unnest(f.ekeys) from found f)), '[]'::json) as edges
  from ends`;
}

const PATH_SQL = pathSql();

export interface GraphNode {
  id: string;
  /** "Type:key", as in the SQL graph. */
  ref: string;
  kind: NetworkNodeKind;
  label: string;
  slug: string | null;
  code: string | null;
  distance: number;
}

export interface GraphEdge {
  key: string;
  kind: NetworkEdgeKind;
  from: string;
  to: string;
  fromRef: string;
  toRef: string;
  role: string | null;
}

interface SqlNode {
  node: string;
  kind: NetworkNodeKind;
  label: string;
  slug: string | null;
  code: string | null;
  distance: number;
}

interface SqlEdge {
  ekey?: string;
  kind: NetworkEdgeKind;
  src: string;
  dst: string;
  role: string | null;
}

/** "Organisation:12" → its global id. */
export function globalIdOfRef(ref: string): string {
  const sep = ref.indexOf(':');
  return toGlobalId(ref.slice(0, sep) as NodeType, ref.slice(sep + 1));
}

/** The graph's name of a record: "Type:key" (the same text a global id encodes). */
export function refOf(type: NodeType, key: string): string {
  return `${type}:${key}`;
}

function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

function toNode(n: SqlNode): GraphNode {
  return { id: globalIdOfRef(n.node), ref: n.node, kind: n.kind, label: n.label, slug: n.slug, code: n.code, distance: Number(n.distance) };
}

function toEdge(e: SqlEdge): GraphEdge {
  return {
    key: `${e.kind}:${e.src}>${e.dst}${e.role ? `:${e.role}` : ''}`,
    kind: e.kind,
    from: globalIdOfRef(e.src),
    to: globalIdOfRef(e.dst),
    fromRef: e.src,
    toRef: e.dst,
    role: e.role,
  };
}

export interface NetworkParams {
  center: string;
  depth: number;
  limit: number;
  nodeKinds: readonly NetworkNodeKind[] | null;
  edgeKinds: readonly NetworkEdgeKind[] | null;
}

/** The neighbourhood of a node in one statement; null when the centre does not exist. */
export async function networkAround(
  em: EntityManager,
  p: NetworkParams,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; total: number } | null> {
  const center = typedKey(p.center);
  if (!center) return null;
  const sql = networkSql(p.depth, p.nodeKinds, p.edgeKinds);
  const [row] = await em.getConnection().execute<{ total: number; nodes: SqlNode[] | string; edges: SqlEdge[] | string }[]>(sql, {
    ...center,
    limit: p.limit,
  });
  if (!row || Number(row.total) === 0) return null;
  return { total: Number(row.total), nodes: json(row.nodes).map(toNode), edges: json(row.edges).map(toEdge) };
}

export interface FoundPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** One row of the path query: whether each end exists, the paths found, and their nodes and edges. */
type PathRow = {
  has_from: boolean;
  has_to: boolean;
  paths: { nodes: string[]; ekeys: string[] }[] | string;
  nodes: SqlNode[] | string;
  edges: SqlEdge[] | string;
};

/** All shortest paths (at most 10) between two nodes, in one statement. */
export async function shortestPaths(
  em: EntityManager,
  fromRef: string,
  toRef: string,
  maxLength: number,
): Promise<{ hasFrom: boolean; hasTo: boolean; paths: FoundPath[] }> {
  const [row] = await em.getConnection().execute<PathRow[]>(PATH_SQL, { fromNode: fromRef, toNode: toRef, maxLength });
  if (!row) return { hasFrom: false, hasTo: false, paths: [] };
  const nodes = new Map(json(row.nodes).map((n) => [n.node, toNode(n)]));
  const edges = new Map(json(row.edges).map((e) => [e.ekey!, toEdge(e)]));
  const paths = json(row.paths).map((p) => ({
    nodes: p.nodes.map((ref, i) => ({ ...nodes.get(ref)!, distance: i })),
    edges: p.ekeys.map((key) => edges.get(key)!),
  }));
  return { hasFrom: Boolean(row.has_from), hasTo: Boolean(row.has_to), paths };
}
