import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';

/**
 * Hand-written read statements (search, network, path, region comparison, the project pages) run as
 * named prepared statements on PostgreSQL: each pooled connection parses and plans a statement once
 * and then only binds and executes it, where the ORM's `execute` sends every statement as new text
 * with its values inlined (parsed and planned on every request). The statements go through the same
 * `pg` pool as the ORM (the read replica's when one is configured), are logged through the ORM's
 * query logger (statement counts in tests and the benchmark see them) and, inside a transaction or
 * on the embedded database, fall back to the ORM's own `execute` so they see the transaction's writes.
 *
 * SQL uses the ORM's `:name` placeholders; the PostgreSQL path rewrites them once per statement text
 * to `$1…$n` (`::type` casts are left alone).
 */
interface Prepared {
  name: string;
  text: string;
  order: string[];
}

const prepared = new Map<string, Prepared>();

function prepare(sql: string): Prepared {
  let p = prepared.get(sql);
  if (!p) {
    const order: string[] = [];
    const text = sql.replace(/(?<![:\w]):([a-zA-Z_]\w*)/g, (_m, key: string) => {
      let i = order.indexOf(key);
      if (i < 0) i = order.push(key) - 1;
      return `$${i + 1}`;
    });
    p = { name: `atlas_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`, text, order };
    prepared.set(sql, p);
  }
  return p;
}

interface NativeConnection {
  getNativeClient(): Promise<unknown>;
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
}

/** The part of a `pg` Pool used here (the ORM's driver owns the dependency). */
interface PgPool {
  totalCount: number;
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

function isPgPool(client: unknown): client is PgPool {
  return typeof client === 'object' && client !== null && 'totalCount' in client && 'connect' in client;
}

/** Runs a read statement and returns its rows (see above). On the PostgreSQL pool the values are bound, never inlined. */
export async function readRows<T extends object>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  // Checked on every path: the ORM's execute would leave a missing :name in the text (a syntax error).
  const p = prepare(sql);
  const values = p.order.map((key) => {
    if (!(key in params)) throw new Error(`readRows: no value for :${key}`);
    return params[key];
  });
  if (!em.isInTransaction()) {
    const connection = em.getConnection('read') as unknown as NativeConnection;
    const client = await connection.getNativeClient();
    if (isPgPool(client)) {
      return connection.executeQuery(p.text, async () => (await client.query({ name: p.name, text: p.text, values })).rows as T[], {
        query: p.text,
        params: values,
      });
    }
  }
  // em.execute, not em.getConnection().execute: only the former runs on the transaction's connection.
  // The ORM inlines the values, and writes an array as a list (a, b): pass lists as text (string_to_array).
  return em.execute<T[]>(sql, params);
}
