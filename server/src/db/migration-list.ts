// The migrations, imported statically: the server runs from one bundle (bin/start.mjs), where MikroORM
// cannot find them by listing a folder. Written by `pnpm --filter @atlas/server migration:create`;
// test/migrations.test.ts fails when it and src/db/migrations/ disagree.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121232559 } from './migrations/Migration20261121232559.js';
import { Migration20261121233923 } from './migrations/Migration20261121233923.js';
import { Migration20261122021000 } from './migrations/Migration20261122021000.js';
import { Migration20261122030000 } from './migrations/Migration20261122030000.js';
import { Migration20261122040000 } from './migrations/Migration20261122040000.js';
import { Migration20261122111035 } from './migrations/Migration20261122111035.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261121232559', class: Migration20261121232559 },
  { name: 'Migration20261121233923', class: Migration20261121233923 },
  { name: 'Migration20261122021000', class: Migration20261122021000 },
  { name: 'Migration20261122030000', class: Migration20261122030000 },
  { name: 'Migration20261122040000', class: Migration20261122040000 },
  { name: 'Migration20261122111035', class: Migration20261122111035 },
];
