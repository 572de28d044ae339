import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run against the TypeScript sources of the workspace packages (vitest resolves in SSR mode).
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'datasets/test/**/*.test.{ts,mjs}'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
  },
});
