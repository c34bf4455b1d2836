// `npm run package`: the store builds (OLIVE_STORE=1: no loopback matches, no `key`, no dev
// hooks) zipped for the Chrome Web Store and addons.mozilla.org, plus the source archive
// AMO asks for. Every zip is deterministic (sorted entries, one fixed timestamp), so the
// source archive rebuilds byte-identical packages (e2e/package.spec.ts proves it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const repoRoot = resolve(import.meta.dirname, '..');

export const TARGETS = /** @type {const} */ (['chrome', 'firefox']);

// What a reviewer needs to rebuild the add-on, and nothing else (no tests, no e2e harness).
const SOURCE_ROOTS = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'manifest.json',
  'scripts/manifest.ts',
  'scripts/package.mjs',
  'src',
  'extension',
  'public',
  'README.md',
  'PRIVACY.md',
];
const isTestFile = (path) => /\.test\.tsx?$/.test(path) || path.includes(`${sep}__fixtures__${sep}`);

// DOS timestamps are local time: a local 1980-01-01 writes the same bytes in every time zone.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Every file under dir, as sorted forward-slash paths relative to dir. */
export function listFiles(dir) {
  const out = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A zip of the given files (path → bytes) that depends only on their paths and contents. */
export function deterministicZip(files) {
  const entries = {};
  for (const path of Object.keys(files).sort()) entries[path] = [files[path], { mtime: FIXED_MTIME, level: 9 }];
  return zipSync(entries, { mtime: FIXED_MTIME });
}

export function zipDir(dir) {
  return deterministicZip(Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path))])));
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Runs the store build of one target into outDir (absolute), from the source tree at root. */
export function buildStore(target, outDir, root = repoRoot) {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', target, '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, OLIVE_STORE: '1', OLIVE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function sourceFiles(root) {
  const files = [];
  for (const entry of SOURCE_ROOTS) {
    const path = join(root, entry);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) continue; // e.g. PRIVACY.md before it was written
    if (info.isFile()) files.push(entry);
    else for (const file of listFiles(path)) if (!isTestFile(join(entry, file))) files.push(`${entry}/${file}`);
  }
  return files.sort();
}

function buildingNotes(version) {
  return `# Building Olive Branch ${version} from this archive

Needs Node 20.19 or newer and npm (any OS). From the folder this archive unpacks into:

    npm ci
    OLIVE_STORE=1 OLIVE_OUT_DIR=dist/store-firefox npx vite build --mode firefox
    OLIVE_STORE=1 OLIVE_OUT_DIR=dist/store-chrome npx vite build --mode chrome

dist/store-firefox then holds exactly the files of olive-branch-firefox-${version}.xpi
(node scripts/package.mjs --out packages rebuilds both packages and this archive; the
zips are deterministic, so their bytes match too).
No code is generated or downloaded at build time beyond the npm packages pinned in
package-lock.json; the build is Vite with @crxjs/vite-plugin and @preact/preset-vite.
`;
}

/**
 * Builds both store targets and writes the packages into outDir.
 * @param {{ root?: string, outDir?: string, buildDir?: string }} [options]
 * @returns {{ version: string, files: Record<'chrome'|'firefox'|'source', string>, buildDirs: Record<'chrome'|'firefox', string> }}
 */
export function packageAll({ root = repoRoot, outDir = join(root, 'packages'), buildDir = join(root, 'dist') } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const buildDirs = { chrome: join(buildDir, 'store-chrome'), firefox: join(buildDir, 'store-firefox') };
  const files = {
    chrome: join(outDir, `olive-branch-chrome-${version}.zip`),
    firefox: join(outDir, `olive-branch-firefox-${version}.xpi`),
    source: join(outDir, `olive-branch-source-${version}.zip`),
  };
  for (const target of TARGETS) {
    rmSync(buildDirs[target], { recursive: true, force: true });
    buildStore(target, buildDirs[target], root);
    writeFileSync(files[target], zipDir(buildDirs[target]));
  }
  const source = Object.fromEntries(sourceFiles(root).map((path) => [path, readFileSync(join(root, path))]));
  source['BUILDING.md'] = new TextEncoder().encode(buildingNotes(version));
  writeFileSync(files.source, deterministicZip(source));
  return { version, files, buildDirs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFlag = process.argv.indexOf('--out');
  const outDir = outFlag > -1 ? resolve(process.argv[outFlag + 1]) : undefined;
  const result = packageAll({ outDir });
  for (const path of Object.values(result.files)) {
    const bytes = readFileSync(path);
    console.log(`${relative(process.cwd(), path)}  ${(bytes.length / 1024).toFixed(1)} KB  sha256 ${sha256(bytes).slice(0, 16)}…`);
  }
}
