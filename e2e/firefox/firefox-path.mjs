// Where Firefox is: the user's own build first (FIREFOX_PATH), then Debian's ESR package.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/lib/firefox/firefox', '/usr/bin/firefox'];

/** The Firefox binary to drive, or null when none is installed. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}
