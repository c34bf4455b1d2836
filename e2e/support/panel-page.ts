/** Page object for the side panel, opened as a page bound to a helpdesk tab with ?tabId=. */
import type { BrowserContext, Page, Worker } from '@playwright/test';

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

export class SidePanel {
  private constructor(readonly page: Page) {}

  /**
   * Opens the panel in its own window, as the real side panel is a separate surface:
   * the helpdesk tab stays the visible, active tab of its window. `focused: false` leaves
   * the helpdesk's window focused, as beside a real side panel (the page-cost bench).
   */
  static async open(context: BrowserContext, worker: Worker, extensionId: string, tabId: number, { focused = true } = {}): Promise<SidePanel> {
    const url = `chrome-extension://${extensionId}/extension/sidepanel/index.html?tabId=${tabId}`;
    const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(url) });
    await worker.evaluate(({ u, focused }) => chrome.windows.create({ url: u, type: 'popup', width: 400, height: 900, focused }), { u: url, focused });
    const page = await opened;
    // Ask the document itself: a popup made by the extension can miss Playwright's
    // domcontentloaded lifecycle event (CI once waited 60 s with the page long loaded).
    await page.waitForFunction(() => document.readyState !== 'loading');
    return new SidePanel(page);
  }

  customerName = () => this.page.getByTestId('customer-name');
  subject = () => this.page.getByTestId('ticket-subject');
  heat = () => this.page.getByTestId('heat');
  currentStep = () => this.page.getByTestId('current-step');
  phrases = () => this.page.getByTestId('phrase');
  reminders = () => this.page.getByTestId('reminder');
}
