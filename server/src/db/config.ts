import { DataloaderType, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { serverRoot } from '../common/env.js';
import { entities } from './entities.js';
import { migrationsList } from './migration-list.js';

/** Where new migrations are written (the server runs the statically imported `migrationsList`). */
export const migrationsPath = join(serverRoot, 'src', 'db', 'migrations');

export interface DbTarget {
  /** A PostgreSQL connection string; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Read replica connection string (PostgreSQL only). */
  replicaUrl?: string | undefined;
  /** Embedded database directory, or 'memory://' for a throwaway one. */
  dataDir?: string | undefined;
  statementTimeoutMs?: number | undefined;
  debug?: boolean;
  /** Create the PostgreSQL database when missing (setup connection only). */
  ensureDatabase?: boolean;
  /** Receives every SQL statement the ORM runs (query counting in tests). */
  onQuery?: ((sql: string) => void) | undefined;
}

/**
 * One configuration for both modes. With a URL: PostgreSQL over `pg`. Without: PGlite in-process via
 * the official driver. Everything above this file sees the same MikroORM API and the same SQL.
 */
export function ormConfig(target: DbTarget, embedded: { pglite?: () => Promise<unknown> } = {}): Partial<Options> {
  const common = {
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts' as const,
    },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    debug: Boolean(target.debug || target.onQuery),
    logger: target.onQuery ?? ((msg: string) => process.stderr.write(`${msg}\n`)),
    ignoreUndefinedInQuery: true,
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
  };
  if (target.databaseUrl) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: target.databaseUrl,
      ensureDatabase: target.ensureDatabase ?? false,
      pool: { min: 0, max: 10 },
      // JIT off: the benchmark saw PostgreSQL spend seconds compiling the graph and comparison
      // statements that then ran in about one.
      driverOptions: { statement_timeout: target.statementTimeoutMs ?? 5000, application_name: 'asf-atlas', options: '-c jit=off' },
      ...(target.replicaUrl ? { replicas: [{ name: 'read-1', clientUrl: target.replicaUrl }], preferReadReplicas: true } : {}),
    };
  }
  return {
    ...common,
    driver: PgliteDriver,
    dbName: target.dataDir ?? 'memory://',
    // One PGlite instance is one session: a single pooled connection keeps an open transaction from
    // ever waiting on a second connection that can only run after it.
    pool: { min: 1, max: 1 },
    // pg_trgm (search's trigram indexes) ships with PGlite as an extension loaded at start.
    // A new data directory may come from a template (embedded-template.ts): then the instance is made here.
    driverOptions: embedded.pglite ? { pglite: embedded.pglite } : { extensions: { pg_trgm } },
  };
}
