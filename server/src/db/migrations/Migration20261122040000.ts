import { Migration } from '@mikro-orm/migrations';

/** The tables whose changes mark summary units stale, and the statements each one's trigger fires on. */
const TRIGGERED: [table: string, events: ('insert' | 'update' | 'delete')[]][] = [
  ['funding', ['update']],
  ['funding_project', ['insert', 'update', 'delete']],
  ['project', ['update']],
  ['project_region', ['insert', 'update', 'delete']],
  ['project_municipality', ['insert', 'update', 'delete']],
  ['municipality', ['update']],
  ['outcome', ['insert', 'update', 'delete']],
  ['organisation', ['insert', 'update', 'delete']],
  ['partnership', ['update', 'delete']],
  ['membership', ['insert', 'update', 'delete']],
  ['partnership_size', ['insert', 'update', 'delete']],
];

const REFERENCING = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
};

/** Fundings per bucket of the FUNDING units: FUNDING_BUCKET_SIZE in comparison.sql.ts. */
const FUNDING_BUCKET_SIZE = 8192;

/**
 * Marks the units (part, scope) for the scopes in the text[] expression stale, creating the missing
 * ones. The upsert locks each unit's row until the transaction ends (also when it is stale already),
 * so a recomputation elsewhere waits for this change to commit and then sees it. Sorted, so that two
 * writers lock in the same order.
 */
const mark = (part: string, scopes: string) => `
      insert into comparison_summary (part, scope, stale)
      select '${part}', s.scope, true
        from (select distinct u.scope from unnest(${scopes}) as u(scope) where u.scope is not null) s
       order by s.scope
          on conflict (part, scope) do update set stale = true where not comparison_summary.stale;`;

/** The buckets of the fundings in the int[] expression are stale. */
const markFundings = (fundingIds: string) => mark('FUNDING', `array(select (u.id / ${FUNDING_BUCKET_SIZE})::text from unnest(${fundingIds}) as u(id))`);

/** The regions the projects of the int[] expression work in, directly or through a municipality. */
const regionsOf = (projectIds: string) => `array(
        select pr.region_code::text from project_region pr where pr.project_id = any(${projectIds})
        union
        select m.region_code::text from project_municipality pm join municipality m on m.code = pm.municipality_code
         where pm.project_id = any(${projectIds}))`;

/**
 * Locks the rows of `table` with the ids of the int[] expression until the transaction ends, in id
 * order (row locks: a bulk load may lock every project). Which units a change touches can depend on
 * other rows (a project's places and fundings, a partnership's region): a trigger that reads them,
 * and every change of them, takes the record's lock first, so of two concurrent writes the second sees
 * what the first committed (READ COMMITTED: each statement of the trigger function reads anew).
 */
const lock = (table: 'project' | 'partnership', ids: string) => `
      perform 1 from ${table} where id = any(${ids}) order by id for no key update;`;

/** Projects whose places changed: the buckets of their fundings (presence, shared flag), their regions and `regions`. */
const markPlaces = (projectIds: string, regions: string) =>
  lock('project', projectIds) +
  markFundings(`array(select distinct fp.funding_id from funding_project fp where fp.project_id = any(${projectIds}))`) +
  mark('PROJECTS', `${regions} || ${regionsOf(projectIds)}`);

/** The trigger function of a table (a trigger function: MikroORM manages it with its triggers, not as a routine). */
const fn = (table: string, body: string, declare = '') => `create function comparison_summary_on_${table}() returns trigger language plpgsql as $$
    ${declare ? `declare ${declare}\n    ` : ''}begin${body}
      return null;
    end $$;`;

/**
 * The stored region comparison summary (modules/comparison): whole-period figures per funding bucket
 * (FUNDING, for every region at once; FUNDING_TOTAL adds them up per region) and per region (PROJECTS
 * with the outcome sums, ENTERPRISES, PARTNERSHIPS), so that comparing regions over a period that
 * filters nothing reads about ten rows per region instead of summing a million fundings.
 *
 * Statement-level triggers mark the units a change touches stale, in the change's transaction, and
 * keep them locked until it commits; the server recomputes stale units before a write commits and at
 * start-up. Every unit of the data already here starts stale. (TRUNCATE is not covered.)
 */
export class Migration20261122040000 extends Migration {

  override name = 'Migration20261122040000';

