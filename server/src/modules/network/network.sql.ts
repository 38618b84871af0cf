import type { NetworkEdgeKind, NetworkNodeKind } from './network.type.js';

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

/** Participant roles per edge kind (a participant row is PARTICIPATES_IN, FUNDS or OWNS by its role). */
const PP_ROLES: Partial<Record<NetworkEdgeKind, string>> = {
  PARTICIPATES_IN: `pp.role not in ('FUNDER', 'OWNER')`,
  FUNDS: `pp.role = 'FUNDER'`,
  OWNS: `pp.role = 'OWNER'`,
};
const EP_ROLES: Partial<Record<NetworkEdgeKind, string>> = {
  VISITED: `ep.role = 'VISITED'`,
  TOOK_PART_IN: `ep.role <> 'VISITED'`,
};

function roleFilter(roles: Partial<Record<NetworkEdgeKind, string>>, kinds: ReadonlySet<NetworkEdgeKind>): string | null {
  const conds = Object.entries(roles)
    .filter(([k]) => kinds.has(k as NetworkEdgeKind))
    .map(([, c]) => c);
  if (!conds.length) return null;
  return conds.length === Object.keys(roles).length ? '' : ` and (${conds.join(' or ')})`;
}

/**
 * The other ends (t, id, code) of every edge of the given kinds with one end in the key arrays `k` (a
 * one-row CTE from keyArrays), with repeats, limited to the node kinds in `to`. Each branch is one
 * relation looked up from one end by index.
 */
export function neighbours(k: string, kinds: ReadonlySet<NetworkEdgeKind>, to: ReadonlySet<string>): string {
  const out: string[] = [];
  const add = (t: string, sql: string) => {
    if (to.has(t)) out.push(sql);
  };
  const party = (org: string, ps: string) => {
    // participant rows name an organisation or a partnership
    if (to.has('O') && to.has('S')) return `case when ${org} is not null then 'O' else 'S' end, coalesce(${org}, ${ps})`;
    return null;
  };
  const partyFrom = (from: string, org: string, ps: string, where: string) => {
    const both = party(org, ps);
    if (both) out.push(`select ${both}, null::text from ${from} where ${where}`);
    else if (to.has('O')) out.push(`select 'O', ${org}, null::text from ${from} where ${where} and ${org} is not null`);
    else if (to.has('S')) out.push(`select 'S', ${ps}, null::text from ${from} where ${where} and ${ps} is not null`);
  };
  if (kinds.has('MEMBER_OF')) {
    add('S', `select 'S', ms.partnership_id, null from membership ms, ${k} k where ms.organisation_id = any(k.org)`);
    add('O', `select 'O', ms.organisation_id, null from membership ms, ${k} k where ms.partnership_id = any(k.ps)`);
  }
  if (kinds.has('COORDINATES')) {
    add('S', `select 'S', ps.id, null from partnership ps, ${k} k where ps.coordinator_id = any(k.org)`);
    add('O', `select 'O', ps.coordinator_id, null from partnership ps, ${k} k where ps.id = any(k.ps) and ps.coordinator_id is not null`);
  }
  const pp = roleFilter(PP_ROLES, kinds);
  if (pp !== null) {
    add('J', `select 'J', pp.project_id, null from project_participant pp, ${k} k where pp.organisation_id = any(k.org)${pp}`);
    add('J', `select 'J', pp.project_id, null from project_participant pp, ${k} k where pp.partnership_id = any(k.ps)${pp}`);
    partyFrom(`project_participant pp, ${k} k`, 'pp.organisation_id', 'pp.partnership_id', `pp.project_id = any(k.pj)${pp}`);
  }
  if (kinds.has('FUNDS')) {
    add(
      'J',
      `select 'J', fp.project_id, null from funding f join funding_project fp on fp.funding_id = f.id, ${k} k where f.funder_id = any(k.org)`,
    );
    add(
      'O',
      `select 'O', f.funder_id, null from funding_project fp join funding f on f.id = fp.funding_id, ${k} k
        where fp.project_id = any(k.pj) and f.funder_id is not null`,
    );
  }
  if (kinds.has('OWNS')) {
    add('J', `select 'J', pj.id, null from project pj, ${k} k where pj.owner_id = any(k.org)`);
    add('O', `select 'O', pj.owner_id, null from project pj, ${k} k where pj.id = any(k.pj) and pj.owner_id is not null`);
  }
  if (kinds.has('LOCATED_IN')) {
    add(
      'R',
      `select 'R', null, coalesce(o.region_code, m.region_code) from organisation o left join municipality m on m.code = o.municipality_code, ${k} k
        where o.id = any(k.org) and coalesce(o.region_code, m.region_code) is not null`,
    );
    add('O', `select 'O', o.id, null from organisation o, ${k} k where o.region_code = any(k.rg)`);
    add(
      'O',
      `select 'O', o.id, null from municipality m join organisation o on o.municipality_code = m.code, ${k} k
        where m.region_code = any(k.rg) and o.region_code is null`,
    );
    add('R', `select 'R', null, ps.region_code from partnership ps, ${k} k where ps.id = any(k.ps) and ps.region_code is not null`);
    add('S', `select 'S', ps.id, null from partnership ps, ${k} k where ps.region_code = any(k.rg)`);
    add('R', `select 'R', null, pr.region_code from project_region pr, ${k} k where pr.project_id = any(k.pj)`);
    add(
      'R',
      `select 'R', null, m.region_code from project_municipality pm join municipality m on m.code = pm.municipality_code, ${k} k
        where pm.project_id = any(k.pj)`,
    );
    add('J', `select 'J', pr.project_id, null from project_region pr, ${k} k where pr.region_code = any(k.rg)`);
    add(
      'J',
      `select 'J', pm.project_id, null from municipality m join project_municipality pm on pm.municipality_code = m.code, ${k} k
        where m.region_code = any(k.rg)`,
    );
    add(
      'R',
      `select 'R', null, coalesce(e.region_code, m.region_code) from event e left join municipality m on m.code = e.municipality_code, ${k} k
        where e.id = any(k.ev) and coalesce(e.region_code, m.region_code) is not null`,
    );
    add('E', `select 'E', e.id, null from event e, ${k} k where e.region_code = any(k.rg)`);
    add(
      'E',
      `select 'E', e.id, null from event e join municipality m on m.code = e.municipality_code, ${k} k
        where e.region_code is null and m.region_code = any(k.rg)`,
    );
  }
  const ep = roleFilter(EP_ROLES, kinds);
  if (ep !== null) {
    partyFrom(`event_participant ep, ${k} k`, 'ep.organisation_id', 'ep.partnership_id', `ep.event_id = any(k.ev)${ep}`);
    add('E', `select 'E', ep.event_id, null from event_participant ep, ${k} k where ep.organisation_id = any(k.org)${ep}`);
    add('E', `select 'E', ep.event_id, null from event_participant ep, ${k} k where ep.partnership_id = any(k.ps)${ep}`);
  }
  if (kinds.has('PART_OF')) {
    add('J', `select 'J', e.project_id, null from event e, ${k} k where e.id = any(k.ev) and e.project_id is not null`);
    add('E', `select 'E', e.id, null from event e, ${k} k where e.project_id = any(k.pj)`);
  }
  if (!out.length) return `select null::text as t, null::int as id, null::text as code where false`;
  return `select n.t, n.id, n.code from (
      ${out.join('\n      union all\n      ')}
    ) as n(t, id, code)`;
}

