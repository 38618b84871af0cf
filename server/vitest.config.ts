import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 has no "exports" map: Node loads its CommonJS build (as type-graphql and Apollo do),
// while Vite would pick its .mjs build for our sources — two graphql realms. Point Vite at the same file.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    // Each file opens its own database (a fresh PostgreSQL database or an in-memory embedded one).
    maxWorkers: 2,
    pool: 'forks',
  },
});
