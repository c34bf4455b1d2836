/**
 * Settings and their numbered migrations (Bitwarden style): each migration takes the
 * stored object of the version before it and returns the next one. Pure, so each is
 * tested on its own.
 */
import { validAccepted, type AcceptedWording } from '../../src/analysis/draft-accepted.ts';

export interface Settings {
  agentName: string;
  company: string;
  /** "HH:MM", the start of the agent's working day; follow-ups default to it. */
  workdayStart: string;
  playbook: string;
  /** Sign-off the panel offers to insert; plain text, may span lines. */
  signature: string;
  /** Which quick pick the follow-up control offers first. */
  followUpDelay: FollowUpDelay;
  /** Typed in a reply box, opens the phrase picker (a text-expander trigger). */
  triggerKey: string;
  /** Adapter ids the agent switched off; stored as "off" so new helpdesks start on. */
  disabledHelpdesks: string[];
  /** UI and built-in phrase language: 'auto' follows the browser. */
  language: UiLanguage;
  /** Draft wording the agent marked "Not a problem": not flagged again for that kind. */
  acceptedWording: AcceptedWording[];
}

export const FOLLOW_UP_DELAYS = ['2hours', 'tomorrow', '2days'] as const;
export type FollowUpDelay = (typeof FOLLOW_UP_DELAYS)[number];
export const UI_LANGUAGES = ['auto', 'en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  company: '',
  workdayStart: '09:00',
  playbook: 'recovery',
  signature: '',
  followUpDelay: 'tomorrow',
  triggerKey: ';;',
  disabledHelpdesks: [],
  language: 'auto',
  acceptedWording: [],
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

/** A trigger must be typeable and rare in prose: 1–4 visible, non-letter, non-digit characters. */
export function isValidTrigger(value: unknown): value is string {
  return typeof value === 'string' && /^[^\p{L}\p{N}\s]{1,4}$/u.test(value);
}

/**
 * v2: the workspace settings (signature, follow-up delay, picker trigger, helpdesks
 * switched off, language). Fields of v1 pass through; each new field keeps a valid
 * stored value (a record written by a newer version read back) or takes its default.
 */
const m002: Migration = {
  version: 2,
  up(previous) {
    const out: Raw = { ...previous };
    out.signature = typeof previous.signature === 'string' ? previous.signature.slice(0, 2_000) : DEFAULT_SETTINGS.signature;
    out.followUpDelay = (FOLLOW_UP_DELAYS as readonly unknown[]).includes(previous.followUpDelay) ? previous.followUpDelay : DEFAULT_SETTINGS.followUpDelay;
    out.triggerKey = isValidTrigger(previous.triggerKey) ? previous.triggerKey : DEFAULT_SETTINGS.triggerKey;
    out.disabledHelpdesks = Array.isArray(previous.disabledHelpdesks)
      ? [...new Set(previous.disabledHelpdesks.filter((id): id is string => typeof id === 'string' && id.length <= 100))]
      : [];
    out.language = (UI_LANGUAGES as readonly unknown[]).includes(previous.language) ? previous.language : DEFAULT_SETTINGS.language;
    return out;
  },
};

/** v3: draft wording the agent accepted. A corrupt list keeps its valid entries. */
const m003: Migration = {
  version: 3,
  up(previous) {
    return { ...previous, acceptedWording: validAccepted(previous.acceptedWording) };
  },
};

export const SETTINGS_MIGRATIONS: readonly Migration[] = [m001, m002, m003];
export const SETTINGS_VERSION = SETTINGS_MIGRATIONS.at(-1)!.version;

/** Brings a stored record (of any version, or garbage) up to the current schema. */
export function migrateSettings(stored: unknown): { settings: Settings; version: number; migrated: boolean } {
  const record = stored && typeof stored === 'object' ? (stored as { version?: unknown; data?: unknown }) : {};
  let version = typeof record.version === 'number' ? record.version : 0;
  let data: Raw = record.data && typeof record.data === 'object' ? (record.data as Raw) : {};
  const start = version;
  if (version > SETTINGS_VERSION) {
    // Written by a newer version: keep what we understand, never write it back down.
    for (const migration of SETTINGS_MIGRATIONS) data = { ...data, ...migration.up(data) };
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