/** "Type:key" of a typed key row `r`. */
export function refText(r: string): string {
  return `case ${r}.t when 'O' then 'Organisation:' || ${r}.id when 'S' then 'Partnership:' || ${r}.id when 'J' then 'Project:' || ${r}.id
                    when 'R' then 'Region:' || ${r}.code else 'Event:' || ${r}.id end`;
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
export function edgesAmong(k: string, kinds: ReadonlySet<NetworkEdgeKind>): string {
  const out: string[] = [];
  const has = (x: NetworkEdgeKind) => kinds.has(x);
  if (has('MEMBER_OF'))
    out.push(`select 'MEMBER_OF', 'Organisation:' || ms.organisation_id, 'Partnership:' || ms.partnership_id, ms.role::text
                from membership ms, ${k} k where ms.organisation_id = any(k.org) and ms.partnership_id = any(k.ps)`);
  if (has('COORDINATES'))
    out.push(`select 'COORDINATES', 'Organisation:' || ps.coordinator_id, 'Partnership:' || ps.id, null
                from partnership ps, ${k} k where ps.id = any(k.ps) and ps.coordinator_id = any(k.org)`);
  const pp = roleFilter(PP_ROLES, kinds);
  if (pp !== null)
    out.push(`select case pp.role when 'FUNDER' then 'FUNDS' when 'OWNER' then 'OWNS' else 'PARTICIPATES_IN' end,
                     coalesce('Organisation:' || pp.organisation_id, 'Partnership:' || pp.partnership_id), 'Project:' || pp.project_id,
                     case when pp.role in ('FUNDER', 'OWNER') then null else pp.role end
                from project_participant pp, ${k} k
               where pp.project_id = any(k.pj) and (pp.organisation_id = any(k.org) or pp.partnership_id = any(k.ps))${pp}`);
  if (has('FUNDS'))
    out.push(`select 'FUNDS', 'Organisation:' || f.funder_id, 'Project:' || fp.project_id, null
                from funding_project fp join funding f on f.id = fp.funding_id, ${k} k where fp.project_id = any(k.pj) and f.funder_id = any(k.org)`);
  if (has('OWNS'))
    out.push(
      `select 'OWNS', 'Organisation:' || pj.owner_id, 'Project:' || pj.id, null from project pj, ${k} k where pj.id = any(k.pj) and pj.owner_id = any(k.org)`,
    );
  if (has('LOCATED_IN')) {
    out.push(
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
  }
  const ep = roleFilter(EP_ROLES, kinds);
  if (ep !== null)
    out.push(`select case ep.role when 'VISITED' then 'VISITED' else 'TOOK_PART_IN' end,
                     case ep.role when 'VISITED' then 'Event:' || ep.event_id else coalesce('Organisation:' || ep.organisation_id, 'Partnership:' || ep.partnership_id) end,
                     case ep.role when 'VISITED' then coalesce('Organisation:' || ep.organisation_id, 'Partnership:' || ep.partnership_id) else 'Event:' || ep.event_id end,
                     ep.role::text
                from event_participant ep, ${k} k where ep.event_id = any(k.ev) and (ep.organisation_id = any(k.org) or ep.partnership_id = any(k.ps))${ep}`);
  if (has('PART_OF'))
    out.push(
      `select 'PART_OF', 'Event:' || e.id, 'Project:' || e.project_id, null from event e, ${k} k where e.id = any(k.ev) and e.project_id = any(k.pj)`,
    );
  if (!out.length) return `select null::text as kind, null::text as src, null::text as dst, null::text as role where false`;
  return `select distinct t.kind, t.src, t.dst, t.role from (
      ${out.join('\n      union all\n      ')}
    ) as t(kind, src, dst, role)`;
}
