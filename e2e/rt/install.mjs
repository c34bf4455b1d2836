// Makes sure Request Tracker 5 (Debian packages) is on this machine, so the e2e harness
// can run a real RT on loopback. Installs it when we are root; otherwise fails loudly
// with the exact command to run, because a silently skipped e2e test proves nothing.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const RT_LIBEXEC = '/usr/share/request-tracker5/libexec';
export const RT_SERVER = `${RT_LIBEXEC}/rt-server`;
export const RT_MAILGATE = '/usr/bin/rt-mailgate';
export const RT_SETUP_DATABASE = '/usr/sbin/rt-setup-database-5';

export const RT_PACKAGES = [
  'request-tracker5',
  'rt5-db-sqlite',
  'rt5-standalone',
  'rt5-clients',
  // Without these, apt pulls in exim and a console web browser prompt.
  'dbconfig-no-thanks',
  'msmtp-mta',
  'w3m',
];

const INSTALL_COMMAND =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ' +
  RT_PACKAGES.join(' ');

/** True when every program the harness runs is present. */
export function requestTrackerInstalled() {
  return [RT_SERVER, RT_MAILGATE, RT_SETUP_DATABASE].every((file) => existsSync(file));
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    console.log(`[rt install] ${command} ${args.join(' ')}`);
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

let pending;

/** Resolves once RT 5 is installed; throws with the install command when it cannot be. */
export function ensureRequestTracker() {
  pending ??= install().finally(() => {
    pending = undefined;
  });
  return pending;
}

async function install() {
  if (requestTrackerInstalled()) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`Request Tracker 5 is not installed. Install it as root with:\n  ${INSTALL_COMMAND}`);
  }
  const started = Date.now();
  try {
    // Two test workers may both find RT missing; the second waits for apt's lock instead of failing.
    const wait = ['-o', 'DPkg::Lock::Timeout=300'];
    await run('apt-get', [...wait, 'update']);
    await run('apt-get', [...wait, 'install', '-y', '--no-install-recommends', ...RT_PACKAGES], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
  } catch (error) {
    throw new Error(
      `Installing Request Tracker 5 failed (${error instanceof Error ? error.message : error}). Run:\n  ${INSTALL_COMMAND}`,
      { cause: error },
    );
  }
  if (!requestTrackerInstalled()) {
    throw new Error(`apt-get finished but RT 5 programs are missing. Run:\n  ${INSTALL_COMMAND}`);
  }
  console.log(`[rt install] Request Tracker 5 installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureRequestTracker().then(
    () => console.log('[rt install] Request Tracker 5 is ready'),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
