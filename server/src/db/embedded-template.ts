import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { x as untar } from 'tar';
import { repoRoot, serverRoot } from '../common/env.js';

/**
 * A new embedded database starts from a template: PGlite's own initdb (in WebAssembly) takes ~9 s on
 * this project's 2-core machines; unpacking a data directory from a tarball (node-tar) and opening it
 * ~0.8 s (PGlite's own loadDataDir, which writes every file through its WebAssembly file system,
 * took ~3 s on the same machine). The template is a
 * migrated database holding the reference dataset, made by the first embedded start that had none (or
 * ahead of time by `pnpm --filter @atlas/server embedded:template`). Its file name is a
 * hash of everything that shapes it — PGlite's version, the migrations, the reference data — so a
 * change to any of them makes a new one and a stale one is never used. It lives in `.atlas/` (not in
 * git); without it a start is just slower, never different.
 */

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** PGlite's version (its package.json, found above its entry point: the package exports no ./package.json). */
function pgliteVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

let key: string | null = null;
export function templateKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  hash.update(`pglite ${pgliteVersion()}\n`);
  for (const file of [...filesUnder(join(serverRoot, 'src', 'db', 'migrations')), ...filesUnder(join(serverRoot, 'data', 'reference'))]) {
    if (file.endsWith('.d.ts')) continue;
    hash.update(`${file.slice(repoRoot.length)}\n`).update(readFileSync(file));
  }
  key = hash.digest('hex').slice(0, 20);
  return key;
}

export function templatePath(): string {
  return join(repoRoot, '.atlas', 'embedded', `${templateKey()}.tar`);
}

/** Whether `dataDir` is a new embedded database (no directory yet, or an empty one). */
export function isNewDataDir(dataDir: string | undefined): dataDir is string {
  if (!dataDir || dataDir.startsWith('memory:')) return false;
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/**
 * A new data directory from the current template, opened once and shared (the ORM's driver takes an
 * instance factory); null when there is no current template. `dataDir` must be new (isNewDataDir).
 */
export function fromTemplate(dataDir: string): (() => Promise<PGlite>) | null {
  const template = templatePath();
  if (!existsSync(template)) return null;
  let instance: Promise<PGlite> | null = null;
  return () =>
    (instance ??= (async () => {
      unpack(template, dataDir);
      return PGlite.create({ dataDir, extensions: { pg_trgm } });
    })());
}

/**
 * Unpacks the template into a directory beside `dataDir`, then renames it into place: a start that
 * stops half-way leaves no half-written data directory for the next one to open.
 */
function unpack(template: string, dataDir: string): void {
  // one name per data directory: what a start stopped while unpacking left behind is removed by the next
  const aside = `${dataDir.replace(/[/\\]+$/, '')}.unpacking`;
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside, { recursive: true });
  try {
    // synchronous: nothing else runs while the server starts, and node-tar's asynchronous unpacking
    // of the ~1 200 files measured 1.7–3.2 s against ~0.4 s
    untar({ file: template, cwd: aside, sync: true });
    if (existsSync(dataDir)) rmdirSync(dataDir); // empty (isNewDataDir)
    renameSync(aside, dataDir);
  } catch (err) {
    rmSync(aside, { recursive: true, force: true });
    throw err;
  }
}

/** Saves a migrated, seeded embedded database as the template (written aside, then renamed: never half a file). */
export async function writeTemplate(pglite: { dumpDataDir(compression?: 'none'): Promise<Blob | File> }): Promise<string> {
  const path = templatePath();
  mkdirSync(dirname(path), { recursive: true });
  const tar = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, tar);
  renameSync(tmp, path);
  return path;
}
