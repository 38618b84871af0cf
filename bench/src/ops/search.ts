import { containsPattern, searchKey } from '../../../server/src/common/text.js';
import { gidOf } from './sql.js';
import type { Operation } from './types.js';

const likeEscape = (t: string) => t.replace(/[\\%_]/g, (c) => `\\${c}`);
const regexEscape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Site search over regions, municipalities, organisations, partnerships and projects, ranked. */
export const search: Operation = {
  id: 'search',
  title: 'Search',
  atlas: {
    operationName: 'BenchSearch',
    document: /* GraphQL */ `
      query BenchSearch($text: String!, $first: Int!) {
        search(text: $text, first: $first) {
          totalCount
          items {
            kind
            match
            title
            subtitle
            slug
            code
            node {
              __typename
              ... on Node {
                id
              }
            }
          }
        }
      }
    `,
    variables: (p) => ({ text: p.searchText, first: 20 }),
    smallPageVariables: (p) => ({ text: p.searchText, first: 2 }),
  },
  orderedPaths: ['search.items'],
  b2: {
    // Every searchable table in one ranked statement: exact > prefix > word prefix > contains, then kind, then name.
    sql: `
      with items as (
        select 'REGION' as kind, 1 as kind_order, 'Region' as type, r.code::text as key, r.name::text as title, r.search_key as sk,
               case when r.kind = 'COUNTY' then 'Län ' || r.code else concat_ws(', ', r.name_en, r.country) end as subtitle,
               null::text as slug, r.code::text as code
          from region r where r.search_key like $4
        union all
        select 'MUNICIPALITY', 2, 'Municipality', m.code, m.name, m.search_key, mr.name, null, m.code
          from municipality m join region mr on mr.code = m.region_code where m.search_key like $4
        union all
        select 'ORGANISATION', 3, 'Organisation', o.id::text, o.name, o.search_key,
               coalesce(nullif(concat_ws(', ', om.name, coalesce(orr.name, omr.name)), ''), o.country), o.slug, null
          from organisation o
          left join region orr on orr.code = o.region_code
          left join municipality om on om.code = o.municipality_code
          left join region omr on omr.code = om.region_code
         where o.search_key like $4
        union all
        select 'PARTNERSHIP', 4, 'Partnership', ps.id::text, ps.name, ps.search_key, pr.name, ps.slug, null
          from partnership ps left join region pr on pr.code = ps.region_code where ps.search_key like $4
        union all
        select 'PROJECT', 5, 'Project', pj.id::text, pj.name, pj.search_key,
               case
                 when extract(year from pj.start_date) = extract(year from pj.end_date) then extract(year from pj.start_date)::int::text
                 else nullif(concat_ws('–', extract(year from pj.start_date)::int, extract(year from pj.end_date)::int), '')
               end,
               pj.slug, null
          from project pj where pj.search_key like $4
      ),
      ranked as (
        select i.*, case when i.sk = $1 then 0 when i.sk like $2 then 1 when i.sk ~ $3 then 2 else 3 end as rank
          from items i
      ),
      top as (select r.*, count(*) over () as total from ranked r order by r.rank, r.kind_order, r.sk, r.title, r.key limit $5)
      select json_build_object('search', json_build_object(
        'totalCount', coalesce((select max(total) from top), 0),
        'items', coalesce((select json_agg(json_build_object(
            'kind', t.kind,
            'match', (array['EXACT', 'PREFIX', 'WORD_PREFIX', 'CONTAINS'])[t.rank + 1],
            'title', t.title,
            'subtitle', t.subtitle,
            'slug', t.slug,
            'code', t.code,
            'node', json_build_object('__typename', t.type, 'id', ${gidOf(`t.type || ':' || t.key`)})
          ) order by t.rank, t.kind_order, t.sk, t.title, t.key) from top t), '[]'::json)
      )) as data`,
    params: (v) => {
      const folded = searchKey(String(v.text));
      return [folded, `${likeEscape(folded)}%`, `[^a-z0-9]${regexEscape(folded)}`, containsPattern(String(v.text)), v.first];
    },
  },
  postgraphile: { unavailable: 'no text search: the amber preset filters by equality only' },
};
