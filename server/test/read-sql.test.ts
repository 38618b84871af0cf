import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/orm.js';
import { readRows } from '../src/db/read-sql.js';
import { emptyDatabase, type TestDatabase } from './support/database.js';

// readRows runs hand-written read SQL (`:name` placeholders) as named prepared statements on the ORM's
// PostgreSQL pool, and through the ORM's own execute inside a transaction and on the embedded
// database. Both ways must give the same rows and be logged like any other statement. With
// DATABASE_URL (as CI runs the suite) this file's database is PostgreSQL and the prepared path is
// checked too; without it, the embedded database (the fallback) is.

const postgres = Boolean(process.env.DATABASE_URL);
// The ORM logger colours its lines.
// eslint-disable-next-line no-control-regex
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

let t: TestDatabase;
const log: string[] = [];
beforeAll(async () => {
  t = await emptyDatabase({ onQuery: (line) => log.push(plain(line)) });
  await t.sql('create table probe (id int primary key, v text)');
});
afterAll(async () => {
  await t?.close();
});

/** The logged statements that contain `marker`. */
function logged(marker: string): string[] {
  return log.filter((line) => line.includes('[query]') && line.includes(marker));
}

/** Values of several types, including text that looks like SQL, placeholders and quotes. */
const SAMPLE_SQL = `select :text::text as text, :n::int as n, :amount::numeric::text as amount, :flag::boolean as flag,
       :nothing::text as nothing, :day::date::text as day, string_to_array(:codes::text, ',') as codes /* sample */`;
const TRICKY = `it's a "quote" :x ::y $1 ? -- and /* a comment */ ;`;
const SAMPLE_PARAMS = { text: TRICKY, n: 42, amount: '1234.50', flag: true, nothing: null, day: '2024-02-29', codes: '05,18,25' };
const SAMPLE_ROWS = [{ text: TRICKY, n: 42, amount: '1234.50', flag: true, nothing: null, day: '2024-02-29', codes: ['05', '18', '25'] }];

describe('readRows', () => {
  it(`binds values, never inlines them: quotes, colons and placeholder-like text come back unchanged (${postgres ? 'PostgreSQL' : 'embedded'})`, async () => {
    expect(await readRows(t.db.em.fork(), SAMPLE_SQL, SAMPLE_PARAMS)).toEqual(SAMPLE_ROWS);
    const [line] = logged('/* sample */');
    if (postgres) {
      expect(line).toContain('select $1::text as text, $2::int as n, $3::numeric::text as amount, $4::boolean as flag');
      expect(line).not.toContain('quote');
    }
  });

  it('sends a repeated :name as one parameter', async () => {
    const rows = await readRows(
      t.db.em.fork(),
      'select :a::int + :a::int as twice, :b::text as b, :a::int * 10 as tenfold /* repeated */',
      {
        a: 21,
        b: 'x',
      },
    );
    expect(rows).toEqual([{ twice: 42, b: 'x', tenfold: 210 }]);
    if (postgres)
      expect(logged('/* repeated */')[0]).toContain('select $1::int + $1::int as twice, $2::text as b, $1::int * 10 as tenfold');
  });

  it('logs each statement once through the ORM logger', async () => {
    const em = t.db.em.fork();
    await readRows(em, 'select 1 as one /* logged once */', {});
    expect(logged('/* logged once */')).toHaveLength(1);
    await readRows(em, 'select 1 as one /* logged once */', {});
    expect(logged('/* logged once */')).toHaveLength(2);
  });

  it.skipIf(!postgres)('runs as a named prepared statement on its pooled connection (PostgreSQL)', async () => {
    const em = t.db.em.fork();
    const sql = 'select :id::int as id /* prepared */';
    await readRows(em, sql, { id: 1 });
    // Run one after the other, both statements get the pool's one idle connection.
    const [row] = await readRows<{ n: number }>(em, 'select count(*)::int as n from pg_prepared_statements where statement = :text::text', {
      text: 'select $1::int as id /* prepared */',
    });
    expect(row?.n).toBe(1);
  });

  it("inside a transaction, sees the transaction's own uncommitted writes", async () => {
    const sql = 'select v from probe where id = :id::int';
    let inside: unknown[] = [];
    let outside: unknown[] | null = null;
    await t.db.em.fork().transactional(async (tx) => {
      await tx.execute(`insert into probe (id, v) values (1, 'written')`);
      inside = await readRows(tx, sql, { id: 1 });
      // The embedded database is one session: a second connection would wait for this transaction.
      if (postgres) outside = await readRows(t.db.em.fork(), sql, { id: 1 });
    });
    expect(inside).toEqual([{ v: 'written' }]);
    if (postgres) expect(outside).toEqual([]);
    expect(await readRows(t.db.em.fork(), sql, { id: 1 })).toEqual([{ v: 'written' }]);
  });

  it('throws naming a parameter it was not given, outside a transaction and inside one', async () => {
    const sql = 'select :present::int as p, :absent::int as a';
    await expect(readRows(t.db.em.fork(), sql, { present: 1 })).rejects.toThrow('readRows: no value for :absent');
    await t.db.em.fork().transactional(async (tx) => {
      await expect(readRows(tx, sql, { present: 1 })).rejects.toThrow('readRows: no value for :absent');
    });
  });

  it('gives the same rows on the embedded database (its fallback path)', async () => {
    // This file's own database when it is the embedded one; else an in-memory one (a few seconds to open).
    const embedded = postgres ? await openDatabase({ dataDir: 'memory://' }) : t.db;
    try {
      expect(embedded.mode).toBe('embedded');
      expect(await readRows(embedded.em.fork(), SAMPLE_SQL, SAMPLE_PARAMS)).toEqual(SAMPLE_ROWS);
    } finally {
      if (embedded !== t.db) await embedded.close();
    }
  });
});
