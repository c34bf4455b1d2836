// Where the browsers are. A user's own build wins (CHROME_PATH / FIREFOX_PATH), then Debian's packages.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to drive, or null when none is installed. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Chromium flags for this closed network: no background fetches, no first-run UI. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];
