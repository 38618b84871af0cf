import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionComparisonRows, type RegionComparisonParams } from '../src/modules/comparison/comparison.queries.js';
import { FUNDING_BUCKET_SIZE } from '../src/modules/comparison/comparison.sql.js';
import { refreshComparisonSummary, refreshComparisonSummaryNow, summaryFigures } from '../src/modules/comparison/comparison.summary.js';
import { seededDatabase, type TestDatabase } from './support/database.js';

// The stored region comparison summary must give exactly what the comparison computed from the base
// tables gives, whenever it is used: after the reference load, and after changes to each table it is
// computed from (made the way a write makes them: in a transaction that refreshes it before commit).

let t: TestDatabase;
let all: string[];
beforeAll(async () => {
  t = await seededDatabase();
  all = (await t.sql<{ code: string }>('select code from region order by code')).map((r) => r.code);
});
afterAll(async () => {
  await t?.close();
});

const period = (yearFrom: number, yearTo: number): RegionComparisonParams => ({
  codes: all,
  yearFrom,
  yearTo,
  funderSlug: null,
  programmeSlug: null,
  populationYear: 2017,
});

/** Every figure of every region, computed from the base tables and read from the summary (null: not usable). */
async function bothWays(params: RegionComparisonParams) {
  const em = t.db.em.fork();
  return { computed: await regionComparisonRows(em, params, { summary: false }), stored: await summaryFigures(em, params) };
}

async function expectSummaryEqualsComputation(params = period(1900, 2100)) {
  const { computed, stored } = await bothWays(params);
  expect(stored, 'the summary answers').not.toBeNull();
  expect(stored).toEqual(computed);
}

/** Runs statements in one transaction that brings the summary up to date before it commits, as every write does. */
async function write(...statements: string[]) {
  await t.db.em.fork().transactional(async (tx) => {
    for (const sql of statements) await tx.execute(sql);
    await refreshComparisonSummary(tx);
  });
}

async function one(sql: string): Promise<number> {
  const [row] = await t.sql<{ id: number }>(sql);
  expect(row, sql).toBeDefined();
  return Number(row!.id);
}

