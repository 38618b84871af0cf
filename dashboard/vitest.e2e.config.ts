import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against a served app: ATLAS_URL=http://localhost:4000.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
