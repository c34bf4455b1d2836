/**
 * PRIVACY.md says nothing is sent anywhere and names every place data is kept. This keeps
 * it true: the shipped source has no way to make a request, and every storage area the
 * code touches is one the policy names.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function shippedSources(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'extension'));
  return out;
}

// Comments may mention these words; code may not use them.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

// Reading one of the add-on's own packaged files (a locale's messages) is not a request
// to anywhere: the URL is the extension's own, and the pages' CSP allows nothing else.
const OWN_FILE_FETCH = /\bfetch\s*\(\s*(?:browser|chrome)\.runtime\.getURL\(/g;
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|navigator\.connection/;

describe('PRIVACY.md stays true to the code', () => {
  const sources = shippedSources();
  const policy = readFileSync(resolve(root, 'PRIVACY.md'), 'utf8');

  it('reads the whole shipped source', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.some((s) => s.path.endsWith(join('content', 'index.ts')))).toBe(true);
  });

  it('has no code that talks to a network', () => {
    const offenders = sources.filter((s) => NETWORK.test(withoutComments(s.text).replace(OWN_FILE_FETCH, 'ownFile('))).map((s) => s.path);
    expect(offenders).toEqual([]);
    expect(policy).toMatch(/sends nothing anywhere/i);
  });

  it('names every storage area the code writes to', () => {
    const code = sources.map((s) => withoutComments(s.text)).join('\n');
    const areas: [RegExp, string][] = [
      [/storage\.local\b/, 'storage.local'],
      [/storage\.sync\b/, 'storage.sync'],
      [/\bopenDB\(|indexedDB\.open\(/, 'IndexedDB'],
      [/storage\.session\.set\b/, 'storage.session'],
      [/\blocalStorage\b/, 'localStorage'],
      [/\bdocument\.cookie\s*=/, 'cookie'],
    ];
    for (const [pattern, name] of areas) if (pattern.test(code)) expect(policy, `PRIVACY.md does not mention ${name}`).toContain(name);
    // The two the add-on relies on today must be there whatever the pattern list says.
    expect(policy).toContain('storage.local');
    expect(policy).toContain('IndexedDB');
  });

  it('says sync stays off until the agent turns it on', () => {
    expect(policy).toMatch(/sync is off by default/i);
    expect(policy).toContain('storage.sync');
  });
});
