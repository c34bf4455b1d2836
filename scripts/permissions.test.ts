/**
 * The store manifests, as `npm run package` builds them, ask for exactly the reviewed
 * permissions and hosts, never for loopback hosts, `<all_urls>` or a `key`, and protect
 * their pages with a CSP. Any new permission fails here until it is reviewed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildManifest, type Target } from './manifest.ts';
import { REVIEWED_HOSTS, REVIEWED_OPTIONAL_HOSTS, REVIEWED_PERMISSIONS } from './reviewed-permissions.ts';

const root = resolve(import.meta.dirname, '..');
const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

interface Manifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  icons: Record<string, string>;
  key?: string;
  version: string;
}

const store = (target: Target) => buildManifest(base, target, { dev: false, version }) as unknown as Manifest;
const sorted = (list: readonly string[]) => [...list].sort();

describe.each(['chrome', 'firefox'] as const)('the %s store manifest', (target) => {
  const manifest = store(target);

  it('asks for exactly the reviewed permissions', () => {
    const reviewed = REVIEWED_PERMISSIONS.filter((p) => !p.only || p.only === target).map((p) => p.value);
    expect(sorted(manifest.permissions)).toEqual(sorted(reviewed));
  });

  it('reaches exactly the reviewed helpdesk hosts, and others only when the agent grants one', () => {
    expect(sorted(manifest.host_permissions)).toEqual(sorted(REVIEWED_HOSTS.map((h) => h.value)));
    expect(sorted(manifest.optional_host_permissions)).toEqual(sorted(REVIEWED_OPTIONAL_HOSTS.map((h) => h.value)));
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) expect(manifest.host_permissions).toContain(match);
    }
  });

  it('carries no key, no loopback host and no <all_urls>', () => {
    const text = JSON.stringify(manifest);
    expect(manifest.key).toBeUndefined();
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"/);
  });

  it('limits extension pages to their own files', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('takes its version from package.json', () => {
    expect(manifest.version).toBe(version);
  });

  it('has icons at 16, 32, 48 and 128 px, each PNG of that size', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(manifest.icons)) {
      const png = readFileSync(resolve(root, 'public', path));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height as big-endian integers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the reviewed list', () => {
  const storeText = readFileSync(resolve(root, 'STORE.md'), 'utf8');

  it('gives every permission and host a reason, word for word in STORE.md', () => {
    for (const entry of [...REVIEWED_PERMISSIONS, ...REVIEWED_HOSTS, ...REVIEWED_OPTIONAL_HOSTS]) {
      expect(entry.why, entry.value).toMatch(/^[A-Z].{20,}\.$/);
      expect(storeText, `STORE.md misses the reason for ${entry.value}`).toContain(entry.why);
    }
  });

  it('keeps loopback hosts in development builds only', () => {
    const dev = buildManifest(base, 'chrome', { dev: true, version }) as unknown as Manifest;
    expect(dev.host_permissions).toContain('http://127.0.0.1/*');
    expect(store('chrome').host_permissions).not.toContain('http://127.0.0.1/*');
  });
});
