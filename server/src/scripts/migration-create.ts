// Creates the next migration from the difference between the entities and the migrated schema,
// computed on a throwaway in-memory embedded database. Usage: pnpm --filter @atlas/server migration:create
import { MikroORM } from '@mikro-orm/core';
import { ormConfig } from '../db/config.js';

const orm = await MikroORM.init(ormConfig({ dataDir: 'memory://' }));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create();
  if (!result.fileName) console.log('No changes: the migrations already match the entities.');
  else console.log(`Created ${result.fileName}`);
} finally {
  await orm.close(true);
}
