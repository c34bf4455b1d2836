import { defineConfig } from '@playwright/test';

// `npm run test:firefox`: Firefox ESR driven over WebDriver BiDi (puppeteer-core), and
// web-ext lint. Named *.firefox.ts so the Chromium suite (e2e/**/*.spec.ts) skips them.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.firefox.ts',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 90_000,
  forbidOnly: true,
  reporter: [['list']],
});
