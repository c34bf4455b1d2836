// `npm test` step 0: make sure the browsers and the server the suites drive are installed
// (the same routine `npm start` uses for Chromium; see install.mjs).
import { ensureChromium, ensureFirefox, orExit } from './install.mjs';

console.log(`setup: Chromium at ${orExit(ensureChromium)}`);
// Firefox ESR for the Firefox smoke test (npm run test:firefox).
console.log(`setup: Firefox at ${orExit(ensureFirefox)}`);

// A real Request Tracker for e2e/rt*.spec.ts (installs itself as root; otherwise says how).
const { ensureRequestTracker } = await import('../e2e/rt/install.mjs');
try {
  await ensureRequestTracker();
  console.log('setup: Request Tracker 5 installed');
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
