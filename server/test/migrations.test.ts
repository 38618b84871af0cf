import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsPath } from '../src/db/config.js';
import { migrationsList } from '../src/db/migration-list.js';
import { migratedDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase & { applied: string[] };
beforeAll(async () => {
  t = await migratedDatabase();
});
afterAll(async () => {
  await t?.close();
});

/** What MikroORM's schema generator would still run to make the database match the entities. */
async function pendingSchemaChanges(): Promise<string> {
  return (await t.db.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
}

describe('migrations from an empty database', () => {
  it('are listed, in order, in migration-list.ts (the server runs that list, not the folder)', () => {
    const files = readdirSync(migrationsPath)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });

  it('apply every migration file in order', async () => {
    expect(t.applied.length).toBeGreaterThan(0);
    expect(t.applied).toEqual(migrationsList.map((m) => m.name));
    const rows = await t.sql<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(rows.map((r) => r.name)).toEqual(t.applied);
  });

  it('reproduce the entity metadata exactly: the schema generator finds nothing to change', async () => {
    expect(await pendingSchemaChanges()).toBe('');
  });

  it('have nothing left to apply when run a second time', async () => {
    expect(await t.db.orm.migrator.up()).toEqual([]);
  });

  // Runs last: it alters the schema to show that the comparison above would catch a drift.
  it('would report a drift: a dropped check, a dropped index and a narrowed column all show up', async () => {
    await t.sql('alter table "municipality" drop constraint "municipality_in_its_county"');
    await t.sql('drop index "organisation_kind_index"');
    await t.sql('alter table "organisation" alter column "name" type varchar(100)');
    const diff = await pendingSchemaChanges();
    expect(diff).toContain('municipality_in_its_county');
    expect(diff).toContain('organisation_kind_index');
    expect(diff).toMatch(/"name" type varchar\(200\)/);
  });
});
