/**
 * `npm run package`: what goes to the stores. Builds the packages into a temporary folder,
 * checks what a reviewer would reject (a `key`, loopback hosts, remote code, wide
 * web-accessible resources, missing icons), then unpacks the source archive elsewhere,
 * builds it and expects the very same bytes.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { packageAll, sha256 } from '../scripts/package.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

type Files = Record<string, Uint8Array>;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

// Code that runs something not shipped in the package. The one `fetch(` allowed is Vite's
// modulepreload polyfill, which fetches the page's own <link rel=modulepreload> files.
const REMOTE_CODE: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /importScripts\s*\(/],
  ['remote import', /(?:import\s*\(|from)\s*["'`](?:https?:)?\/\//],
  ['remote script tag', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
  ['network API', /XMLHttpRequest|WebSocket|EventSource|sendBeacon/],
];

function remoteCodeIn(files: Files): string[] {
  const found: string[] = [];
  for (const [path, bytes] of Object.entries(files)) {
    if (!/\.(m?js|html)$/.test(path)) continue;
    const code = text(bytes);
    for (const [name, pattern] of REMOTE_CODE) if (pattern.test(code)) found.push(`${path}: ${name}`);
    const fetches = code.match(/(?<![\w$.])fetch\s*\(/g)?.length ?? 0;
    const preloadPolyfill = code.includes('modulepreload') ? 1 : 0;
    // The i18n module fetches a packaged locale file through runtime.getURL.
    const ownFiles = code.match(/fetch\s*\(\s*[\w$.]+\.runtime\.getURL\(/g)?.length ?? 0;
    if (fetches > preloadPolyfill + ownFiles) found.push(`${path}: fetch`);
  }
  return found;
}

test('the remote-code check finds what it looks for', () => {
  const bad = (code: string) => remoteCodeIn({ 'assets/x.js': new TextEncoder().encode(code) });
  expect(bad('let a = eval("1")')).toEqual(['assets/x.js: eval']);
  expect(bad('new Function("return 1")')).toEqual(['assets/x.js: new Function']);
  expect(bad('import("https://cdn.example/x.js")')).toEqual(['assets/x.js: remote import']);
  expect(bad('fetch("https://example.com/collect")')).toEqual(['assets/x.js: fetch']);
  expect(bad('fetch(n.default.runtime.getURL(`_locales/en/messages.json`))')).toEqual([]);
  expect(bad('retrieval(1); isFunction(x)')).toEqual([]);
});

test.describe('store packages', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let work: string;
  let built: ReturnType<typeof packageAll>;
  const packaged: Record<'chrome' | 'firefox' | 'source', Files> = { chrome: {}, firefox: {}, source: {} };

  test.beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'olive-package-'));
    built = packageAll({ outDir: join(work, 'packages'), buildDir: join(work, 'build') });
    for (const kind of ['chrome', 'firefox', 'source'] as const) packaged[kind] = unzipSync(readFileSync(built.files[kind]));
  });
  test.afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('are named with the package.json version and carry it in the manifest', () => {
    expect(built.files.chrome).toMatch(new RegExp(`olive-branch-chrome-${version.replace(/\./g, '\\.')}\\.zip$`));
    expect(built.files.firefox).toMatch(/olive-branch-firefox-.+\.xpi$/);
    expect(built.files.source).toMatch(/olive-branch-source-.+\.zip$/);
    for (const kind of ['chrome', 'firefox'] as const) {
      expect(JSON.parse(text(packaged[kind]['manifest.json'])).version).toBe(version);
    }
  });

  for (const kind of ['chrome', 'firefox'] as const) {
    test(`${kind}: no key, no loopback host, no <all_urls>, all four icons`, () => {
      const files = packaged[kind];
      const manifestText = text(files['manifest.json']);
      const manifest = JSON.parse(manifestText);
      expect(manifest.key).toBeUndefined();
      expect(manifestText).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(manifestText).not.toContain('<all_urls>');
      for (const size of [16, 32, 48, 128]) {
        const png = files[manifest.icons[String(size)]];
        expect(png, `icon ${size}`).toBeDefined();
        const view = new DataView(png!.buffer, png!.byteOffset);
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([size, size]);
      }
      // Development hooks are compiled out of store builds (OLIVE_STORE=1).
      for (const [path, bytes] of Object.entries(files)) if (path.endsWith('.js')) expect(text(bytes), path).not.toContain('__OLIVE_DEV__');
    });

    test(`${kind}: no remote code`, () => {
      expect(remoteCodeIn(packaged[kind])).toEqual([]);
    });

    test(`${kind}: web-accessible resources are the content script's own chunks, on helpdesk hosts only`, () => {
      const manifest = JSON.parse(text(packaged[kind]['manifest.json']));
      const hosts = new Set<string>(manifest.host_permissions.map((h: string) => h.replace(/\/\*$/, '/*')));
      const scriptChunks = new Set<string>();
      for (const entry of manifest.web_accessible_resources ?? []) {
        // No page may embed or probe for our HTML pages; only script and style chunks.
        for (const resource of entry.resources) {
          expect(resource, 'a web-accessible resource').toMatch(/^assets\/[\w.-]+\.(js|css)$/);
          expect(packaged[kind][resource], resource).toBeDefined();
          scriptChunks.add(resource);
        }
        for (const match of entry.matches) expect(hosts.has(match), `${match} is a helpdesk host`).toBe(true);
        expect(entry.extension_ids).toBeUndefined();
      }
      // Only what the content-script loader imports: the chunk it names and what that imports.
      const loader = manifest.content_scripts.find((s: { world?: string }) => s.world !== 'MAIN').js[0];
      const entryChunk = text(packaged[kind][loader]).match(/getURL\(\s*["'`]([^"'`]+)["'`]/)?.[1];
      expect(entryChunk && scriptChunks.has(entryChunk)).toBe(true);
      expect(scriptChunks.size).toBeLessThanOrEqual(8);
    });
  }

  test('the source archive rebuilds byte-identical packages', () => {
    const sourceDir = join(work, 'source');
    for (const [path, bytes] of Object.entries(packaged.source)) {
      mkdirSync(dirname(join(sourceDir, path)), { recursive: true });
      writeFileSync(join(sourceDir, path), bytes);
    }
    expect(Object.keys(packaged.source)).toContain('BUILDING.md');
    expect(Object.keys(packaged.source).some((p) => p.startsWith('e2e/') || p.endsWith('.test.ts'))).toBe(false);
    // A reviewer runs `npm ci`; the same pinned packages are already here.
    symlinkSync(join(root, 'node_modules'), join(sourceDir, 'node_modules'), 'dir');
    const rebuilt = packageAll({ root: sourceDir, outDir: join(work, 'rebuilt'), buildDir: join(sourceDir, 'dist') });
    for (const kind of ['chrome', 'firefox'] as const) {
      const again = unzipSync(readFileSync(rebuilt.files[kind]));
      const hashes = (files: Files) => Object.fromEntries(Object.entries(files).map(([p, b]) => [p, sha256(b)]));
      expect(hashes(again), kind).toEqual(hashes(packaged[kind]));
      expect(sha256(readFileSync(rebuilt.files[kind])), `${kind} package bytes`).toBe(sha256(readFileSync(built.files[kind])));
    }
  });
});
