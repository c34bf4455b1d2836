/**
 * Settings and their numbered migrations (Bitwarden style): each migration takes the
 * stored object of the version before it and returns the next one. Pure, so each is
 * tested on its own.
 */
export interface Settings {
  agentName: string;
  company: string;
  /** "HH:MM", the start of the agent's working day; follow-ups default to it. */
  workdayStart: string;
  playbook: string;
}

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  company: '',
  workdayStart: '09:00',
  playbook: 'recovery',
};

type Raw = Record<string, unknown>;

export interface Migration {
  version: number;
  up(previous: Raw): Raw;
}

/** v1: the first schema. Anything unknown or of the wrong type takes its default. */
const m001: Migration = {
  version: 1,
  up(previous) {
    const out: Raw = {};
    for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
      const value = previous[key];
      out[key] = typeof value === typeof fallback ? value : fallback;
    }
    return out;
  },
};

export const SETTINGS_MIGRATIONS: readonly Migration[] = [m001];
export const SETTINGS_VERSION = SETTINGS_MIGRATIONS.at(-1)!.version;

/** Brings a stored record (of any version, or garbage) up to the current schema. */
export function migrateSettings(stored: unknown): { settings: Settings; version: number; migrated: boolean } {
  const record = stored && typeof stored === 'object' ? (stored as { version?: unknown; data?: unknown }) : {};
  let version = typeof record.version === 'number' ? record.version : 0;
  let data: Raw = record.data && typeof record.data === 'object' ? (record.data as Raw) : {};
  const start = version;
  if (version > SETTINGS_VERSION) {
    // Written by a newer version: keep what we understand, never write it back down.
    data = m001.up(data);
    return { settings: data as unknown as Settings, version, migrated: false };
  }
  for (const migration of SETTINGS_MIGRATIONS) {
    if (migration.version > version) {
      data = migration.up(data);
      version = migration.version;
    }
  }
  return { settings: data as unknown as Settings, version, migrated: version !== start };
}
