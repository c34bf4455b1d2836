/**
 * What an administrator pushes through browser policy (storage.managed, described by
 * public/managed-schema.json): a read-only team phrase pack and defaults for settings.
 * Policies arrive unchecked on some routes, so every value is checked here; a bad team
 * phrase is left out on its own and counted, never allowed to hide the good ones.
 */
import browser from 'webextension-polyfill';
import { checkPhrase } from '../../src/phrases/import/index.ts';
import { teamId } from '../../src/phrases/library.ts';
import type { Phrase } from '../../src/phrases/types.ts';
import { playbooks } from '../../src/playbooks/index.ts';
import { DEFAULT_SETTINGS, FOLLOW_UP_DELAYS, type Settings } from './settings-schema.ts';

export type ManagedDefaults = Partial<Pick<Settings, (typeof DEFAULT_KEYS)[number]>>;

export interface ManagedConfig {
  teamName?: string;
  phrases: Phrase[];
  /** Team phrases the policy held but that were malformed, so the options page can say so. */
  rejected: number;
  defaults: ManagedDefaults;
  /** An organisation may forbid browser sync of phrases and settings. */
  syncAllowed: boolean;
}

export const NO_MANAGED: ManagedConfig = { phrases: [], rejected: 0, defaults: {}, syncAllowed: true };

type Raw = Record<string, unknown>;
const DEFAULT_KEYS = ['agentName', 'company', 'signature', 'playbook', 'workdayStart', 'followUpDelay'] as const;

/** What a pushed default must look like to be used; a value that fails is ignored, never half-applied. */
const DEFAULT_CHECKS: Record<(typeof DEFAULT_KEYS)[number], (value: string) => boolean> = {
  agentName: (v) => v.length <= 200,
  company: (v) => v.length <= 200,
  signature: (v) => v.length <= 2_000,
  playbook: (v) => playbooks.some((p) => p.id === v),
  workdayStart: (v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
  followUpDelay: (v) => (FOLLOW_UP_DELAYS as readonly string[]).includes(v),
};

/** The policy values as a checked config. Pure. */
export function readManaged(raw: unknown): ManagedConfig {
  const policy = raw && typeof raw === 'object' ? (raw as Raw) : {};
  const phrases: Phrase[] = [];
  let rejected = 0;
  const seen = new Set<string>();
  const list = Array.isArray(policy.teamPhrases) ? policy.teamPhrases.slice(0, 2_000) : [];
  list.forEach((value, i) => {
    // Administrators write the pack by hand: tone and language may be left out.
    const filled = value && typeof value === 'object' ? { tone: 'warm', lang: 'en', ...(value as Raw) } : value;
    const checked = checkPhrase(filled, i);
    if ('issues' in checked || seen.has(teamId(checked.phrase.id))) return void rejected++;
    seen.add(teamId(checked.phrase.id));
    phrases.push({ ...checked.phrase, id: teamId(checked.phrase.id) });
  });
  const defaults: ManagedDefaults = {};
  const rawDefaults = policy.defaults && typeof policy.defaults === 'object' ? (policy.defaults as Raw) : {};
  for (const key of DEFAULT_KEYS) {
    const value = rawDefaults[key];
    if (typeof value === 'string' && value.trim() && DEFAULT_CHECKS[key](value.trim())) (defaults as Record<string, string>)[key] = value.trim();
  }
  const teamName = typeof policy.teamName === 'string' && policy.teamName.trim() ? policy.teamName.trim().slice(0, 100) : undefined;
  return { ...(teamName ? { teamName } : {}), phrases, rejected, defaults, syncAllowed: policy.allowSync !== false };
}

/** Settings the agent left at their defaults take the organisation's; the agent's own choices stay. */
export function withManagedDefaults(settings: Settings, defaults: ManagedDefaults): Settings {
  const out = { ...settings };
  for (const key of DEFAULT_KEYS) {
    const value = defaults[key];
    if (value !== undefined && settings[key] === DEFAULT_SETTINGS[key]) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

export async function loadManaged(): Promise<ManagedConfig> {
  try {
    // Without any policy Firefox rejects, and some Chromium builds report an error: both mean "none".
    return readManaged(await browser.storage.managed.get());
  } catch {
    return NO_MANAGED;
  }
}

export function onManagedChanged(listener: (config: ManagedConfig) => void): () => void {
  const handler = (_changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'managed') void loadManaged().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
