/**
 * One Chromium with the built extension and one server for the harness pages per worker:
 * every editor test opens its own tab and panel in that browser, which keeps the suite
 * quick on CI's two cores.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../support/extension.ts';
import { SidePanel, tabIdOf } from '../support/panel-page.ts';
import { startDemoServer } from '../demo/server.mjs';
import type { Family } from './families.ts';

export const EDITORS_DIST = resolve(import.meta.dirname, '../../dist/editors');

interface Lab {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
}

export const test = base.extend<object, { lab: Lab }>({
  lab: [
    async ({}, use) => {
      const server = (await startDemoServer({ port: 0, root: EDITORS_DIST })) as { url: string; close(): Promise<void> };
      const profile = await mkdtemp(join(tmpdir(), 'olive-editors-'));
      const context = await launchWithExtension(profile);
      const worker = await serviceWorkerOf(context);
      await use({ context, worker, extensionId: new URL(worker.url()).host, baseUrl: server.url });
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
export { expect };

/** A harness page with its own side panel bound to it. */
export class EditorTab {
  private constructor(
    readonly family: Family,
    readonly page: Page,
    readonly panel: SidePanel,
    readonly tabId: number,
  ) {}

  static async open({ context, worker, extensionId, baseUrl }: Lab, family: Family): Promise<EditorTab> {
    const page = await context.newPage();
    const url = new URL(`${family.page}.html`, baseUrl).href;
    await page.goto(url);
    await page.locator('body[data-ready]').waitFor();
    const tabId = await tabIdOf(worker, url);
    const panel = await SidePanel.open(context, worker, extensionId, tabId);
    await expect(panel.phrases().first()).toBeVisible();
    // The real side panel shares the tab's window, so the tab stays visible and keeps
    // rendering (Trix and TinyMCE update on animation frames); the test panel is a popup.
    await page.bringToFront();
    return new EditorTab(family, page, panel, tabId);
  }

  /** Back to the untouched page (same tab, so the panel stays bound to it). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('body[data-ready]').waitFor();
  }

  /** The content as the editor's own API reports it, as trimmed non-empty lines. */
  async modelLines(): Promise<string[]> {
    const text = await this.page.evaluate(() => window.harness!.text());
    return lines(text);
  }

  /** Sends the panel's insert request, exactly as the panel does, from the panel page. */
  insertFromPanel(text: string, cursor?: number): Promise<{ ok: boolean; via: string }> {
    return this.panel.page.evaluate(
      ({ tabId, text, cursor }) =>
        chrome.tabs.sendMessage(tabId, { type: 'panelToContent.insert', text, ...(cursor === undefined ? {} : { cursor }) }),
      { tabId: this.tabId, text, cursor },
    );
  }

  /** Selects a word the way an agent does: a double click on it. */
  async doubleClickWord(word: string): Promise<void> {
    const at = await this.page.evaluate((w) => window.harness!.wordAt(w), word);
    if (!at) throw new Error(`"${word}" is not on the ${this.family.page} page`);
    await this.page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => this.page.evaluate((w) => window.harness!.selectedText?.() ?? w, word)).toBe(word);
  }

  /** Puts the caret after a word with a click, as an agent would before inserting. */
  async clickAfter(word: string): Promise<void> {
    const at = await this.page.evaluate((w) => window.harness!.wordAt(w), word);
    if (!at) throw new Error(`"${word}" is not on the ${this.family.page} page`);
    await this.page.mouse.click(at.x, at.y);
    await this.page.keyboard.press('End');
    await expect.poll(() => this.page.evaluate(() => window.harness!.caretAtEnd?.() ?? true)).toBe(true);
  }

  /** The editor element as shown (inside its iframe when it has one). */
  shown() {
    const scope = this.family.frame ? this.page.frameLocator(this.family.frame) : this.page;
    return scope.locator(this.family.editor).first();
  }

  async close(): Promise<void> {
    await this.panel.page.close();
    await this.page.close();
  }
}

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/[\s\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean);
}
