import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { mkdirSync } from 'node:fs';
import { ormConfig, type DbTarget } from './config.js';
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

export async function openDatabase(target: DbTarget): Promise<Database> {
  if (!target.databaseUrl && target.dataDir && !target.dataDir.startsWith('memory:')) {
    mkdirSync(target.dataDir, { recursive: true });
  }
  const orm = await MikroORM.init(ormConfig(target));
  const em = orm.em as unknown as Em; // both drivers' EntityManagers are the SQL EntityManager
  return {
    orm,
    em,
    mode: target.databaseUrl ? 'postgresql' : 'embedded',
    close: () => orm.close(true),
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
  const db = await openDatabase(target);
  try {
    return { db, ...(await migrateAndSeed(db)) };
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
