import { NETWORK_EDGE_KINDS, type NetworkEdgeKind, type NetworkNodeKind } from './network.type.js';

// Building blocks for walking the graph level by level in SQL. A set of nodes is a relation of typed
// keys (t, id, code): t is one letter per node kind, id the integer key (organisations, partnerships,
// projects, events) and code the text key (regions). Sets are compared, merged and subtracted as such
// rows (integers hash and compare far faster than "Type:key" texts); the texts are built only for the
// nodes and edges a query returns.

/** The letter of each node kind in a typed key. */
export const KIND_LETTER: Record<NetworkNodeKind, string> = {
  ORGANISATION: 'O',
  PARTNERSHIP: 'S',
  PROJECT: 'J',
  REGION: 'R',
  EVENT: 'E',
};

/** The typed key of a "Type:key" graph name, or null for a type the network does not hold. */
export function typedKey(ref: string): { t: string; id: number | null; code: string | null } | null {
  const sep = ref.indexOf(':');
  const type = ref.slice(0, sep);
  const key = ref.slice(sep + 1);
  const letter = { Organisation: 'O', Partnership: 'S', Project: 'J', Region: 'R', Event: 'E' }[type];
  if (!letter) return null;
  return letter === 'R' ? { t: letter, id: null, code: key } : { t: letter, id: Number(key), code: null };
}

/** One row of key arrays per kind (org, ps, pj, rg, ev) for the typed keys in `set` (a CTE or subquery). */
export function keyArrays(set: string): string {
  const ints = (t: string, name: string) => `coalesce(array_agg(s.id) filter (where s.t = '${t}'), '{}') as ${name}`;
  return `select ${ints('O', 'org')}, ${ints('S', 'ps')}, ${ints('J', 'pj')},
                 coalesce(array_agg(s.code) filter (where s.t = 'R'), '{}') as rg, ${ints('E', 'ev')}
            from ${set} s`;
}

/**
 * The edge kinds a walk follows: fixed in the SQL text (the path walk follows every kind), or 'bound':
 * read per execution from one boolean parameter per kind (:edge_MEMBER_OF, ...; see kindParams), so
 * that one statement text, planned once per connection, serves every choice of kinds. A condition on
 * parameters alone is a one-time filter in PostgreSQL: the branch of a kind not followed is not run.
 */
export type EdgeChoice = ReadonlySet<NetworkEdgeKind> | 'bound';
/** The node kinds (letters) a walk reaches: fixed in the SQL text, or 'bound' (:node_O, ...; see kindParams). */
export type NodeChoice = ReadonlySet<string> | 'bound';

/** The parameters of a 'bound' choice: whether each edge kind is followed and each node kind reached. */
export function kindParams(edges: ReadonlySet<NetworkEdgeKind>, nodes: ReadonlySet<string>): Record<string, boolean> {
  return {
    ...Object.fromEntries(NETWORK_EDGE_KINDS.map((k) => [`edge_${k}`, edges.has(k)])),
    ...Object.fromEntries(Object.values(KIND_LETTER).map((l) => [`node_${l}`, nodes.has(l)])),
  };
}

/** A condition in a branch: true (none needed), false (the branch is left out) or SQL. */
type Cond = boolean | string;

/** ` and <cond>`, or nothing for a condition that always holds. */
function andCond(c: string | true): string {
  return c === true ? '' : ` and ${c}`;
}

function edgeCond(kinds: EdgeChoice, kind: NetworkEdgeKind): Cond {
  return kinds === 'bound' ? `:edge_${kind}::boolean` : kinds.has(kind);
}

/** Any of the edge kinds is followed. */
function anyEdge(kinds: EdgeChoice, of: readonly NetworkEdgeKind[]): Cond {
  return kinds === 'bound' ? `(${of.map((k) => edgeCond(kinds, k)).join(' or ')})` : of.some((k) => kinds.has(k));
}

/** A node whose kind letter is `t` (an SQL text expression), one of `letters`, is reached. */
function nodeCond(to: NodeChoice, t: string, letters: string): Cond {
  if (to === 'bound') {
    if (letters.length === 1) return `:node_${letters}::boolean`;
    return `case ${t} ${[...letters].map((l) => `when '${l}' then :node_${l}::boolean`).join(' ')} end`;
  }
  const kept = [...letters].filter((l) => to.has(l));
  if (!kept.length) return false;
  return kept.length < letters.length ? `${t} in (${kept.map((l) => `'${l}'`).join(', ')})` : true;
}

