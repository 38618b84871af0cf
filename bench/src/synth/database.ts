import pg from 'pg';

/** Databases this package may create, drop or fill. Anything else is refused. */
export const BENCH_DB_PATTERN = /^atlas_bench_[a-z0-9_]+$/;

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`no database name in ${redact(url)}`);
  return name;
}

/** The same server, another database (used only to issue CREATE/DROP DATABASE). */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function assertBenchDatabase(name: string) {
  if (!BENCH_DB_PATTERN.test(name)) {
    throw new Error(`refusing to create or drop database "${name}": bench databases must match ${BENCH_DB_PATTERN}`);
  }
}

async function withMaintenance<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  // CREATE/DROP DATABASE must run from another database; nothing is read or written there.
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres'), application_name: 'atlas-bench' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withMaintenance(url, async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** Drops (when asked) and creates a bench database. Uses template0 so a session on template1 cannot block us. */
export async function recreateDatabase(url: string, opts: { drop: boolean }): Promise<void> {
  const name = databaseName(url);
  assertBenchDatabase(name);
  await withMaintenance(url, async (c) => {
    const exists = (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (exists && !opts.drop) return;
    if (exists) await c.query(`drop database ${quoteIdent(name)} with (force)`);
    await c.query(`create database ${quoteIdent(name)} template template0 encoding 'UTF8'`);
  });
}

/** The database comment the generator leaves as a marker of what it wrote (null when none). */
export async function readDatabaseComment(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, application_name: 'atlas-bench' });
  await client.connect();
  try {
    const r = await client.query<{ c: string | null }>('select shobj_description(oid, $2) as c from pg_database where datname = $1', [
      databaseName(url),
      'pg_database',
    ]);
    return r.rows[0]?.c ?? null;
  } finally {
    await client.end();
  }
}
