// Import benchmark (not a test): generates an organisations CSV of 100 000 rows deterministically,
// then imports it through the real import pipeline — dry run, commit, and the same file again (a
// no-op) — and prints rows/s and this process's peak RSS.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm --filter @atlas/server bench:import [--rows 100000] [--in-place]
//
// With DATABASE_URL, a throwaway database is created on that server and dropped afterwards (or, with
// --in-place, the database itself is used: its migrations are applied and the reference data loaded).
// Without DATABASE_URL the embedded database runs in memory.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import { ormConfig } from '../db/config.js';
import { prepareDatabase } from '../db/orm.js';
import { createAccount } from '../modules/auth/accounts.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { ImportRun, limitBytes, IMPORT_LIMITS } from '../modules/import/import.runner.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, 'in-place': { type: 'boolean', default: false } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a positive whole number');
IMPORT_LIMITS.maxRows = Math.max(IMPORT_LIMITS.maxRows, rows);

/** A valid organisationsnummer from a serial: 10 digits, Luhn check digit, third digit ≥ 2. */
function orgNumber(serial: number): string {
  const body = `55${String(6_000_000 + serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    let d = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}

const KINDS = ['SOCIAL_ENTERPRISE', 'ASSOCIATION', 'COMPANY', 'FOUNDATION'];
const MUNICIPALITIES = ['1880', '1883', '1863', '0180', '1480', '1280', '2180', '0580'];

async function generate(file: string): Promise<number> {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('\uFEFFnamn;typ;organisationsnummer;kommunkod;beskrivning;källa\n');
  for (let i = 1; i <= rows; i += 1) {
    const kind = KINDS[i % KINDS.length]!;
    await write(
      `Bench organisation ${String(i).padStart(6, '0')};${kind};${orgNumber(i)};${MUNICIPALITIES[i % MUNICIPALITIES.length]};"Generated row ${i}; deterministic";seed-003\n`,
    );
  }
  await new Promise<void>((r) => out.end(r));
  return out.bytesWritten;
}

async function scratchDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `atlas_bench_${randomBytes(4).toString('hex')}`;
  const admin = await MikroORM.init({ ...ormConfig({ databaseUrl: baseUrl }), discovery: { warnWhenNoEntities: false } });
  await admin.em.getConnection().execute(`create database ${name}`);
  await admin.close(true);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = await MikroORM.init({ ...ormConfig({ databaseUrl: baseUrl }), discovery: { warnWhenNoEntities: false } });
      await a.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await a.close(true);
    },
  };
}

const baseUrl = process.env.DATABASE_URL || undefined;
const scratch = baseUrl && !values['in-place'] ? await scratchDatabase(baseUrl) : null;
const file = join(tmpdir(), `atlas-bench-organisations-${rows}.csv`);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

try {
  const bytes = await generate(file);
  console.log(`generated ${rows} rows (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${file}`);
  const { db } = await prepareDatabase({
    databaseUrl: scratch?.url ?? baseUrl,
    dataDir: baseUrl ? undefined : 'memory://',
    statementTimeoutMs: 60_000,
  });
  try {
    const { user } = await createAccount(db.em.fork(), {
      email: `bench-${randomBytes(3).toString('hex')}@atlas.local`,
      password: randomBytes(16).toString('hex'),
      role: 'ADMIN',
    });
    const viewer: Viewer = {
      userId: user.id,
      email: user.email,
      displayName: null,
      role: 'ADMIN',
      partnershipIds: [],
      via: 'token',
      sessionHash: null,
      tokenId: null,
    };
    console.log(`database: ${db.mode}${scratch ? ' (throwaway database)' : ''}; rss after start ${mb(process.resourceUsage().maxRSS)}`);
    for (const [label, dryRun] of [
      ['dry run', true],
      ['commit', false],
      ['re-import (no-op)', false],
    ] as const) {
      const started = performance.now();
      const run = await ImportRun.start(db, { kind: 'organisations', dryRun, viewer, sourceKey: null, requestId: 'bench' }, bytes);
      const job = await run.run(limitBytes(createReadStream(file, { highWaterMark: 256 * 1024 }), IMPORT_LIMITS.maxBytes, run.onBytes));
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${label.padEnd(18)} ${job.status.padEnd(9)} ${String(job.rowsTotal).padStart(7)} rows in ${seconds.toFixed(1).padStart(5)} s = ${Math.round(
          (job.rowsTotal ?? 0) / seconds,
        )
          .toString()
          .padStart(
            6,
          )} rows/s; created ${job.created}, updated ${job.updated}, unchanged ${job.unchanged}, errors ${job.errorCount}; peak RSS so far ${mb(process.resourceUsage().maxRSS)}`,
      );
      if (job.errorCount) console.log(JSON.stringify(job.errors?.slice(0, 5)));
    }
    console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS)} (process.resourceUsage().maxRSS)`);
  } finally {
    await db.close();
  }
} finally {
  rmSync(file, { force: true });
  await scratch?.drop();
}