/**
 * Participant rows by role are edges of different kinds: a project participant is PARTICIPATES_IN,
 * FUNDS or OWNS, an event participant VISITED or TOOK_PART_IN. `when`: each kind's role condition, in
 * order, the last one the rest (roles are never null).
 */
const PP_ROLES: [NetworkEdgeKind, string][] = [
  ['FUNDS', `pp.role = 'FUNDER'`],
  ['OWNS', `pp.role = 'OWNER'`],
  ['PARTICIPATES_IN', `pp.role not in ('FUNDER', 'OWNER')`],
];
const EP_ROLES: [NetworkEdgeKind, string][] = [
  ['VISITED', `ep.role = 'VISITED'`],
  ['TOOK_PART_IN', `ep.role <> 'VISITED'`],
];

/** The participant rows of the kinds followed: false when none is, true when all are. */
function roleFilter(roles: [NetworkEdgeKind, string][], kinds: EdgeChoice): Cond {
  if (kinds === 'bound') {
    const cases = roles.slice(0, -1).map(([k, c]) => `when ${c} then ${edgeCond(kinds, k)}`);
    return `${anyEdge(
      kinds,
      roles.map(([k]) => k),
    )} and (case ${cases.join(' ')} else ${edgeCond(kinds, roles.at(-1)![0])} end)`;
  }
  const conds = roles.filter(([k]) => kinds.has(k)).map(([, c]) => c);
  if (!conds.length) return false;
  return conds.length === roles.length ? true : `(${conds.join(' or ')})`;
}

/** One end of an edge in a branch: its kind letter (an SQL text expression) and its key expressions. */
interface End {
  t: string;
  id: string;
  code: string;
}
const intEnd = (letter: string, id: string): End => ({ t: `'${letter}'`, id, code: 'null' });
const regionEnd = (code: string): End => ({ t: `'R'`, id: 'null', code });
/** A participant: an organisation or a partnership (exactly one of the two is set). */
const partyEnd = (org: string, ps: string): End => ({
  t: `case when ${org} is not null then 'O' else 'S' end`,
  id: `coalesce(${org}, ${ps})`,
  code: 'null',
});

/**
 * The edges of the given kinds with one end in the key arrays `k` (a one-row CTE from keyArrays), as
 * rows (t, id, code) of the other end, with repeats, limited to the node kinds in `to`; with
 * `withSource`, also (ft, fid, fcode) of the end in `k`. Each branch is one relation looked up from one
 * end by index.
 */