  override up(): void | Promise<void> {
    this.addSql(`create table "comparison_summary" ("part" text not null, "scope" varchar(16) not null, "stale" boolean not null default true, "computed_by" varchar(64) null, "computed_at" timestamptz null, primary key ("part", "scope"));`);
    this.addSql(`alter table "comparison_summary" add constraint "comparison_summary_part_check" check ("part" in ('FUNDING', 'FUNDING_TOTAL', 'PROJECTS', 'ENTERPRISES', 'PARTNERSHIPS'));`);

    this.addSql(`create table "comparison_summary_figure" ("part" text not null, "scope" varchar(16) not null, "region_code" varchar(8) not null, "figure" varchar(40) not null, "bucket" int not null default 0, "value" numeric null, "n" int not null, "n_without" int not null, "approx" boolean not null, "shared" boolean not null, "comparisons" text[] null, "ids" text[] not null, "detail" text null, "latest_start_year" int null, "earliest_end_year" int null, primary key ("part", "scope", "region_code", "figure"));`);
    this.addSql(`create index "comparison_summary_figure_region_index" on "comparison_summary_figure" ("region_code", "part");`);
    this.addSql(`alter table "comparison_summary_figure" add constraint "comparison_summary_figure_part_check" check ("part" in ('FUNDING', 'FUNDING_TOTAL', 'PROJECTS', 'ENTERPRISES', 'PARTNERSHIPS'));`);

    // --- one trigger function per table (see the SQL builders above) ------------------------------
    this.addSql(fn('funding', `
      ${markFundings(`array(
        select n.id from new_rows n join old_rows o on o.id = n.id
         where (n.amount, n.comparison, n.approximate, n.year_from, n.year_to)
               is distinct from (o.amount, o.comparison, o.approximate, o.year_from, o.year_to))`)}`));
    // A link changes the places its funding reaches: the project is locked against a change of its places.
    this.addSql(fn('funding_project', `
      if tg_op = 'INSERT' then
        select array_agg(project_id), array_agg(funding_id) into projects, fundings from new_rows;
      elsif tg_op = 'DELETE' then
        select array_agg(project_id), array_agg(funding_id) into projects, fundings from old_rows;
      else
        select array_agg(r.project_id), array_agg(r.funding_id) into projects, fundings
          from (select project_id, funding_id from new_rows union all select project_id, funding_id from old_rows) r;
      end if;
      ${lock('project', 'projects')}
      ${markFundings('fundings')}`, 'projects int[]; fundings int[];'));
    this.addSql(fn('project', `
      projects := array(
        select n.id from new_rows n join old_rows o on o.id = n.id
         where (n.start_date, n.end_date) is distinct from (o.start_date, o.end_date));
      ${lock('project', 'projects')}
      ${mark('PROJECTS', regionsOf('projects'))}`, 'projects int[];'));
    this.addSql(fn('project_region', `
      if tg_op = 'INSERT' then
        select array_agg(distinct project_id), array_agg(distinct region_code::text) into projects, regions from new_rows;
      elsif tg_op = 'DELETE' then
        select array_agg(distinct project_id), array_agg(distinct region_code::text) into projects, regions from old_rows;
      else
        select array_agg(distinct r.project_id), array_agg(distinct r.region_code::text) into projects, regions
          from (select project_id, region_code from new_rows union all select project_id, region_code from old_rows) r;
      end if;
      ${markPlaces('projects', 'regions')}`, 'projects int[]; regions text[];'));
    this.addSql(fn('project_municipality', `
      if tg_op = 'INSERT' then
        select array_agg(distinct r.project_id), array_agg(distinct m.region_code::text) into projects, regions
          from new_rows r left join municipality m on m.code = r.municipality_code;
      elsif tg_op = 'DELETE' then
        select array_agg(distinct r.project_id), array_agg(distinct m.region_code::text) into projects, regions
          from old_rows r left join municipality m on m.code = r.municipality_code;
      else
        select array_agg(distinct r.project_id), array_agg(distinct m.region_code::text) into projects, regions
          from (select project_id, municipality_code from new_rows union all select project_id, municipality_code from old_rows) r
          left join municipality m on m.code = r.municipality_code;
      end if;
      ${markPlaces('projects', 'regions')}`, 'projects int[]; regions text[];'));
    this.addSql(fn('municipality', `
      select array_agg(n.code::text), array_agg(n.region_code::text) || array_agg(o.region_code::text) into moved, regions
        from new_rows n join old_rows o on o.code = n.code
       where n.region_code is distinct from o.region_code;
      if moved is not null then
        projects := array(select distinct pm.project_id from project_municipality pm where pm.municipality_code = any(moved));
        ${markPlaces('projects', 'regions')}
        ${mark('ENTERPRISES', 'regions')}
      end if;`, 'moved text[]; regions text[]; projects int[];'));
    this.addSql(fn('outcome', `
      if tg_op = 'INSERT' then
        projects := array(select distinct project_id from new_rows);
      elsif tg_op = 'DELETE' then
        projects := array(select distinct project_id from old_rows);
      else
        projects := array(select project_id from new_rows union select project_id from old_rows);
      end if;
      ${lock('project', 'projects')}
      ${mark('PROJECTS', regionsOf('projects'))}`, 'projects int[];'));
    // Social enterprises count where they are located: their region and their municipality's region.
    this.addSql(fn('organisation', `
      if tg_op = 'INSERT' then
        regions := array(
          select p.region_code from new_rows n left join municipality m on m.code = n.municipality_code
           cross join lateral (values (n.region_code::text), (m.region_code::text)) as p(region_code)
           where n.kind = 'SOCIAL_ENTERPRISE');
      elsif tg_op = 'DELETE' then
        regions := array(
          select p.region_code from old_rows o left join municipality m on m.code = o.municipality_code
           cross join lateral (values (o.region_code::text), (m.region_code::text)) as p(region_code)
           where o.kind = 'SOCIAL_ENTERPRISE');
      else
        regions := array(
          select p.region_code from new_rows n join old_rows o on o.id = n.id
            left join municipality nm on nm.code = n.municipality_code
            left join municipality om on om.code = o.municipality_code
           cross join lateral (values (n.kind, n.region_code::text), (n.kind, nm.region_code::text),
                                      (o.kind, o.region_code::text), (o.kind, om.region_code::text)) as p(kind, region_code)
           where p.kind = 'SOCIAL_ENTERPRISE'
             and (n.kind, n.region_code, n.municipality_code) is distinct from (o.kind, o.region_code, o.municipality_code));
      end if;
      ${mark('ENTERPRISES', 'regions')}`, 'regions text[];'));
    // A deleted partnership's memberships and sizes go with it (cascade): its region is marked here.
    this.addSql(fn('partnership', `
      if tg_op = 'DELETE' then
        partnerships := array(select id from old_rows);
        regions := array(select region_code::text from old_rows);
      else
        partnerships := array(
          select n.id from new_rows n join old_rows o on o.id = n.id where (n.name, n.region_code) is distinct from (o.name, o.region_code));
        regions := array(
          select p.region_code from new_rows n join old_rows o on o.id = n.id
           cross join lateral (values (n.region_code::text), (o.region_code::text)) as p(region_code)
           where n.id = any(partnerships));
      end if;
      ${lock('partnership', 'partnerships')}
      ${mark('PARTNERSHIPS', 'regions')}`, 'partnerships int[]; regions text[];'));
    for (const table of ['membership', 'partnership_size']) {
      this.addSql(fn(table, `
      if tg_op = 'INSERT' then
        partnerships := array(select distinct partnership_id from new_rows);
      elsif tg_op = 'DELETE' then
        partnerships := array(select distinct partnership_id from old_rows);
      else
        partnerships := array(select partnership_id from new_rows union select partnership_id from old_rows);
      end if;
      ${lock('partnership', 'partnerships')}
      ${mark('PARTNERSHIPS', 'array(select ps.region_code::text from partnership ps where ps.id = any(partnerships))')}`, 'partnerships int[];'));
    }

    // --- the triggers (declared on the entities through comparisonSummaryTriggers()) ---------------
    for (const [table, events] of TRIGGERED) {
      for (const event of events) {
        this.addSql(`create trigger "${table}_comparison_summary_${event}" after ${event} on "${table}" referencing ${REFERENCING[event]} for each statement execute function comparison_summary_on_${table}();`);
      }
    }

    // --- the data already here: every unit stale ----------------------------------------------------
    this.addSql(`insert into comparison_summary (part, scope, stale)
      select 'FUNDING', b.bucket::text, true from (select distinct funding_id / ${FUNDING_BUCKET_SIZE} as bucket from funding_project) b
      union all
      select p.part, r.code, true from region r cross join (values ('PROJECTS'), ('ENTERPRISES'), ('PARTNERSHIPS')) as p(part);`);
  }

  override down(): void | Promise<void> {
    for (const [table, events] of TRIGGERED) {
      for (const event of events) this.addSql(`drop trigger if exists "${table}_comparison_summary_${event}" on "${table}";`);
      this.addSql(`drop function if exists comparison_summary_on_${table}();`);
    }
    this.addSql(`drop table if exists "comparison_summary_figure" cascade;`);
    this.addSql(`drop table if exists "comparison_summary" cascade;`);
  }

}
