// Migrates the configured database and (re)loads the reference dataset. Idempotent: a second run creates nothing.
import { readEnv } from '../common/env.js';
import { migrate, openDatabase } from '../db/orm.js';
import { loadReferenceData } from '../db/seed/load.js';

const env = readEnv();
const db = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  const applied = await migrate(db);
  const report = await loadReferenceData(db.em.fork());
  console.log(JSON.stringify({ database: db.mode, migrationsApplied: applied, created: report.created }, null, 2));
} finally {
  await db.close();
}