export function neighbours(k: string, kinds: EdgeChoice, to: NodeChoice, withSource = false): string {
  const out: string[] = [];
  /**
   * `edge`: whether the branch's edges are followed; `letters`: the kinds the other end can be; `rest`:
   * the rest of the statement after the select list, up to its where clause.
   */
  const add = (edge: Cond, letters: string, from: End, other: End, rest: string) => {
    const only = nodeCond(to, other.t, letters);
    if (edge === false || only === false) return;
    const source = withSource ? `, ${from.t}, ${from.id}, ${from.code}` : '';
    out.push(`select ${other.t}, ${other.id}, ${other.code}${source} ${rest}${andCond(edge)}${andCond(only)}`);
  };
  const K = `${k} k`;
  const member = edgeCond(kinds, 'MEMBER_OF');
  if (member !== false) {
    const org = intEnd('O', 'ms.organisation_id');
    const ps = intEnd('S', 'ms.partnership_id');
    add(member, 'S', org, ps, `from membership ms, ${K} where ms.organisation_id = any(k.org)`);
    add(member, 'O', ps, org, `from membership ms, ${K} where ms.partnership_id = any(k.ps)`);
  }
  const coordinates = edgeCond(kinds, 'COORDINATES');
  if (coordinates !== false) {
    const org = intEnd('O', 'ps.coordinator_id');
    const ps = intEnd('S', 'ps.id');
    add(coordinates, 'S', org, ps, `from partnership ps, ${K} where ps.coordinator_id = any(k.org)`);
    add(coordinates, 'O', ps, org, `from partnership ps, ${K} where ps.id = any(k.ps) and ps.coordinator_id is not null`);
  }
  const pp = roleFilter(PP_ROLES, kinds);
  if (pp !== false) {
    const pj = intEnd('J', 'pp.project_id');
    add(pp, 'J', intEnd('O', 'pp.organisation_id'), pj, `from project_participant pp, ${K} where pp.organisation_id = any(k.org)`);
    add(pp, 'J', intEnd('S', 'pp.partnership_id'), pj, `from project_participant pp, ${K} where pp.partnership_id = any(k.ps)`);
    add(
      pp,
      'OS',
      pj,
      partyEnd('pp.organisation_id', 'pp.partnership_id'),
      `from project_participant pp, ${K} where pp.project_id = any(k.pj)`,
    );
  }
  const funds = edgeCond(kinds, 'FUNDS');
  if (funds !== false) {
    // funding_project.funder_id is the funding's funder (kept equal by triggers): no lookup per funding
    const org = intEnd('O', 'fp.funder_id');
    const pj = intEnd('J', 'fp.project_id');
    add(funds, 'J', org, pj, `from funding_project fp, ${K} where fp.funder_id = any(k.org)`);
    add(funds, 'O', pj, org, `from funding_project fp, ${K} where fp.project_id = any(k.pj) and fp.funder_id is not null`);
  }
  const owns = edgeCond(kinds, 'OWNS');
  if (owns !== false) {
    const org = intEnd('O', 'pj.owner_id');
    const pj = intEnd('J', 'pj.id');
    add(owns, 'J', org, pj, `from project pj, ${K} where pj.owner_id = any(k.org)`);
    add(owns, 'O', pj, org, `from project pj, ${K} where pj.id = any(k.pj) and pj.owner_id is not null`);
  }
  const located = edgeCond(kinds, 'LOCATED_IN');
  if (located !== false) {
    const orgRegion = regionEnd('coalesce(o.region_code, m.region_code)');
    add(
      located,
      'R',
      intEnd('O', 'o.id'),
      orgRegion,
      `from organisation o left join municipality m on m.code = o.municipality_code, ${K}
        where o.id = any(k.org) and coalesce(o.region_code, m.region_code) is not null`,
    );
    add(located, 'O', regionEnd('o.region_code'), intEnd('O', 'o.id'), `from organisation o, ${K} where o.region_code = any(k.rg)`);
    add(
      located,
      'O',
      regionEnd('m.region_code'),
      intEnd('O', 'o.id'),
      `from municipality m join organisation o on o.municipality_code = m.code, ${K} where m.region_code = any(k.rg) and o.region_code is null`,
    );
    add(
      located,
      'R',
      intEnd('S', 'ps.id'),
      regionEnd('ps.region_code'),
      `from partnership ps, ${K} where ps.id = any(k.ps) and ps.region_code is not null`,
    );
    add(located, 'S', regionEnd('ps.region_code'), intEnd('S', 'ps.id'), `from partnership ps, ${K} where ps.region_code = any(k.rg)`);
    add(
      located,
      'R',
      intEnd('J', 'pr.project_id'),
      regionEnd('pr.region_code'),
      `from project_region pr, ${K} where pr.project_id = any(k.pj)`,
    );
    add(
      located,
      'R',
      intEnd('J', 'pm.project_id'),
      regionEnd('m.region_code'),
      `from project_municipality pm join municipality m on m.code = pm.municipality_code, ${K} where pm.project_id = any(k.pj)`,
    );
    add(
      located,
      'J',
      regionEnd('pr.region_code'),
      intEnd('J', 'pr.project_id'),
      `from project_region pr, ${K} where pr.region_code = any(k.rg)`,
    );
    add(
      located,
      'J',
      regionEnd('m.region_code'),
      intEnd('J', 'pm.project_id'),
      `from municipality m join project_municipality pm on pm.municipality_code = m.code, ${K} where m.region_code = any(k.rg)`,
    );
    add(
      located,
      'R',
      intEnd('E', 'e.id'),
      regionEnd('coalesce(e.region_code, m.region_code)'),
      `from event e left join municipality m on m.code = e.municipality_code, ${K}
        where e.id = any(k.ev) and coalesce(e.region_code, m.region_code) is not null`,
    );
    add(located, 'E', regionEnd('e.region_code'), intEnd('E', 'e.id'), `from event e, ${K} where e.region_code = any(k.rg)`);
    add(
      located,
      'E',
      regionEnd('m.region_code'),
      intEnd('E', 'e.id'),
      `from event e join municipality m on m.code = e.municipality_code, ${K} where e.region_code is null and m.region_code = any(k.rg)`,
    );
  }
  const ep = roleFilter(EP_ROLES, kinds);
  if (ep !== false) {
    const event = intEnd('E', 'ep.event_id');
    add(
      ep,
      'OS',
      event,
      partyEnd('ep.organisation_id', 'ep.partnership_id'),
      `from event_participant ep, ${K} where ep.event_id = any(k.ev)`,
    );
    add(ep, 'E', intEnd('O', 'ep.organisation_id'), event, `from event_participant ep, ${K} where ep.organisation_id = any(k.org)`);
    add(ep, 'E', intEnd('S', 'ep.partnership_id'), event, `from event_participant ep, ${K} where ep.partnership_id = any(k.ps)`);
  }
  const partOf = edgeCond(kinds, 'PART_OF');
  if (partOf !== false) {
    add(
      partOf,
      'J',
      intEnd('E', 'e.id'),
      intEnd('J', 'e.project_id'),
      `from event e, ${K} where e.id = any(k.ev) and e.project_id is not null`,
    );
    add(partOf, 'E', intEnd('J', 'e.project_id'), intEnd('E', 'e.id'), `from event e, ${K} where e.project_id = any(k.pj)`);
  }
  const columns = withSource ? 't, id, code, ft, fid, fcode' : 't, id, code';
  if (!out.length) {
    const empty = withSource ? ', null::text as ft, null::int as fid, null::text as fcode' : '';
    return `select null::text as t, null::int as id, null::text as code${empty} where false`;
  }
  return `select ${columns
    .split(', ')
    .map((c) => `n.${c}`)
    .join(', ')} from (
      ${out.join('\n      union all\n      ')}
    ) as n(${columns})`;
}

