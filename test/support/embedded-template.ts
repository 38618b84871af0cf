import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDatabase } from '../../server/src/db/orm.js';

/**
 * Migrating and loading the reference dataset into a fresh embedded database takes a few seconds, and
 * every test file starts its own server. So the first server builds a migrated, seeded embedded
 * database once (a "template"), and every server starts on a private copy of it: same schema, same
 * data, as if it had migrated and seeded itself. The template is keyed by the server's code, the
 * reference data and the PGlite version, and rebuilt when any of them changes.
 */

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
const root = join(tmpdir(), 'atlas-test-pglite');
const templates = join(root, 'templates');
const runs = join(root, 'runs');
const DAY = 24 * 60 * 60 * 1000;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && keep(f))
    .sort();
}

function templateKey(): string {
  const hash = createHash('sha256');
  const pgliteDir = join(realpathSync(join(serverDir, 'node_modules', '@mikro-orm', 'pglite')), '..', '..', '@electric-sql', 'pglite');
  hash.update(readFileSync(join(pgliteDir, 'package.json')));
  // All of the server's code, not only db/: the loader also leans on common/ (slugs, search keys).
  const inputs = [
    ...filesUnder(join(serverDir, 'src'), (f) => f.endsWith('.ts')),
    ...filesUnder(join(serverDir, 'data', 'reference'), () => true),
  ];
  for (const file of inputs) hash.update(file.slice(serverDir.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Removes what earlier runs left behind: other templates and copies a day old. */
function sweep(dir: string, keep: string | null) {
  for (const entry of existsSync(dir) ? readdirSync(dir) : []) {
    const path = join(dir, entry);
    if (entry !== keep && Date.now() - statSync(path).mtimeMs > DAY) rmSync(path, { recursive: true, force: true });
  }
}

async function buildTemplate(): Promise<string> {
  const key = templateKey();
  const final = join(templates, key);
  if (existsSync(join(final, 'PG_VERSION'))) return final;
  mkdirSync(templates, { recursive: true });
  sweep(templates, key);
  const building = join(templates, `.building-${key}-${randomBytes(4).toString('hex')}`);
  const { db } = await prepareDatabase({ dataDir: building });
  await db.close();
  try {
    renameSync(building, final); // atomic: a parallel worker may have won the race, then keep theirs
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return final;
}

let template: Promise<string> | undefined;

/** A private, migrated and seeded embedded database directory; `drop` removes it. */
export async function embeddedDatabaseCopy(): Promise<{ dataDir: string; drop: () => void }> {
  template ??= buildTemplate();
  const source = await template;
  mkdirSync(runs, { recursive: true });
  sweep(runs, null);
  const dataDir = join(runs, `${process.pid}-${randomBytes(6).toString('hex')}`);
  cpSync(source, dataDir, { recursive: true });
  return { dataDir, drop: () => rmSync(dataDir, { recursive: true, force: true }) };
}
