/**
 * The personal phrase library record in storage.local, with numbered migrations in the
 * style of settings-schema.ts. A corrupt phrase is dropped on its own; the rest survive.
 */
import { checkPhrase } from '../../src/phrases/import/index.ts';
import type { PersonalLibrary } from '../../src/phrases/library.ts';
import type { Phrase } from '../../src/phrases/types.ts';

export interface StoredLibrary extends PersonalLibrary {
  /** Milliseconds since the epoch of the last change: sync uses it to pick the newer side. */
  updatedAt: number;
}

export const EMPTY_STORED_LIBRARY: StoredLibrary = { phrases: [], hidden: [], updatedAt: 0 };

type Raw = Record<string, unknown>;

interface Migration {
  version: number;
  up(previous: Raw): Raw;
}

/** v1: own phrases (overrides share a built-in's id), hidden built-in ids, a change stamp. */
const m001: Migration = {
  version: 1,
  up(previous) {
    const phrases: Phrase[] = [];
    const seen = new Set<string>();
    for (const [i, value] of (Array.isArray(previous.phrases) ? previous.phrases : []).entries()) {
      const checked = checkPhrase(value, i);
      if ('phrase' in checked && !seen.has(checked.phrase.id)) {
        seen.add(checked.phrase.id);
        phrases.push(checked.phrase);
      }
    }
    const hidden = Array.isArray(previous.hidden) ? [...new Set(previous.hidden.filter((h): h is string => typeof h === 'string'))] : [];
    const updatedAt = typeof previous.updatedAt === 'number' && Number.isFinite(previous.updatedAt) ? previous.updatedAt : 0;
    return { phrases, hidden, updatedAt };
  },
};

export const PHRASES_MIGRATIONS: readonly Migration[] = [m001];
export const PHRASES_VERSION = PHRASES_MIGRATIONS.at(-1)!.version;

/** Brings a stored record (any version, or garbage) up to the current schema. */
export function migrateLibrary(stored: unknown): { library: StoredLibrary; version: number; migrated: boolean } {
  const record = stored && typeof stored === 'object' ? (stored as { version?: unknown; data?: unknown }) : {};
  let version = typeof record.version === 'number' ? record.version : 0;
  let data: Raw = record.data && typeof record.data === 'object' ? (record.data as Raw) : {};
  const start = version;
  if (version > PHRASES_VERSION) {
    // From a newer release: read what we understand, never write it back down.
    return { library: m001.up(data) as unknown as StoredLibrary, version, migrated: false };
  }
  for (const migration of PHRASES_MIGRATIONS) {
    if (migration.version > version) {
      data = migration.up(data);
      version = migration.version;
    }
  }
  // Re-check a current record too: storage can be edited from devtools or by sync.
  if (start === version) data = m001.up(data);
  return { library: data as unknown as StoredLibrary, version, migrated: version !== start };
}

export function libraryRecord(library: StoredLibrary): { version: number; data: StoredLibrary } {
  return { version: PHRASES_VERSION, data: library };
}

/**
 * Two devices changed the library between syncs: keep every phrase from both. The same
 * id on both sides takes the copy from the side changed last; hidden ids are united.
 */
export function mergeStoredLibraries(local: StoredLibrary, remote: StoredLibrary): StoredLibrary {
  const [older, newer] = local.updatedAt > remote.updatedAt ? [remote, local] : [local, remote];
  const byId = new Map(older.phrases.map((p) => [p.id, p]));
  for (const phrase of newer.phrases) byId.set(phrase.id, phrase);
  return {
    phrases: [...byId.values()],
    hidden: [...new Set([...older.hidden, ...newer.hidden])],
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
  };
}
