import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources of the workspace packages.
    conditions: ['source'],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'datasets/test/**/*.test.{ts,mjs}'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
  },
});
