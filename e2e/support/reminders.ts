/** Helpers for the reminders e2e tests: talk to whichever extension worker is alive. */
import type { BrowserContext, Page } from '@playwright/test';
import type { Reminder } from '../../src/reminders/model.ts';

/**
 * Runs `fn` in a live service worker of the extension. A worker stopped by the test is
 * skipped; when none is alive, `wake` (a page of the extension) sends a message so a
 * fresh one starts and registers.
 */
export async function inWorker<R, A>(context: BrowserContext, extensionId: string, fn: (arg: A) => R | Promise<R>, arg: A, wake?: Page): Promise<R | undefined> {
  for (const w of context.serviceWorkers().filter((w) => w.url().includes(extensionId))) {
    try {
      // Playwright types the argument as its serialised form; ours are plain JSON already.
      return await w.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
    } catch {
      // stopped; try the next one
    }
  }
  await wake?.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
  return undefined;
}

export const notificationIds = (context: BrowserContext, extensionId: string, wake?: Page) =>
  inWorker(context, extensionId, async () => Object.keys(await chrome.notifications.getAll()).sort(), undefined, wake);

/** Every stored reminder, asked of the background the way the panel asks. */
export function listReminders(page: Page): Promise<Reminder[]> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'panelToBackground.listReminders' }) as Promise<Reminder[]>);
}

type Dev = { oliveDev: { bringForward(ms: number): Promise<number>; reconcile(): Promise<void>; onNotificationButton(id: string, index: number): Promise<void> } };
export const devHooks = (g: unknown) => (g as Dev).oliveDev;
