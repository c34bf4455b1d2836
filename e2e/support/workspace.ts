/** Helpers for the workspace specs: the in-page picker and the worker's test hooks. */
import type { Page, Worker } from '@playwright/test';

export const picker = (page: Page) => page.getByTestId('phrase-picker');
export const pickerOptions = (page: Page) => picker(page).getByTestId('picker-option');

type Dev = {
  insertTopPhrase(tabId: number): Promise<boolean>;
  onContextMenuClicked(info: { menuItemId: string }, tab: { id: number }): void;
};

/** The "insert top phrase" keyboard command, as the browser would run it (headless Chromium has no shortcut keys). */
export function runInsertTopPhrase(worker: Worker, tabId: number): Promise<boolean> {
  return worker.evaluate((id) => (globalThis as unknown as { oliveDev: Dev }).oliveDev.insertTopPhrase(id), tabId);
}

/** A click on "Insert recovery phrase" in the context menu of the tab's reply box. */
export function clickContextMenu(worker: Worker, tabId: number): Promise<void> {
  return worker.evaluate((id) => (globalThis as unknown as { oliveDev: Dev }).oliveDev.onContextMenuClicked({ menuItemId: 'olive-insert-phrase' }, { id }), tabId);
}

/** Changes settings in storage, as the options page would. */
export async function setSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p) => {
    const stored = (await chrome.storage.local.get('settings')).settings as { version?: number; data?: object } | undefined;
    // No record yet: store it as version 0, so the extension's migrations fill in every other field.
    await chrome.storage.local.set({ settings: { version: stored?.version ?? 0, data: { ...(stored?.data ?? {}), ...p } } });
  }, patch);
}
