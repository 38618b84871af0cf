// Writes schema/schema.graphql from the code-first schema; with --check, fails when the committed file drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../common/env.js';
import { atlasSdl } from '../schema.js';

const file = join(repoRoot, 'schema', 'schema.graphql');
const sdl = await atlasSdl();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    /* missing counts as drift */
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is out of date: run `pnpm --filter @atlas/server schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code.');
} else {
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}
