import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files share one server and its database. Files that only read run first, on the reference
 * data as loaded; files that write (`*.edit.e2e.test.ts`: sign-in, edits, import) run after them.
 */
class ReadersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const writes = (file: TestSpecification) => file.moduleId.endsWith('.edit.e2e.test.ts');
    return [...sorted.filter((file) => !writes(file)), ...sorted.filter(writes)];
  }
}

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
    sequence: { sequencer: ReadersFirst },
  },
});
