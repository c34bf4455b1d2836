/** Sizes of what each browser loads, from the built dist/chrome (run `npm run build` first). */
import { it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { record } from './report.ts';

const dist = resolve(import.meta.dirname, '../../dist/chrome');

/** A file plus every chunk it imports, transitively (crxjs splits shared code into chunks). */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  // Static imports, dynamic imports, and crxjs's loader: import(chrome.runtime.getURL("assets/…")).
  for (const match of code.matchAll(/(?:import|from|getURL)\s*\(?\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+\.js)["']/g)) {
    const spec = match[1]!;
    const path = spec.startsWith('/') ? spec.slice(1) : spec.startsWith('assets/') ? spec : join(entry, '..', spec);
    if (existsSync(join(dist, path))) closure(path, seen);
  }
  return seen;
}

const gzipKB = (files: Set<string>) =>
  [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) / 1024;

it('records bundle sizes per entry point', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const loader = manifest.content_scripts[0].js[0] as string;
  record({ group: 'size', name: 'content script (gzip, with chunks)', value: gzipKB(closure(loader)), unit: 'KB', target: 30, gate: true });
  const html = (page: string) => {
    const source = readFileSync(join(dist, page), 'utf8');
    const scripts = [...source.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    const files = new Set<string>();
    for (const s of scripts) closure(s, files);
    return files;
  };
  record({ group: 'size', name: 'side panel (gzip, with chunks)', value: gzipKB(html('extension/sidepanel/index.html')), unit: 'KB' });
  record({ group: 'size', name: 'options page (gzip, with chunks)', value: gzipKB(html('extension/options/index.html')), unit: 'KB' });
  const worker = readdirSync(join(dist, 'assets')).length > 0 ? closure('service-worker-loader.js') : new Set<string>();
  record({ group: 'size', name: 'background worker (gzip, with chunks)', value: gzipKB(worker), unit: 'KB' });
});
