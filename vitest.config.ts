import { defineConfig } from 'vitest/config';

// One runner for the whole repository: unit and API tests sit beside the code,
// end-to-end journeys (real server + Chromium) live in test/e2e.
export default defineConfig({
  test: {
    include: ['**/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['registry-api/src/test-support/global-setup.ts'],
  },
});