describe('the stored region comparison summary', () => {
  it('gives every figure of every region exactly as the computation does, over the whole period', async () => {
    await expectSummaryEqualsComputation();
  });

  it('answers a period that filters nothing (2017–2018 on the reference data) and leaves a narrower one to the computation', async () => {
    await expectSummaryEqualsComputation(period(2017, 2018));
    expect((await bothWays(period(2019, 2020))).stored).toBeNull();
  });

  it('stays equal to the computation through changes to every table the comparison reads', async () => {
    const funding = await one(`select id from funding where amount is not null order by id limit 1`);
    const project18 = await one(`select project_id as id from project_region where region_code = '18' order by project_id limit 1`);
    const otherProject = await one(`select id from project where id <> ${project18} order by id limit 1`);
    const organisation = await one(`select id from organisation where kind <> 'SOCIAL_ENTERPRISE' order by id limit 1`);
    const membership = await one(`select id from membership order by id limit 1`);
    const partnership = await one(`select partnership_id as id from membership order by id limit 1`);
    const outcome = await one(`select id from outcome where metric = 'PARTICIPANTS' order by id limit 1`);
    const changes = [
      `update funding set amount = amount + 1000.50, comparison = 'AT_LEAST' where id = ${funding}`,
      `insert into funding_project (funding_id, project_id) values (${funding}, ${otherProject}) on conflict do nothing`,
      `update project_region set region_code = '25' where project_id = ${project18} and region_code = '18'
          and not exists (select 1 from project_region where project_id = ${project18} and region_code = '25')`,
      `insert into project_municipality (project_id, municipality_code) values (${otherProject}, '0180') on conflict do nothing`,
      `update project set start_date = '2012-03-01', end_date = '2031-06-30' where id = ${otherProject}`,
      `update outcome set value = 42 where id = ${outcome}`,
      `update organisation set kind = 'SOCIAL_ENTERPRISE', region_code = '25' where id = ${organisation}`,
      `update membership set to_date = '2016-12-31' where id = ${membership}`,
      `update partnership set name = name || ' (renamed)' where id = ${partnership}`,
      `insert into partnership_size (partnership_id, member_count, comparison, as_of, created_at, updated_at, source_id)
         select ${partnership}, 77, 'NEARLY', '2019-05-01', now(), now(), max(id) from source
          where not exists (select 1 from partnership_size where partnership_id = ${partnership} and source_id = source.id)`,
      `delete from membership where id = ${membership}`,
      `delete from funding where id = ${funding}`,
      `delete from project where id = ${project18}`,
    ];
    for (const change of changes) {
      await write(change);
      await expectSummaryEqualsComputation();
    }
  });

  it('is not read while a change made behind its back is not yet recomputed', async () => {
    const funding = await one(
      `select f.id from funding f join funding_project fp on fp.funding_id = f.id where f.amount is not null order by f.id limit 1`,
    );
    await t.sql(`update funding set amount = amount + 7 where id = ${funding}`); // no refresh: as a bulk load or psql would
    expect((await bothWays(period(1900, 2100))).stored).toBeNull();
    expect(await refreshComparisonSummaryNow(t.db.em.fork())).toBeGreaterThan(0);
    await expectSummaryEqualsComputation();
  });

  // Needs two connections: PostgreSQL only.
  it.skipIf(!process.env.DATABASE_URL)('stays right when a funding gets a project while that project moves to another region', async () => {
    // The project works in one region only; the funding covers another project elsewhere.
    const project = await one(`select pr.project_id as id from project_region pr
       where not exists (select 1 from project_region o where o.project_id = pr.project_id and o.region_code <> pr.region_code)
         and not exists (select 1 from project_municipality pm where pm.project_id = pr.project_id)
       order by pr.project_id limit 1`);
    // A funding of its own bucket (the reference fundings share bucket 0), covering another project.
    const funding = 5 * FUNDING_BUCKET_SIZE + 1;
    const other = await one(`select id from project where id <> ${project} order by id limit 1`);
    await write(
      `insert into funding (id, key, amount, created_at, updated_at) values (${funding}, 'race-probe', 2500.00, now(), now())`,
      `insert into funding_project (funding_id, project_id) values (${funding}, ${other})`,
    );
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let linked!: () => void;
    const linkCommitted = new Promise<void>((resolve) => (linked = resolve));
    // One write links the funding to the project and recomputes after the other has changed the project's
    // region (not yet committed); the other commits last. The second must see the first's link.
    const link = t.db.em
      .fork()
      .transactional(async (tx) => {
        await tx.execute(`insert into funding_project (funding_id, project_id) values (${funding}, ${project})`);
        await sleep(300);
        await refreshComparisonSummary(tx);
      })
      .then(() => linked());
    await sleep(50);
    const move = t.db.em.fork().transactional(async (tx) => {
      await tx.execute(
        `update project_region set region_code = case when region_code = '23' then '24' else '23' end where project_id = ${project}`,
      );
      await linkCommitted;
      await refreshComparisonSummary(tx);
    });
    await Promise.all([link, move]);
    await expectSummaryEqualsComputation();
  });

  it('marks a funding in the bucket the summary computes it in', async () => {
    const id = 3 * FUNDING_BUCKET_SIZE + 7;
    const project = await one(`select project_id as id from project_region order by project_id limit 1`);
    await t.sql(`insert into funding (id, key, amount, created_at, updated_at) values (${id}, 'bucket-probe', 1234.00, now(), now())`);
    await t.sql(`insert into funding_project (funding_id, project_id) values (${id}, ${project})`);
    const units = await t.sql<{ scope: string }>(`select scope from comparison_summary where part = 'FUNDING' and stale`);
    expect(units.map((u) => u.scope)).toEqual(['3']);
    await refreshComparisonSummaryNow(t.db.em.fork());
    await expectSummaryEqualsComputation();
  });
});
