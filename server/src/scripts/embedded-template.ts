import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '../db/orm.js';
import { templatePath } from '../db/embedded-template.js';

/**
 * Makes the embedded database template (a migrated database with the reference dataset) when there is
 * no current one, so that the first `npm start` on a machine does not wait for PGlite's initdb.
 */
if (existsSync(templatePath())) {
  process.stdout.write(`embedded template is current: ${templatePath()}\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-template-'));
  try {
    const started = performance.now();
    const { db } = await prepareDatabase({ dataDir: join(dir, 'db') });
    await db.close();
    process.stdout.write(`embedded template made in ${Math.round(performance.now() - started)} ms: ${templatePath()}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
