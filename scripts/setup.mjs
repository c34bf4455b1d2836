// `npm test` step 0: make sure the browsers the suites drive are installed. As root on
// Debian it installs what is missing; otherwise it stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, CHROMIUM_INSTALL } from './browsers.mjs';
import { firefoxPath, FIREFOX_INSTALL } from '../e2e/firefox/firefox-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let aptUpdated = false;

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

function ensure(name, found, packages, command) {
  if (found()) return;
  if (!isRoot || !hasApt) {
    console.error(`\n${name} is missing. Install it with:\n\n  sudo ${command}\n\nor point ${{ Chromium: 'CHROME_PATH', Firefox: 'FIREFOX_PATH' }[name] ?? 'the suite'} at your own build.`);
    process.exit(1);
  }
  console.log(`Installing ${name} from Debian (${packages.join(' ')})…`);
  try {
    aptInstall(packages);
  } catch {
    console.error(`\nInstalling ${name} failed. Run:\n\n  ${command}\n`);
    process.exit(1);
  }
  if (!found()) {
    console.error(`\n${name} is still missing after the install. Run:\n\n  ${command}\n`);
    process.exit(1);
  }
}

ensure('Chromium', () => chromiumPath() !== null, ['chromium'], CHROMIUM_INSTALL);
console.log(`setup: Chromium at ${chromiumPath()}`);

// Firefox ESR for the Firefox smoke test (npm run test:firefox).
ensure('Firefox', () => firefoxPath() !== null, ['firefox-esr'], FIREFOX_INSTALL);
console.log(`setup: Firefox at ${firefoxPath()}`);

// A real Request Tracker for e2e/rt*.spec.ts (installs itself as root; otherwise says how).
const { ensureRequestTracker } = await import('../e2e/rt/install.mjs');
try {
  await ensureRequestTracker();
  console.log('setup: Request Tracker 5 installed');
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