/**
 * kind, kind_order, label, slug, code and the "Type:key" name of the typed keys in `set` (columns t,
 * id, code and any others, carried as `r.*`), for the keys that name a record.
 */
export function labelled(set: string): string {
  return `
    select r.*, 'Organisation:' || o.id as node, 'ORGANISATION' as kind, 1 as kind_order, o.name::text as label, o.slug::text as slug, null::text as node_code
      from ${set} r join organisation o on o.id = r.id where r.t = 'O'
    union all
    select r.*, 'Partnership:' || ps.id, 'PARTNERSHIP', 2, ps.name, ps.slug, null from ${set} r join partnership ps on ps.id = r.id where r.t = 'S'
    union all
    select r.*, 'Project:' || pj.id, 'PROJECT', 3, pj.name, pj.slug, null from ${set} r join project pj on pj.id = r.id where r.t = 'J'
    union all
    select r.*, 'Region:' || rg.code, 'REGION', 4, rg.name, null, rg.code from ${set} r join region rg on rg.code = r.code where r.t = 'R'
    union all
    select r.*, 'Event:' || e.id, 'EVENT', 5, e.name, e.key, null from ${set} r join event e on e.id = r.id where r.t = 'E'`;
}

/**
 * Every edge (kind, src, dst, role: the API's texts) of the given kinds with both ends in the key arrays
 * `k`, each once. Both ends are conditions, so each relation can be read from whichever end is cheaper.
 */
