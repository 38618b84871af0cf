import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value in a COPY row: null becomes \N, booleans t/f, numbers as is, strings escaped. */
export type CopyValue = string | number | boolean | null;

const needsEscape = /[\\\t\n\r]/;

function encode(v: CopyValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (!needsEscape.test(v)) return v;
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const CHUNK = 256 * 1024;

/**
 * Streams rows into `table` with COPY FROM STDIN (text format). Rows come from a synchronous generator
 * so generation and ingestion overlap; chunks of ~256 KiB keep the per-write overhead low.
 * Returns the number of rows written.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyValue[]>,
): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buf = '';
    for (const row of rows) {
      if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
      let line = encode(row[0] as CopyValue);
      for (let i = 1; i < row.length; i++) line += '\t' + encode(row[i] as CopyValue);
      buf += line + '\n';
      count++;
      if (buf.length >= CHUNK) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  const stream = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunks(), { objectMode: false }), stream);
  return count;
}
