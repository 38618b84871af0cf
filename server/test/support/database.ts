import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { loadReferenceData, type LoadReport } from '../../src/db/seed/load.js';
import { migrate, openDatabase, type Database } from '../../src/db/orm.js';

export interface TestDatabase {
  db: Database;
  /** 'postgresql' when DATABASE_URL is set, else 'embedded' (in-memory PGlite). */
  mode: Database['mode'];
  /** Runs raw SQL on a fresh fork of the root EntityManager. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Runs one statement against the server's maintenance database (create / drop database). */
async function adminExecute(baseUrl: string, statement: string): Promise<void> {
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: baseUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  try {
    await orm.em.getConnection().execute(statement, [], 'run');
  } finally {
    await orm.close(true);
  }
}

/**
 * A database of this test file's own, empty: a fresh PostgreSQL database when DATABASE_URL is set,
 * else an in-memory embedded one. Nothing is migrated or loaded; see `migrated()` and `seeded()`.
 */
export async function emptyDatabase(options: { onQuery?: (sql: string) => void; statementTimeoutMs?: number } = {}): Promise<TestDatabase> {
  const baseUrl = process.env.DATABASE_URL;
  let dropName: string | undefined;
  let databaseUrl: string | undefined;
  if (baseUrl) {
    dropName = `atlas_st_${randomBytes(6).toString('hex')}`;
    await adminExecute(baseUrl, `create database ${dropName}`);
    const url = new URL(baseUrl);
    url.pathname = `/${dropName}`;
    databaseUrl = url.toString();
  }
  const db = await openDatabase({
    databaseUrl,
    dataDir: databaseUrl ? undefined : 'memory://',
    onQuery: options.onQuery,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  return {
    db,
    mode: db.mode,
    sql: <T>(query: string, params: unknown[] = []) => db.em.fork().getConnection().execute<T[]>(query, params),
    async close() {
      await db.close();
      if (baseUrl && dropName) await adminExecute(baseUrl, `drop database if exists ${dropName} with (force)`);
    },
  };
}

/** A fresh database with every migration applied, and nothing loaded. */
export async function migratedDatabase(): Promise<TestDatabase & { applied: string[] }> {
  const t = await emptyDatabase();
  try {
    return { ...t, applied: await migrate(t.db) };
  } catch (err) {
    await t.close();
    throw err;
  }
}

/** A fresh, migrated database with the reference dataset loaded once. */
export async function seededDatabase(): Promise<TestDatabase & { firstLoad: LoadReport }> {
  const t = await migratedDatabase();
  try {
    return { ...t, firstLoad: await loadReferenceData(t.db.em.fork()) };
  } catch (err) {
    await t.close();
    throw err;
  }
}
