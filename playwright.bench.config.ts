import { defineConfig } from '@playwright/test';

// Browser benchmarks: timings in a real Chromium with the built extension.
export default defineConfig({
  testDir: 'e2e/bench',
  testMatch: '**/*.bench.spec.ts',
  workers: 1,
  timeout: 180_000,
  reporter: [['line']],
  use: { trace: 'off' },
});
