import type { EntityManager } from '@mikro-orm/sql';
import { containsPattern, searchKey } from '../../common/text.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Project } from '../project/project.entity.js';
import { Municipality, Region } from '../region/region.entity.js';
import type { SearchKind, SearchMatch } from './search.type.js';

// One statement ranks matches over every searchable table by their `search_key` (lowercase, diacritics
// folded, see common/text.ts): exact > prefix > word-prefix > contains, then kind, then name. The text
// is inlined as literals so the filter is pushed into each table's branch before its joins.
const SEARCH_SQL = `
with
  items as (
    select 'REGION' as kind, 1 as kind_order, r.code::text as key, r.name::text as title, r.search_key as sk,
           case when r.kind = 'COUNTY' then 'Län ' || r.code else concat_ws(', ', r.name_en, r.country) end as subtitle,
           null::text as slug, r.code::text as code
      from region r
    union all
    select 'MUNICIPALITY', 2, m.code, m.name, m.search_key, mr.name, null, m.code
      from municipality m join region mr on mr.code = m.region_code
    union all
    select 'ORGANISATION', 3, o.id::text, o.name, o.search_key,
           coalesce(nullif(concat_ws(', ', om.name, coalesce(orr.name, omr.name)), ''), o.country),
           o.slug, null
      from organisation o
      left join region orr on orr.code = o.region_code
      left join municipality om on om.code = o.municipality_code
      left join region omr on omr.code = om.region_code
    union all
    select 'PARTNERSHIP', 4, ps.id::text, ps.name, ps.search_key, pr.name, ps.slug, null
      from partnership ps left join region pr on pr.code = ps.region_code
    union all
    select 'PROJECT', 5, pj.id::text, pj.name, pj.search_key,
           case
             when extract(year from pj.start_date) = extract(year from pj.end_date) then extract(year from pj.start_date)::int::text
             else nullif(concat_ws('–', extract(year from pj.start_date)::int, extract(year from pj.end_date)::int), '')
           end,
           pj.slug, null
      from project pj
  ),
  ranked as (
    select i.*,
           case
             when i.sk = :exact::text then 'EXACT'
             when i.sk like :prefix::text then 'PREFIX'
             when i.sk ~ :wordStart::text then 'WORD_PREFIX'
             else 'CONTAINS'
           end as match
      from items i
     where i.sk like :contains::text
  )
select r.kind, r.key, r.title, r.subtitle, r.slug, r.code, r.match, count(*) over ()::int as total
  from ranked r
 order by case r.match when 'EXACT' then 0 when 'PREFIX' then 1 when 'WORD_PREFIX' then 2 else 3 end,
          r.kind_order, r.sk, r.title, r.key
 limit :first::int`;

export interface SearchHit {
  kind: SearchKind;
  key: string;
  title: string;
  subtitle: string | null;
  slug: string | null;
  code: string | null;
  match: SearchMatch;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The best `first` matches and how many match in all (one statement). `folded` must not be empty. */
export async function searchRecords(em: EntityManager, text: string, first: number): Promise<{ hits: SearchHit[]; total: number }> {
  const folded = searchKey(text);
  const rows = await em.getConnection().execute<(SearchHit & { total: number })[]>(SEARCH_SQL, {
    exact: folded,
    prefix: `${likeEscape(folded)}%`,
    wordStart: `[^a-z0-9]${regexEscape(folded)}`,
    contains: containsPattern(text),
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
