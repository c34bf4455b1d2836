import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from './manifest.ts';

const base = JSON.parse(readFileSync(resolve(import.meta.dirname, '../manifest.json'), 'utf8'));

describe('manifest per build', () => {
  it('pins the extension id with a key in the development build only', () => {
    expect(typeof buildManifest(base, 'chrome', { dev: true, version: '1.0.0' }).key).toBe('string');
    expect(buildManifest(base, 'chrome', { dev: false, version: '1.0.0' })).not.toHaveProperty('key');
    expect(buildManifest(base, 'firefox', { dev: false, version: '1.0.0' })).not.toHaveProperty('key');
  });

  it('declares the managed-storage schema for Chrome, and a schema file that exists', () => {
    const manifest = buildManifest(base, 'chrome', { dev: false, version: '1.0.0' }) as { storage?: { managed_schema?: string } };
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public', manifest.storage!.managed_schema!), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['teamPhrases', 'defaults']));
    expect(buildManifest(base, 'firefox', { dev: true, version: '1.0.0' })).not.toHaveProperty('storage');
  });
});
