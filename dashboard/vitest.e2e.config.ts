import { defineConfig } from 'vitest/config';

// End-to-end tests: e2e/global-setup.ts builds the dashboard and starts the real server on a fresh
// embedded database (or uses ATLAS_URL); the tests drive Debian's Chromium against it.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 45_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
