import { defineConfig } from 'vitest/config';

// One runner for the whole repository: unit and API tests sit beside the code,
// end-to-end journeys (real server + Chromium) live in test/e2e.
// Two projects only so that each has its own global setup, which vitest runs only when the run has
// files of that project: `vitest run some.test.ts` does not build the e2e portal template, and an
// e2e file alone does not build the API tests' migrated template.
const E2E = 'test/e2e/**/*.test.ts';

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default on a 2-core machine is one worker (cores - 1). The e2e files spend most of
    // their time waiting on a server and Chromium, and the API files on PGlite's single thread, so
    // two workers overlap that waiting.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', E2E],
          globalSetup: ['registry-api/src/test-support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [E2E],
          // expect.poll gives up after 1 s by default: too short for a server and Chromium sharing two
          // busy cores. A poll that waits longer is not slower when the condition holds early.
          expect: { poll: { timeout: 15_000 } },
          globalSetup: ['test/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
