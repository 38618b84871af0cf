import type { EntityManager } from '@mikro-orm/sql';
import { citationKey, PRELOADED_SOURCES } from '../../common/context.js';
import type { SelectionTree } from '../../common/lookahead.js';
import { readRows } from '../../db/read-sql.js';
import type { CitationSubject, ICitation } from '../source/source.entity.js';
import type { IProject } from './project.entity.js';

/**
 * The read model of the project pages: projects with everything the dashboard's Projects and
 * ProjectPage operations select, built by PostgreSQL as JSON in one prepared statement, instead of
 * the ORM loading each relation (a statement, a query build and an entity hydration per relation and
 * level: ~30 ms of server CPU per project page, measured).
 *
 * The objects it returns have the entities' property names, with relations as plain objects and
 * arrays, so the same field resolvers serve them (loadRef/loadMany/loadOne accept both); the sources
 * of every record in them travel with it (`PRELOADED_SOURCES`). It is used only when every
 * field the query selects is one it provides (`PROJECT_READ`); anything else takes the ORM path,
 * which gives the same answer (test/api/project-read.test.ts compares the two).
 */

/** Field name → `true` (any selection below it: a leaf or a value computed by a resolver) or the fields below it it provides. */
type Cover = { readonly [field: string]: Cover | true };

const SOURCE: Cover = {
  id: true,
  key: true,
  title: true,
  publisher: true,
  kind: true,
  published: true,
  publishedText: true,
  language: true,
  url: true,
  summary: true,
};
const SOURCES: Cover = { quote: true, source: SOURCE };
const ORGANISATION: Cover = { id: true, slug: true, name: true, kind: true };
const PARTNERSHIP: Cover = { id: true, slug: true, name: true };
const PROGRAMME: Cover = { id: true, slug: true, name: true };
const DATED = { start: true, end: true } as const;

const OUTCOME: Cover = {
  id: true,
  metric: true,
  kind: true,
  comparison: true,
  value: true,
  share: true,
  shareOf: true,
  note: true,
  sources: SOURCES,
};

export const PROJECT_READ: Cover = {
  id: true,
  slug: true,
  name: true,
  description: true,
  status: true,
  version: true,
  ...DATED,
  owner: ORGANISATION,
  phases: { id: true, position: true, name: true, description: true, durationMonths: true, ...DATED, sources: SOURCES },
  participants: { id: true, role: true, note: true, organisation: ORGANISATION, partnership: PARTNERSHIP, sources: SOURCES },
  regions: { code: true, name: true, kind: true },
  municipalities: { code: true, name: true },
  fundings: {
    id: true,
    key: true,
    money: true,
    amountStatus: true,
    comparison: true,
    approximate: true,
    yearFrom: true,
    yearTo: true,
    note: true,
    version: true,
    shared: true,
    funder: ORGANISATION,
    programme: PROGRAMME,
    projects: { id: true, slug: true, name: true },
    sources: SOURCES,
  },
  outcomes: OUTCOME,
  outcomeComparison: { metric: true, targets: OUTCOME, actuals: OUTCOME },
  events: { id: true, key: true, name: true, kind: true, place: true, ...DATED, sources: SOURCES },
  sources: SOURCES,
};

/** Whether the read model provides every field selected (`__typename` always). */
export function readModelCovers(selection: SelectionTree, cover: Cover = PROJECT_READ): boolean {
  for (const [name, below] of selection) {
    if (name === '__typename') continue;
    const c = cover[name];
    if (!c) return false;
    if (c !== true && !readModelCovers(below, c)) return false;
  }
  return true;
}

const orgJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'name', ${alias}.name, 'kind', ${alias}.kind)`;
const slugNameJson = (alias: string) => `json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'name', ${alias}.name)`;
const list = (select: string) => `coalesce((${select}), '[]'::json)`;

/** The project fields and relations to build for a selection (only what it asks for, so a list page reads less). */
function projectJson(sel: SelectionTree): string {
  const parts = [
    `'id', p.id, 'slug', p.slug, 'name', p.name, 'description', p.description, 'status', p.status, 'version', p.version`,
    `'startDate', p.start_date, 'startApproximate', p.start_approximate, 'endDate', p.end_date, 'endApproximate', p.end_approximate`,
  ];
  if (sel.has('owner')) parts.push(`'owner', (select ${orgJson('o')} from organisation o where o.id = p.owner_id)`);
  if (sel.has('phases')) {
    parts.push(
      `'phases', ${list(`select json_agg(json_build_object('id', ph.id, 'position', ph.position, 'name', ph.name,
      'description', ph.description, 'durationMonths', ph.duration_months, 'startDate', ph.start_date,
      'startApproximate', ph.start_approximate, 'endDate', ph.end_date, 'endApproximate', ph.end_approximate) order by ph.position, ph.id)
      from project_phase ph where ph.project_id = p.id`)}`,
    );
  }
  if (sel.has('participants')) {
    parts.push(
      `'participants', ${list(`select json_agg(json_build_object('id', pp.id, 'role', pp.role, 'note', pp.note,
      'organisation', (select ${orgJson('o')} from organisation o where o.id = pp.organisation_id),
      'partnership', (select ${slugNameJson('s')} from partnership s where s.id = pp.partnership_id)) order by pp.id)
      from project_participant pp where pp.project_id = p.id`)}`,
    );
  }
  if (sel.has('regions')) {
    parts.push(
      `'regionLinks', ${list(`select json_agg(json_build_object('region', json_build_object('code', r.code, 'name', r.name, 'kind', r.kind)) order by pr.id)
      from project_region pr join region r on r.code = pr.region_code where pr.project_id = p.id`)}`,
    );
  }
  if (sel.has('municipalities')) {
    parts.push(
      `'municipalityLinks', ${list(`select json_agg(json_build_object('municipality', json_build_object('code', m.code, 'name', m.name)) order by pm.id)
      from project_municipality pm join municipality m on m.code = pm.municipality_code where pm.project_id = p.id`)}`,
    );
  }
  const fundings = sel.get('fundings');
  if (fundings) {
    const f = [
      `'id', f.id, 'key', f.key, 'amount', f.amount::text, 'currency', f.currency, 'comparison', f.comparison, 'approximate', f.approximate`,
      `'yearFrom', f.year_from, 'yearTo', f.year_to, 'note', f.note, 'version', f.version`,
    ];
    if (fundings.has('shared')) f.push(`'projectCount', (select count(*) from funding_project x where x.funding_id = f.id)`);
    if (fundings.has('funder')) f.push(`'funder', (select ${orgJson('o')} from organisation o where o.id = f.funder_id)`);
    if (fundings.has('programme')) f.push(`'programme', (select ${slugNameJson('g')} from programme g where g.id = f.programme_id)`);
    if (fundings.has('projects')) {
      f.push(
        `'projects', ${list(`select json_agg(${slugNameJson('q')} order by q.id)
        from funding_project x join project q on q.id = x.project_id where x.funding_id = f.id`)}`,
      );
    }
    parts.push(
      `'fundings', ${list(`select json_agg(json_build_object(${f.join(', ')}) order by f.id)
      from funding_project fp join funding f on f.id = fp.funding_id where fp.project_id = p.id`)}`,
    );
  }
  if (sel.has('outcomes') || sel.has('outcomeComparison')) {
    parts.push(
      `'outcomes', ${list(`select json_agg(json_build_object('id', oc.id, 'metric', oc.metric, 'kind', oc.kind,
      'comparison', oc.comparison, 'value', oc.value::text, 'share', oc.share::text, 'shareOf', oc.share_of, 'note', oc.note) order by oc.id)
      from outcome oc where oc.project_id = p.id`)}`,
    );
  }
  if (sel.has('events')) {
    parts.push(
      `'events', ${list(`select json_agg(json_build_object('id', e.id, 'key', e.key, 'name', e.name, 'kind', e.kind,
      'place', e.place, 'startDate', e.start_date, 'endDate', e.end_date, 'dateApproximate', e.date_approximate) order by e.start_date, e.id)
      from event e where e.project_id = p.id`)}`,
    );
  }
  return `json_build_object(${parts.join(',\n    ')})`;
}

/** Subject types whose sources are selected, with the SQL that lists their ids for project `p`. */
function citedSubjects(sel: SelectionTree): [CitationSubject, string][] {
  const out: [CitationSubject, string][] = [];
  const wants = (field: string) => sel.get(field)?.has('sources') ?? false;
  if (sel.has('sources')) out.push(['Project', 'select p.id']);
  if (wants('phases')) out.push(['ProjectPhase', 'select id from project_phase where project_id = p.id']);
  if (wants('participants')) out.push(['ProjectParticipant', 'select id from project_participant where project_id = p.id']);
  if (wants('fundings')) out.push(['Funding', 'select funding_id from funding_project where project_id = p.id']);
  const comparison = sel.get('outcomeComparison');
  if (wants('outcomes') || comparison?.get('targets')?.has('sources') || comparison?.get('actuals')?.has('sources'))
    out.push(['Outcome', 'select id from outcome where project_id = p.id']);
  if (wants('events')) out.push(['Event', 'select id from event where project_id = p.id']);
  return out;
}

/** The columns (as JSON pairs) each Source field needs beyond its id and key. */
const SOURCE_JSON: Readonly<Record<string, string>> = {
  title: `'title', s.title`,
  publisher: `'publisher', s.publisher`,
  kind: `'kind', s.kind`,
  published: `'publishedOn', s.published_on, 'publishedApproximate', s.published_approximate`,
  publishedText: `'publishedText', s.published_text`,
  language: `'language', s.language`,
  url: `'url', s.url`,
  summary: `'summary', s.summary`,
};

/** The Source fields selected under any `sources` of the tree (a list page asks for the key alone, not the summaries). */
function sourceFields(sel: SelectionTree, out = new Set<string>()): Set<string> {
  for (const [name, below] of sel) {
    if (name === 'sources') for (const field of below.get('source')?.keys() ?? []) out.add(field);
    else sourceFields(below, out);
  }
  return out;
}

function citationsJson(subjects: [CitationSubject, string][], sel: SelectionTree): string {
  const branches = subjects.map(
    ([type, ids]) => `select c.id, c.subject_type, c.subject_id, c.quote, c.source_id from citation c
      where c.subject_type = '${type}' and c.subject_id in (select x::text from (${ids}) as t(x))`,
  );
  const source = [`'id', s.id, 'key', s.key`, ...[...sourceFields(sel)].flatMap((f) => SOURCE_JSON[f] ?? [])];
  return list(`select json_agg(json_build_object('id', c.id, 'subjectType', c.subject_type, 'subjectId', c.subject_id, 'quote', c.quote,
      'source', json_build_object(${source.join(', ')})) order by c.id)
    from (${branches.join('\n      union all\n      ')}) c join source s on s.id = c.source_id`);
}

function buildSql(sel: SelectionTree, by: 'ids' | 'slug'): string {
  const subjects = citedSubjects(sel);
  return `select ${projectJson(sel)} as project${subjects.length ? `,\n  ${citationsJson(subjects, sel)} as citations` : ''}
  from project p where ${by === 'ids' ? "p.id = any(string_to_array(:ids, ',')::int[])" : 'p.slug = :slug'}`;
}

/** The statement for a selection tree, built once per tree: lookahead returns the same tree object for the same query. */
const sqlOf = new WeakMap<SelectionTree, { ids?: string; slug?: string }>();
function readSql(sel: SelectionTree, by: 'ids' | 'slug'): string {
  let built = sqlOf.get(sel);
  if (!built) sqlOf.set(sel, (built = {}));
  return (built[by] ??= buildSql(sel, by));
}

interface Row {
  project: Record<string, unknown>;
  citations?: (Record<string, unknown> & { subjectType: CitationSubject; subjectId: string })[];
}

/** Gives every record whose sources the selection asks for its citations (none: an empty list). */
function attachCitations(sel: SelectionTree, rows: Row[]): void {
  const subjects = new Set(citedSubjects(sel).map(([t]) => t));
  if (!subjects.size) return;
  const byKey = new Map<string, ICitation[]>();
  for (const row of rows) {
    for (const c of row.citations ?? []) {
      const key = citationKey(c.subjectType, c.subjectId);
      const list = byKey.get(key);
      if (list) list.push(c as unknown as ICitation);
      else byKey.set(key, [c as unknown as ICitation]);
    }
  }
  const attach = (type: CitationSubject, record: { id: number }) => {
    if (subjects.has(type))
      (record as { [PRELOADED_SOURCES]?: ICitation[] })[PRELOADED_SOURCES] = byKey.get(citationKey(type, record.id)) ?? [];
  };
  for (const { project } of rows) {
    attach('Project', project as unknown as { id: number });
    for (const [field, type] of [
      ['phases', 'ProjectPhase'],
      ['participants', 'ProjectParticipant'],
      ['fundings', 'Funding'],
      ['outcomes', 'Outcome'],
      ['events', 'Event'],
    ] as const) {
      for (const item of (project[field] as { id: number }[] | undefined) ?? []) attach(type, item);
    }
  }
}

/**
 * Projects by id (in the order given; missing ids are left out) or one project by slug, as read-model
 * objects for `selection` (which `readModelCovers` must accept).
 */
export async function readProjects(
  em: EntityManager,
  selection: SelectionTree,
  by: { ids: number[] } | { slug: string },
): Promise<IProject[]> {
  const rows =
    'ids' in by
      ? by.ids.length
        ? await readRows<Row>(em, readSql(selection, 'ids'), { ids: by.ids.join(',') })
        : []
      : await readRows<Row>(em, readSql(selection, 'slug'), { slug: by.slug });
  attachCitations(selection, rows);
  const projects = rows.map((r) => r.project as unknown as IProject & { id: number });
  if (!('ids' in by)) return projects;
  const byId = new Map(projects.map((p) => [p.id, p]));
  return by.ids.map((id) => byId.get(id)).filter((p): p is IProject & { id: number } => p !== undefined);
}
