// One set-up routine for every command a new user runs (`npm start`, `npm test`): as root
// on Debian it installs a missing program from Debian's packages; anywhere else it stops
// with the exact command that would, never with a silent skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browsers.mjs';
import { firefoxPath } from '../e2e/firefox/firefox-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let aptUpdated = false;

/** The command a person runs to install these Debian packages, with sudo when they are not root. */
export function aptCommand(packages, { root = isRoot } = {}) {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

/**
 * Makes sure `found()` holds, installing `packages` from Debian when it can; throws with the
 * exact command to run when it cannot. `envVar` names the variable that points at a build
 * of the user's own instead. `machine` is what this machine allows (tests pass their own).
 */
export function ensure(name, found, packages, envVar, machine = { root: isRoot, apt: hasApt, install: aptInstall }) {
  if (found()) return;
  const command = aptCommand(packages, { root: machine.root });
  if (!machine.root || !machine.apt) {
    const why = machine.apt ? 'needs root to install' : 'has no apt-get to install from';
    throw new Error(`${name} is missing and this machine ${why} it. Install it with:\n\n  ${command}\n\nor set ${envVar} to your own ${name} binary.`);
  }
  console.log(`Installing ${name} from Debian (${packages.join(' ')})…`);
  try {
    machine.install(packages);
  } catch {
    throw new Error(`Installing ${name} failed. Run:\n\n  ${command}`);
  }
  if (!found()) throw new Error(`${name} is still missing after the install. Run:\n\n  ${command}`);
}

/** For the command-line scripts: a set-up that cannot be done ends the run with its message. */
export function orExit(step) {
  try {
    return step();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}

export function ensureChromium() {
  ensure('Chromium', () => chromiumPath() !== null, ['chromium'], 'CHROME_PATH');
  return chromiumPath();
}

export function ensureFirefox() {
  ensure('Firefox', () => firefoxPath() !== null, ['firefox-esr'], 'FIREFOX_PATH');
  return firefoxPath();
}
