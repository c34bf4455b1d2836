/**
 * The manifest's content scripts as the background injects or registers them: the
 * reader in the extension's isolated world and the small editor bridge in the page's
 * main world (some editors take text only from their own world).
 */
import browser from 'webextension-polyfill';

export type World = 'ISOLATED' | 'MAIN';
export interface ContentScript {
  js: string[];
  world: World;
}

export function manifestContentScripts(): ContentScript[] {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []) as { js?: string[]; world?: string }[];
  return scripts
    .filter((s) => (s.js?.length ?? 0) > 0)
    .map((s) => ({ js: s.js!, world: s.world === 'MAIN' ? 'MAIN' : 'ISOLATED' }));
}

/** Injects every content script into a tab's top frame; false when the tab may not be scripted. */
export async function injectContentScripts(tabId: number): Promise<boolean> {
  try {
    for (const script of manifestContentScripts()) {
      await browser.scripting.executeScript({ target: { tabId }, files: script.js, world: script.world } as browser.Scripting.ScriptInjection);
    }
    return true;
  } catch (error) {
    console.debug('[olive-branch] could not inject into tab', tabId, error);
    return false; // a browser page, the web store, or an origin we may not script
  }
}
