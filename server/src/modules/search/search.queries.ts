import { readRows } from '../../db/read-sql.js';
import type { EntityManager } from '@mikro-orm/sql';
import { recordKey } from '../../common/graphql-types.js';
import { likeEscape } from '../../common/text.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Project } from '../project/project.entity.js';
import { Municipality, Region } from '../region/region.entity.js';
import type { SearchKind, SearchMatch } from './search.type.js';

// One statement ranks matches over every searchable table by their `search_key` (lowercase, diacritics
// folded, see common/text.ts): exact > prefix > word-prefix > contains, then kind, then name. Each table
// is filtered first (a trigram index serves `like '%text%'` on the large ones), the ranking and the count
// run over those narrow rows, and subtitles are joined for the `first` rows kept only.
const SEARCH_SQL = `
with
  matches as materialized (
    select 'REGION' as kind, 1 as kind_order, r.code::text as key, null::int as id, r.name::text as title, r.search_key as sk
      from region r where r.search_key like :contains::text
    union all
    select 'MUNICIPALITY', 2, m.code, null, m.name, m.search_key from municipality m where m.search_key like :contains::text
    union all
    select 'ORGANISATION', 3, o.id::text, o.id, o.name, o.search_key from organisation o where o.search_key like :contains::text
    union all
    select 'PARTNERSHIP', 4, ps.id::text, ps.id, ps.name, ps.search_key from partnership ps where ps.search_key like :contains::text
    union all
    select 'PROJECT', 5, pj.id::text, pj.id, pj.name, pj.search_key from project pj where pj.search_key like :contains::text
  ),
  top as (
    select m.*,
           case
             when m.sk = :exact::text then 0
             when m.sk like :prefix::text then 1
             when m.sk like :wordSpace::text or m.sk ~ :wordStart::text then 2
             else 3
           end as rank
      from matches m
     order by rank, m.kind_order, m.sk, m.title, m.key
     limit :first::int
  )
select t.kind, t.key, t.title, d.subtitle, d.slug, d.code,
       (array['EXACT', 'PREFIX', 'WORD_PREFIX', 'CONTAINS'])[t.rank + 1] as match,
       (select count(*) from matches)::int as total
  from top t
  cross join lateral (
    select case when r.kind = 'COUNTY' then 'Län ' || r.code else concat_ws(', ', r.name_en, r.country) end as subtitle,
           null::text as slug, r.code::text as code
      from region r where t.kind = 'REGION' and r.code = t.key
    union all
    select mr.name, null, m.code from municipality m join region mr on mr.code = m.region_code where t.kind = 'MUNICIPALITY' and m.code = t.key
    union all
    select coalesce(nullif(concat_ws(', ', om.name, coalesce(orr.name, omr.name)), ''), o.country), o.slug, null
      from organisation o
      left join region orr on orr.code = o.region_code
      left join municipality om on om.code = o.municipality_code
      left join region omr on omr.code = om.region_code
     where t.kind = 'ORGANISATION' and o.id = t.id
    union all
    select pr.name, ps.slug, null from partnership ps left join region pr on pr.code = ps.region_code where t.kind = 'PARTNERSHIP' and ps.id = t.id
    union all
    select case
             when extract(year from pj.start_date) = extract(year from pj.end_date) then extract(year from pj.start_date)::int::text
             else nullif(concat_ws('–', extract(year from pj.start_date)::int, extract(year from pj.end_date)::int), '')
           end,
           pj.slug, null
      from project pj where t.kind = 'PROJECT' and pj.id = t.id
  ) d
 order by t.rank, t.kind_order, t.sk, t.title, t.key`;

export interface SearchHit {
  kind: SearchKind;
  key: string;
  title: string;
  subtitle: string | null;
  slug: string | null;
  code: string | null;
  match: SearchMatch;
}

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The best `first` matches and how many match in all (one statement). `folded` (a `searchKey`) must not be empty. */
export async function searchRecords(em: EntityManager, folded: string, first: number): Promise<{ hits: SearchHit[]; total: number }> {
  const like = likeEscape(folded);
  const rows = await readRows<SearchHit & { total: number }>(em, SEARCH_SQL, {
    exact: folded,
    prefix: `${like}%`,
    wordSpace: `% ${like}%`,
    wordStart: `[^a-z0-9]${regexEscape(folded)}`,
    contains: `%${like}%`,
    first,
  });
  return { hits: rows.map(({ total: _total, ...hit }) => hit), total: Number(rows[0]?.total ?? 0) };
}

/** The records behind the hits: one query per kind present, in the order of the hits. */
export async function loadHitNodes(em: EntityManager, hits: readonly SearchHit[]): Promise<object[]> {
  const keys = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.key);
  const ids = (kind: SearchKind) => keys(kind).map(Number);
  const found = new Map<string, object>();
  const put = (kind: SearchKind, key: string | number, entity: object) => found.set(`${kind}:${key}`, entity);
  if (keys('REGION').length) for (const r of await em.find(Region, { code: { $in: keys('REGION') } })) put('REGION', r.code, r);
  if (keys('MUNICIPALITY').length)
    for (const m of await em.find(Municipality, { code: { $in: keys('MUNICIPALITY') } })) put('MUNICIPALITY', m.code, m);
  if (ids('ORGANISATION').length)
    for (const o of await em.find(Organisation, { id: { $in: ids('ORGANISATION') } })) put('ORGANISATION', o.id, o);
  if (ids('PARTNERSHIP').length)
    for (const p of await em.find(Partnership, { id: { $in: ids('PARTNERSHIP') } })) put('PARTNERSHIP', p.id, p);
  if (ids('PROJECT').length) for (const p of await em.find(Project, { id: { $in: ids('PROJECT') } })) put('PROJECT', p.id, p);
  return hits.map((h) => found.get(`${h.kind}:${h.key}`)!);
}

/**
 * The records behind the hits as their keys only (nothing loaded, no ORM reference), in the order of
 * the hits: enough for a result list that asks for `id` and `__typename` alone.
 */
export function hitReferences(hits: readonly SearchHit[]): object[] {
  return hits.map((h) => {
    switch (h.kind) {
      case 'REGION':
        return recordKey('Region', { code: h.key });
      case 'MUNICIPALITY':
        return recordKey('Municipality', { code: h.key });
      case 'ORGANISATION':
        return recordKey('Organisation', { id: Number(h.key) });
      case 'PARTNERSHIP':
        return recordKey('Partnership', { id: Number(h.key) });
      case 'PROJECT':
        return recordKey('Project', { id: Number(h.key) });
    }
  });
}
