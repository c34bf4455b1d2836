import browser from 'webextension-polyfill';
import { migrateSettings, SETTINGS_VERSION, type Settings } from './settings-schema.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const { settings, migrated } = migrateSettings(stored);
  if (migrated) await browser.storage.local.set({ [KEY]: { version: SETTINGS_VERSION, data: settings } });
  return settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: { version: SETTINGS_VERSION, data: next } });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(migrateSettings(changes[KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export type { Settings } from './settings-schema.ts';
