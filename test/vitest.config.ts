import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 has no "exports" map: Node loads its CommonJS build (as type-graphql and Apollo do),
// while Vite would pick its .mjs build for our sources — two graphql realms. Point Vite at the same file.
const graphqlCjs = createRequire(new URL('../server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['api/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    // Each file starts its own server over its own database; two at a time fit 2 cores.
    maxWorkers: 2,
    pool: 'forks',
  },
});
