import type { EntityManager } from '@mikro-orm/sql';
import { readRows } from '../../db/read-sql.js';
import { toGlobalId, type NodeType } from '../../common/ids.js';
import { edgesAmong, KIND_LETTER, keyArrays, kindParams, labelled, neighbours, typedKey } from './network.sql.js';
import { NETWORK_EDGE_KINDS, type NetworkEdgeKind, type NetworkNodeKind } from './network.type.js';

// The graph lives in SQL. Nodes are named "Type:key" (the text a global id encodes); walks work on typed
// keys (network.sql.ts): one level of a breadth-first walk is one set of index lookups over every
// relation from the keys of the level before. JavaScript only shapes the rows and words the hops.

/** The keys, per type, of the nodes in `nodes` (an SQL expression of type text[]). */
function keysOf(nodes: string): string {
  const ints = (type: string, name: string) =>
    `coalesce(array_agg(split_part(n.node, ':', 2)::int) filter (where split_part(n.node, ':', 1) = '${type}'), '{}') as ${name}`;
  return `select ${ints('Organisation', 'org')}, ${ints('Partnership', 'ps')}, ${ints('Project', 'pj')},
                 coalesce(array_agg(split_part(n.node, ':', 2)) filter (where split_part(n.node, ':', 1) = 'Region'), '{}') as rg,
                 ${ints('Event', 'ev')}
            from unnest(${nodes}) as n(node)`;
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
 * fills the limit; the edges returned are those among the nodes kept. The kinds of edges followed and
 * of nodes reached are parameters (kindParams): the text depends on the depth only, so each of the
 * three is prepared and planned once per connection (readRows).
 */
function networkSql(depth: number): string {
  const levels = [`l0 as materialized (select :t::text as t, :id::int as id, :code::text as code where ${NODE_EXISTS})`];
  const seen = ['select t, id, code from l0'];
  for (let d = 1; d <= depth; d++) {
    levels.push(`k${d - 1} as (${keyArrays(`l${d - 1}`)})`);
    levels.push(`l${d} as materialized ((${neighbours(`k${d - 1}`, 'bound', 'bound')}) except (${seen.join(' union all ')}))`);
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
  picked_edges as (${edgesAmong('pk', 'bound')})
select
  (select count(*) from reached)::int as total,
  coalesce((select json_agg(json_build_object('node', p.node, 'kind', p.kind, 'label', p.label, 'slug', p.slug, 'code', p.node_code, 'distance', p.distance)
                           order by p.distance, p.kind_order, p.label, p.node)
              from picked p), '[]'::json) as nodes,
  coalesce((select json_agg(json_build_object('kind', e.kind, 'src', e.src, 'dst', e.dst, 'role', e.role) order by e.kind, e.src, e.dst, e.role)
              from picked_edges e), '[]'::json) as edges`;
}

/** The network statement of each depth (1–3). */
const NETWORK_SQL = [1, 2, 3].map(networkSql);

/** Sorts like (kind, src, dst, role nulls last) as one text, compared bytewise: paths order by their edges this way. */
const EDGE_SORT_KEY = `(e.kind || E'\\x01' || e.src || E'\\x01' || e.dst || E'\\x01' || coalesce(E'\\x02' || e.role, E'\\x03')) collate "C"`;

/** A typed key as one short text ('O12', 'R18'): the walk keeps its sets of nodes as arrays of these. */
const ENC = (r: string) => `${r}.t || coalesce(${r}.id::text, ${r}.code)`;
const DECODE = (keys: string) => `(
      select left(u.x, 1) as t, case when left(u.x, 1) <> 'R' then substr(u.x, 2)::int end as id,
             case when left(u.x, 1) = 'R' then substr(u.x, 2) end as code
        from unnest(${keys}) as u(x))`;
/** The "Type:key" name of a typed key text ('O12' → 'Organisation:12'). */
const REF_OF = (x: string) =>
  `(case left(${x}, 1) when 'O' then 'Organisation:' when 'S' then 'Partnership:' when 'J' then 'Project:' when 'R' then 'Region:' else 'Event:' end
     || substr(${x}, 2))`;

/**
 * All shortest paths (at most 10) in one statement: the node sequences, with every edge among their nodes.
 *
 * 1. A bidirectional breadth-first walk (one recursive CTE, one row per step) expands, each step, the
 *    smaller frontier of the two ends (index lookups from typed key arrays), and stops as soon as they
 *    meet or maxLength is used up. Every node reached gets its exact distance from the start (df) or
 *    to the end (dt); when the walks meet after a steps from the start and b from the end, the
 *    shortest length is a + b = min(df + dt).
 * 2. A node on a shortest path stands at position df = length - dt; nodes reached by one walk only
 *    stand where the other walk could not reach (df < a, or dt < b).
 * 3. Each step keeps the edges by which it reached its new nodes (on the last step only the nodes
 *    where the walks meet are kept): every step of a shortest path is one of them.
 * 4. Of those steps, the ones that advance one position and lead on to the end (walked back from it)
 *    are kept. Node sequences are built from the start over them, keeping the 10 first sequences in
 *    order of their nodes at each step: every one of them reaches the end, and a sequence comes before
 *    another exactly when its start does, so the 10 first paths start with the 10 first sequences.
 * The caller spells each sequence out over the edges between its nodes.
 */
function pathSql(): string {
  const side = (forward: string, back: string) => `case when g.forward then ${forward} else ${back} end`;
  return `
with recursive
  ends as (
    select exists (select 1 from ${nodeInfo('array[:fromNode::text]')} i) as has_from,
           exists (select 1 from ${nodeInfo('array[:toNode::text]')} i) as has_to
  ),
  bidi(step, forward, f_frontier, f_seen, f_depth, t_frontier, t_seen, t_depth, pairs, met) as (
    select 0, null::boolean, array[:fromKey::text], array[:fromKey::text], 0, array[:toKey::text], array[:toKey::text], 0,
           '{}'::text[], :fromKey::text = :toKey::text
      from ends where ends.has_from and ends.has_to
    union all
    select w.step + 1, g.forward,
           ${side('nx.nodes', 'w.f_frontier')}, ${side('w.f_seen || nx.nodes', 'w.f_seen')}, w.f_depth + ${side('1', '0')},
           ${side('w.t_frontier', 'nx.nodes')}, ${side('w.t_seen', 'w.t_seen || nx.nodes')}, w.t_depth + ${side('0', '1')},
           nx.pairs, nx.met
      from bidi w
      cross join lateral (
        select cardinality(w.f_frontier) <= cardinality(w.t_frontier) as forward,
               w.f_depth + w.t_depth + 1 = :maxLength::int as last
      ) g
      cross join lateral (
        with k as (${keyArrays(DECODE(side('w.f_frontier', 'w.t_frontier')))}),
             touching as materialized (
               select ${ENC('n')} as node, n.ft || coalesce(n.fid::text, n.fcode) as src
                 from (${neighbours('k', ALL_EDGE_KINDS, ALL_LETTERS, true)}) n
             ),
             fresh as materialized (select t.node from touching t except select unnest(${side('w.f_seen', 'w.t_seen')})),
             /*
              * on the last step only the nodes where the walks meet can be on a path: those of the other
              * walk's frontier (none of them was reached by this walk, or the walks would have met before)
              */
             kept as materialized (
               select f.node from fresh f where not g.last
               union all
               select distinct t.node from touching t join unnest(${side('w.t_frontier', 'w.f_frontier')}) as o(node) on o.node = t.node where g.last
             )
        select coalesce((select array_agg(f.node) from kept f), '{}') as nodes,
               /* the edges to the new nodes: the steps of the shortest paths are among them */
               coalesce((select array_agg(distinct t.src || '>' || t.node) from touching t join kept f on f.node = t.node), '{}') as pairs,
               exists (select 1 from kept f join unnest(${side('w.t_seen', 'w.f_seen')}) as o(node) on o.node = f.node) as met
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
  positions as materialized (
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
  /* the steps of the shortest paths (typed key texts), from the lower position to the higher */
  on_path as materialized (
    select case when pb.pos > pa.pos then e.x else e.y end as a,
           case when pb.pos > pa.pos then e.y else e.x end as b
      from (select split_part(p.pair, '>', 1) as x, split_part(p.pair, '>', 2) as y from bidi b cross join unnest(b.pairs) as p(pair)) e
      join positions pa on pa.node = e.x
      join positions pb on pb.node = e.y
     where abs(pb.pos - pa.pos) = 1
  ),
  /* the nodes from which those steps lead on to the end */
  alive(node) as (
    select :toKey::text from best where best.len is not null
    union
    select o.a from alive v join on_path o on o.b = v.node
  ),
  live_steps as materialized (select o.a, o.b from on_path o join alive v on v.node = o.b),
  /*
   * node: the typed key text of the last node; nodes: the "Type:key" names, which the order is by. A
   * step found by both walks is in live_steps twice: each sequence is kept once.
   */
  paths(node, nodes) as (
    select :fromKey::text, array[:fromNode::text] from best where best.len is not null
    union all
    select x.b, x.nodes from (
      select y.b, y.nodes, row_number() over (order by y.nodes) as rn
        from (select distinct o.b, p.nodes || ${REF_OF('o.b')} as nodes from paths p join live_steps o on o.a = p.node) y
    ) x
     where x.rn <= 10
  ),
  found as (select p.nodes from paths p where p.node = :toKey::text order by p.nodes limit 10),
  found_nodes as (select distinct unnest(f.nodes) as node from found f),
  fk as (${keyArrays(`(select case split_part(f.node, ':', 1) when 'Organisation' then 'O' when 'Partnership' then 'S' when 'Project' then 'J'
                                   when 'Region' then 'R' else 'E' end as t,
                              case when split_part(f.node, ':', 1) <> 'Region' then split_part(f.node, ':', 2)::int end as id,
                              case when split_part(f.node, ':', 1) = 'Region' then split_part(f.node, ':', 2) end as code
                         from found_nodes f)`)})
select
  ends.has_from, ends.has_to,
  coalesce((select json_agg(f.nodes order by f.nodes) from found f), '[]'::json) as paths,
  coalesce((select json_agg(json_build_object('node', i.node, 'kind', i.kind, 'label', i.label, 'slug', i.slug, 'code', i.code, 'distance', 0))
              from ${nodeInfo('(select array_agg(f.node) from found_nodes f)')} i), '[]'::json) as nodes,
  coalesce((select json_agg(json_build_object('ekey', ${EDGE_SORT_KEY}, 'kind', e.kind, 'src', e.src, 'dst', e.dst, 'role', e.role))
              from (${edgesAmong('fk', ALL_EDGE_KINDS)}) e), '[]'::json) as edges
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
  const sql = NETWORK_SQL[p.depth - 1];
  if (!sql) throw new Error(`network depth ${p.depth} is not 1–3`);
  const [row] = await readRows<{ total: number; nodes: SqlNode[] | string; edges: SqlEdge[] | string }>(em, sql, {
    ...center,
    limit: p.limit,
    ...kindParams(
      p.edgeKinds?.length ? new Set(p.edgeKinds) : ALL_EDGE_KINDS,
      p.nodeKinds?.length ? new Set(p.nodeKinds.map((k) => KIND_LETTER[k])) : ALL_LETTERS,
    ),
  });
  if (!row || Number(row.total) === 0) return null;
  return { total: Number(row.total), nodes: json(row.nodes).map(toNode), edges: json(row.edges).map(toEdge) };
}

export interface FoundPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** One row of the path query: whether each end exists, the node sequences found, their nodes and the edges among them. */
type PathRow = {
  has_from: boolean;
  has_to: boolean;
  paths: string[][] | string;
  nodes: SqlNode[] | string;
  edges: SqlEdge[] | string;
};

const MAX_PATHS = 10;

/**
 * The paths over the node sequences (in their order), each sequence spelled out over every edge
 * joining its consecutive nodes, ordered by their edges' sort keys: at most MAX_PATHS.
 */
function spellOut(sequences: string[][], edges: SqlEdge[]): { nodes: string[]; ekeys: string[] }[] {
  const between = new Map<string, string[]>();
  for (const e of [...edges].sort((x, y) => (x.ekey! < y.ekey! ? -1 : x.ekey! > y.ekey! ? 1 : 0))) {
    for (const pair of [`${e.src}\n${e.dst}`, `${e.dst}\n${e.src}`]) {
      const list = between.get(pair) ?? [];
      list.push(e.ekey!);
      between.set(pair, list);
    }
  }
  const out: { nodes: string[]; ekeys: string[] }[] = [];
  for (const nodes of sequences) {
    const hops = nodes.slice(1).map((node, i) => between.get(`${nodes[i]}\n${node}`) ?? []);
    const walk = (i: number, ekeys: string[]) => {
      if (out.length >= MAX_PATHS) return;
      if (i === hops.length) {
        out.push({ nodes, ekeys });
        return;
      }
      for (const ekey of hops[i]!) walk(i + 1, [...ekeys, ekey]);
    };
    walk(0, []);
    if (out.length >= MAX_PATHS) break;
  }
  return out;
}

/** All shortest paths (at most 10) between two nodes, in one statement. */
export async function shortestPaths(
  em: EntityManager,
  fromRef: string,
  toRef: string,
  maxLength: number,
): Promise<{ hasFrom: boolean; hasTo: boolean; paths: FoundPath[] }> {
  const from = typedKey(fromRef);
  const to = typedKey(toRef);
  if (!from || !to) return { hasFrom: Boolean(from), hasTo: Boolean(to), paths: [] };
  const key = (k: { t: string; id: number | null; code: string | null }) => `${k.t}${k.id ?? k.code}`;
  const [row] = await readRows<PathRow>(em, PATH_SQL, {
    fromNode: fromRef,
    toNode: toRef,
    fromKey: key(from),
    toKey: key(to),
    maxLength,
  });
  if (!row) return { hasFrom: false, hasTo: false, paths: [] };
  const nodes = new Map(json(row.nodes).map((n) => [n.node, toNode(n)]));
  const sqlEdges = json(row.edges);
  const edges = new Map(sqlEdges.map((e) => [e.ekey!, toEdge(e)]));
  const paths = spellOut(json(row.paths), sqlEdges).map((p) => ({
    nodes: p.nodes.map((ref, i) => ({ ...nodes.get(ref)!, distance: i })),
    edges: p.ekeys.map((k) => edges.get(k)!),
  }));
  return { hasFrom: Boolean(row.has_from), hasTo: Boolean(row.has_to), paths };
}
