import browser from 'webextension-polyfill';
import { injectContentScripts } from './content-scripts.ts';

/**
 * Tabs already open at install or update get the content scripts now instead of after a
 * reload. A tab we may not script (the Web Store, a revoked origin) is skipped.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const matches = [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []))];
  if (matches.length === 0) return;
  for (const tab of await browser.tabs.query({ url: matches })) {
    if (tab.id !== undefined && !tab.discarded) await injectContentScripts(tab.id);
  }
}