export function edgesAmong(k: string, kinds: EdgeChoice): string {
  const out: string[] = [];
  /** Branches (each ending in its where clause) of edges followed when `edge` holds. */
  const add = (edge: Cond, ...branches: string[]) => {
    if (edge !== false) out.push(...branches.map((b) => `${b}${andCond(edge)}`));
  };
  add(
    edgeCond(kinds, 'MEMBER_OF'),
    `select 'MEMBER_OF', 'Organisation:' || ms.organisation_id, 'Partnership:' || ms.partnership_id, ms.role::text
                from membership ms, ${k} k where ms.organisation_id = any(k.org) and ms.partnership_id = any(k.ps)`,
  );
  add(
    edgeCond(kinds, 'COORDINATES'),
    `select 'COORDINATES', 'Organisation:' || ps.coordinator_id, 'Partnership:' || ps.id, null
                from partnership ps, ${k} k where ps.id = any(k.ps) and ps.coordinator_id = any(k.org)`,
  );
  add(
    roleFilter(PP_ROLES, kinds),
    `select case pp.role when 'FUNDER' then 'FUNDS' when 'OWNER' then 'OWNS' else 'PARTICIPATES_IN' end,
                     coalesce('Organisation:' || pp.organisation_id, 'Partnership:' || pp.partnership_id), 'Project:' || pp.project_id,
                     case when pp.role in ('FUNDER', 'OWNER') then null else pp.role end
                from project_participant pp, ${k} k
               where pp.project_id = any(k.pj) and (pp.organisation_id = any(k.org) or pp.partnership_id = any(k.ps))`,
  );
  add(
    edgeCond(kinds, 'FUNDS'),
    `select 'FUNDS', 'Organisation:' || fp.funder_id, 'Project:' || fp.project_id, null
                from funding_project fp, ${k} k where fp.project_id = any(k.pj) and fp.funder_id = any(k.org)`,
  );
  add(
    edgeCond(kinds, 'OWNS'),
    `select 'OWNS', 'Organisation:' || pj.owner_id, 'Project:' || pj.id, null from project pj, ${k} k where pj.id = any(k.pj) and pj.owner_id = any(k.org)`,
  );
  add(
    edgeCond(kinds, 'LOCATED_IN'),
    `select 'LOCATED_IN', 'Organisation:' || o.id, 'Region:' || coalesce(o.region_code, m.region_code), null
         from organisation o left join municipality m on m.code = o.municipality_code, ${k} k
        where o.id = any(k.org) and coalesce(o.region_code, m.region_code) = any(k.rg)`,
    `select 'LOCATED_IN', 'Partnership:' || ps.id, 'Region:' || ps.region_code, null from partnership ps, ${k} k where ps.id = any(k.ps) and ps.region_code = any(k.rg)`,
    `select 'LOCATED_IN', 'Project:' || pr.project_id, 'Region:' || pr.region_code, null
         from project_region pr, ${k} k where pr.project_id = any(k.pj) and pr.region_code = any(k.rg)`,
    `select 'LOCATED_IN', 'Project:' || pm.project_id, 'Region:' || m.region_code, null
         from project_municipality pm join municipality m on m.code = pm.municipality_code, ${k} k where pm.project_id = any(k.pj) and m.region_code = any(k.rg)`,
    `select 'LOCATED_IN', 'Event:' || e.id, 'Region:' || coalesce(e.region_code, m.region_code), null
         from event e left join municipality m on m.code = e.municipality_code, ${k} k
        where e.id = any(k.ev) and coalesce(e.region_code, m.region_code) = any(k.rg)`,
  );
  add(
    roleFilter(EP_ROLES, kinds),
    `select case ep.role when 'VISITED' then 'VISITED' else 'TOOK_PART_IN' end,
                     case ep.role when 'VISITED' then 'Event:' || ep.event_id else coalesce('Organisation:' || ep.organisation_id, 'Partnership:' || ep.partnership_id) end,
                     case ep.role when 'VISITED' then coalesce('Organisation:' || ep.organisation_id, 'Partnership:' || ep.partnership_id) else 'Event:' || ep.event_id end,
                     ep.role::text
                from event_participant ep, ${k} k where ep.event_id = any(k.ev) and (ep.organisation_id = any(k.org) or ep.partnership_id = any(k.ps))`,
  );
  add(
    edgeCond(kinds, 'PART_OF'),
    `select 'PART_OF', 'Event:' || e.id, 'Project:' || e.project_id, null from event e, ${k} k where e.id = any(k.ev) and e.project_id = any(k.pj)`,
  );
  if (!out.length) return `select null::text as kind, null::text as src, null::text as dst, null::text as role where false`;
  return `select distinct t.kind, t.src, t.dst, t.role from (
      ${out.join('\n      union all\n      ')}
    ) as t(kind, src, dst, role)`;
}
