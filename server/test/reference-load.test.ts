import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, type LoadReport } from '../src/db/seed/load.js';
import { seededDatabase, type TestDatabase } from './support/database.js';

type Dump = Record<string, string[]>;

/** The tables server/data/reference fills (the others hold what users write: accounts, history, imports). */
const REFERENCE_TABLES = [
  'action_plan',
  'citation',
  'event',
  'event_participant',
  'funding',
  'funding_project',
  'membership',
  'municipality',
  'organisation',
  'outcome',
  'partnership',
  'partnership_size',
  'person',
  'programme',
  'programme_budget',
  'project',
  'project_municipality',
  'project_participant',
  'project_phase',
  'project_region',
  'region',
  'region_population',
  'source',
];

let t: TestDatabase & { firstLoad: LoadReport };
let before: Dump;
let secondLoad: LoadReport;
let after: Dump;

/** Every row of every table (all columns, including version and updated_at) as JSON text, sorted. */
async function dumpAllTables(): Promise<Dump> {
  const tables = await t.sql<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'
      order by table_name`,
  );
  const dump: Dump = {};
  for (const { table_name } of tables) {
    const rows = await t.sql<{ r: string }>(`select row_to_json(x)::text as r from "${table_name}" x order by 1`);
    dump[table_name] = rows.map((row) => row.r);
  }
  return dump;
}

beforeAll(async () => {
  t = await seededDatabase();
  before = await dumpAllTables();
  secondLoad = await loadReferenceData(t.db.em.fork());
  after = await dumpAllTables();
});
afterAll(async () => {
  await t?.close();
});

describe('loading the reference dataset', () => {
  it('creates rows on the first load', () => {
    expect(t.firstLoad.created.Organisation).toBeGreaterThan(0);
    expect(t.firstLoad.created.Citation).toBeGreaterThan(0);
  });

  it('fills every table the dataset describes', () => {
    const empty = REFERENCE_TABLES.filter((table) => !before[table]?.length);
    expect(empty).toEqual([]);
  });

  it('reports no created rows on a second load', () => {
    expect(secondLoad.created).toEqual({});
  });

  it('leaves every table unchanged on a second load, row for row, including version and updated_at', () => {
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) {
      expect(after[table], `table ${table}`).toEqual(before[table]);
    }
  });
});
