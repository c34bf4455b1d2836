import { defineConfig } from '@playwright/test';

// Every spec loads the built extension (dist/chrome) into its own Chromium profile.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Benchmarks run under npm run bench (playwright.bench.config.ts), not with the tests.
  testIgnore: ['bench/**'],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Traces of persistent extension contexts fail to save on close; screenshots are enough.
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
