/**
 * Keyboard commands. `_execute_action` (open the panel) is handled by the browser
 * through the toolbar action; `insert-top-phrase` puts the phrase the panel ranks first
 * into the reply box without opening anything.
 */
import browser from 'webextension-polyfill';
import type { Responses } from '../messaging.ts';
import { phrasesForReading } from './picker.ts';
import { readingOf, sendToTab } from './tab-script.ts';

export const INSERT_TOP_PHRASE = 'insert-top-phrase';

export async function insertTopPhrase(tabId: number): Promise<boolean> {
  const reading = await readingOf(tabId);
  if (!reading) return false;
  const [top] = await phrasesForReading(reading);
  if (!top) return false;
  const result = await sendToTab<Responses['panelToContent.insert']>(tabId, {
    type: 'panelToContent.insert',
    text: top.text,
    ...(top.cursor !== undefined ? { cursor: top.cursor } : {}),
  });
  if (result?.ok) return true;
  // No reply box took it: open the picker instead, so the agent still gets the phrase.
  await sendToTab(tabId, { type: 'backgroundToContent.openPicker' });
  return false;
}

export function onCommand(command: string, tab?: browser.Tabs.Tab): void {
  if (command !== INSERT_TOP_PHRASE) return;
  const run = async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await insertTopPhrase(tabId);
  };
  void run();
}
