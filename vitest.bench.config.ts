import { defineConfig } from 'vitest/config';

// Library benchmarks: plain test files that time code and record rows (scripts/bench/report.ts).
export default defineConfig({
  test: {
    include: ['scripts/bench/**/*.bench.ts'],
    environment: 'happy-dom',
    testTimeout: 120_000,
  },
});
