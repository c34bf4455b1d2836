/**
 * Reaching a tab's content script from the background, injecting it first when the tab
 * has none yet (basic mode on any page: the shortcut or context-menu click that got us
 * here granted activeTab for it).
 */
import browser from 'webextension-polyfill';
import type { BackgroundToContent, PanelToContent, Reading } from '../messaging.ts';
import { injectContentScripts } from './content-scripts.ts';

/** Sends to the tab's top frame; on "no receiver", injects the content script and tries once more. */
export async function sendToTab<T>(tabId: number, message: PanelToContent | BackgroundToContent): Promise<T | undefined> {
  const send = () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<T | undefined>;
  try {
    return await send();
  } catch {
    if (!(await injectContentScripts(tabId))) return undefined;
    try {
      return await send();
    } catch {
      return undefined;
    }
  }
}

export function readingOf(tabId: number): Promise<Reading | undefined> {
  return sendToTab<Reading>(tabId, { type: 'panelToContent.getReading' });
}
