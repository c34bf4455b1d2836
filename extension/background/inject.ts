import browser from 'webextension-polyfill';

/**
 * Tabs already open at install or update get the content script now instead of after a
 * reload. A tab we may not script (the Web Store, a revoked origin) is skipped.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: script.js }).catch((error: unknown) => {
        console.debug('[olive-branch] could not inject into tab', tab.id, error);
      });
    }
  }
}
