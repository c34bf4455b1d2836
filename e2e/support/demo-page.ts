/** Page object for the bundled demo helpdesk (e2e/demo). */
import type { Page } from '@playwright/test';

export class DemoHelpdesk {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(ticketId: number): Promise<void> {
    await this.page.goto(new URL(`#/tickets/${ticketId}`, this.baseUrl).href);
    await this.page.locator(`section.ticket-view[data-ticket-id="${ticketId}"]`).waitFor();
  }

  /** Opens another ticket from the inbox, as an agent would: the page does not reload. */
  async switchTo(ticketId: number): Promise<void> {
    await this.page.locator(`a.ticket-link[href="#/tickets/${ticketId}"]`).click();
    await this.page.locator(`section.ticket-view[data-ticket-id="${ticketId}"]`).waitFor();
  }

  get editor() {
    return this.page.locator('.reply-box .ProseMirror');
  }

  /** The editor's own model, which is what Send sends. */
  editorModelText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { demo: { editor: { getText(o: object): string } } }).demo.editor.getText({ blockSeparator: '\n\n' }));
  }

  async send(): Promise<void> {
    await this.page.locator('.reply-box .send-button').click();
  }

  threadTexts(): Promise<string[]> {
    return this.page.locator('ol.thread > li.message .message-body').allInnerTexts();
  }

  /** The tab id Chrome gave this page, read through the extension's service worker. */
}
