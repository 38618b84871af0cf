// Creates the next migration from the difference between the entities and the migrated schema,
// computed on a throwaway in-memory embedded database, and adds it to src/db/migration-list.ts.
// Usage: pnpm --filter @atlas/server migration:create
import { MikroORM } from '@mikro-orm/core';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverRoot } from '../common/env.js';
import { migrationsPath, ormConfig } from '../db/config.js';

const orm = await MikroORM.init(ormConfig({ dataDir: 'memory://' }));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create();
  if (!result.fileName) console.log('No changes: the migrations already match the entities.');
  else {
    console.log(`Created ${result.fileName}`);
    writeFileSync(join(serverRoot, 'src', 'db', 'migration-list.ts'), migrationListSource());
    console.log('Added it to src/db/migration-list.ts');
  }
} finally {
  await orm.close(true);
}

function migrationListSource(): string {
  const names = readdirSync(migrationsPath)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  return `// The migrations, imported statically: the server runs from one bundle (bin/start.mjs), where MikroORM
// cannot find them by listing a folder. Written by \`pnpm --filter @atlas/server migration:create\`;
// test/migrations.test.ts fails when it and src/db/migrations/ disagree.
import type { MigrationObject } from '@mikro-orm/core';
${names.map((n) => `import { ${n} } from './migrations/${n}.js';`).join('\n')}

export const migrationsList: MigrationObject[] = [
${names.map((n) => `  { name: '${n}', class: ${n} },`).join('\n')}
];
`;
}
