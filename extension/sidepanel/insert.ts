import browser from 'webextension-polyfill';
import type { PanelToContent, Responses } from '../messaging.ts';
import type { InsertOptions } from '../../src/editors/types.ts';

export type InsertOutcome = 'inserted' | 'copied' | 'failed';

/**
 * Asks the bound tab's content script to insert; when no editor takes the text, copies
 * it instead (the panel still holds the agent's click, so the clipboard is allowed).
 */
export async function insertIntoTab(tabId: number | undefined, text: string, options: InsertOptions = {}): Promise<InsertOutcome> {
  if (tabId !== undefined) {
    const request: PanelToContent = { type: 'panelToContent.insert', text, ...options };
    try {
      const result = (await browser.tabs.sendMessage(tabId, request)) as Responses['panelToContent.insert'] | undefined;
      if (result?.ok) return 'inserted';
    } catch {
      // No content script in the tab: fall through to the clipboard.
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
