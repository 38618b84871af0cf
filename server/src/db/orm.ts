import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { mkdirSync } from 'node:fs';
import { ormConfig, type DbTarget } from './config.js';
import { fromTemplate, isNewDataDir, writeTemplate } from './embedded-template.js';
import { refreshComparisonSummaryNow } from '../modules/comparison/comparison.summary.js';
import { loadReferenceData, type LoadReport } from './seed/load.js';

export type Em = EntityManager;

export interface Database {
  orm: MikroORM;
  /** The root EntityManager; fork it per request or job. */
  em: Em;
  mode: 'postgresql' | 'embedded';
  close(): Promise<void>;
}

export async function openDatabase(
  target: DbTarget,
  embedded: { pglite?: () => Promise<{ close(): Promise<void> }> } = {},
): Promise<Database> {
  if (!target.databaseUrl && target.dataDir && !target.dataDir.startsWith('memory:')) {
    mkdirSync(target.dataDir, { recursive: true });
  }
  const orm = await MikroORM.init(ormConfig(target, embedded));
  const em = orm.em as unknown as Em; // both drivers' EntityManagers are the SQL EntityManager
  return {
    orm,
    em,
    mode: target.databaseUrl ? 'postgresql' : 'embedded',
    close: async () => {
      await orm.close(true);
      // An instance made here (from the template) is ours to close; the ORM closes the ones it made.
      if (embedded.pglite) await (await embedded.pglite()).close();
    },
  };
}

/** Apply pending migrations (each in a transaction; all or nothing). */
export async function migrate(db: Database): Promise<string[]> {
  const applied = await db.orm.migrator.up();
  return applied.map((m) => m.name);
}

/** Open, migrate, and load the reference dataset when the database holds none yet. */
export async function prepareDatabase(target: DbTarget): Promise<{ db: Database; migrations: string[]; seeded: LoadReport | null }> {
  if (target.databaseUrl) {
    // Migrations and the first load run on a connection without the serving statement_timeout
    // (a long migration must not be cancelled), then the serving pool opens with it.
    const setup = await openDatabase({
      databaseUrl: target.databaseUrl,
      statementTimeoutMs: 0,
      ensureDatabase: true,
      onQuery: target.onQuery,
    });
    let result: { migrations: string[]; seeded: LoadReport | null };
    try {
      result = await migrateAndSeed(setup);
    } finally {
      await setup.close();
    }
    const db = await openDatabase(target);
    await db.em.fork().getConnection().execute('select 1'); // connect now, not on the first request
    return { db, ...result };
  }
  // A new embedded database starts from the template when there is a current one, and the first one
  // made without it leaves one for the next (embedded-template.ts).
  const fresh = isNewDataDir(target.dataDir);
  const template = fresh ? fromTemplate(target.dataDir!) : null;
  const db = await openDatabase(target, template ? { pglite: template } : {});
  try {
    const result = await migrateAndSeed(db);
    if (fresh && !template) {
      const pglite = await (
        db.em.getConnection() as unknown as { getNativeClient(): Promise<Parameters<typeof writeTemplate>[0]> }
      ).getNativeClient();
      await writeTemplate(pglite).catch(() => undefined); // only a faster next start is lost
    }
    return { db, ...result };
  } catch (err) {
    await db.close();
    throw err;
  }
}

async function migrateAndSeed(db: Database): Promise<{ migrations: string[]; seeded: LoadReport | null }> {
  const migrations = await migrate(db);
  const count = await db.em.fork().getConnection().execute<{ n: string }[]>('select count(*)::text as n from source');
  const seeded = Number(count[0]?.n ?? 0) === 0 ? await loadReferenceData(db.em.fork()) : null;
  // Summary units left stale by a migration or by data loaded without the server (a bulk load).
  await refreshComparisonSummaryNow(db.em.fork());
  return { migrations, seeded };
}
