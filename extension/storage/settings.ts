import browser from 'webextension-polyfill';
import { migrateSettings, SETTINGS_VERSION, type Settings } from './settings-schema.ts';
import { loadManaged, withManagedDefaults } from './managed.ts';

const KEY = 'settings';

/** What the agent chose, without anything the organisation pushed. */
async function loadOwnSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const { settings, migrated } = migrateSettings(stored);
  if (migrated) await browser.storage.local.set({ [KEY]: { version: SETTINGS_VERSION, data: settings } });
  return settings;
}

/** The settings in force: the agent's own, with the organisation's defaults where the agent kept ours. */
export async function loadSettings(): Promise<Settings> {
  const [own, managed] = await Promise.all([loadOwnSettings(), loadManaged()]);
  return withManagedDefaults(own, managed.defaults);
}

/** Writes only the agent's choices, so an organisation default never becomes a personal one. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadOwnSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: { version: SETTINGS_VERSION, data: next } });
  return loadSettings();
}

/** Reports the settings in force after a change; only reads (a cleared record stays cleared). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (!(area === 'local' && changes[KEY]) && area !== 'managed') return;
    void (async () => {
      const own = area === 'local' ? changes[KEY]!.newValue : (await browser.storage.local.get(KEY))[KEY];
      listener(withManagedDefaults(migrateSettings(own).settings, (await loadManaged()).defaults));
    })();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export type { Settings } from './settings-schema.ts';
