/**
 * Firefox for real: dist/firefox installed in Firefox ESR, on the demo helpdesk. The
 * sidebar page (opened as a tab bound to the helpdesk tab with ?tabId=) shows the ticket,
 * and a phrase clicked there lands in the demo's reply editor, in its model; the `;;` picker
 * works in the reply box as well.
 */
import { test, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { startDemoServer, type DemoServer } from '../demo/server.mjs';
import { launchFirefoxWithAddon, openAddonPage, tabIdOf } from './firefox.ts';

const PANEL = 'extension/sidepanel/index.html';
const SCREENSHOT = resolve(import.meta.dirname, '../../assets/screenshots/firefox-sidebar.png');

let browser: Browser;
let demo: DemoServer;

test.beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
  browser = await launchFirefoxWithAddon();
});

test.afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').trim());
const editorModel = (page: Page) => page.evaluate(() => (window as unknown as { demo: { editor: { getText(): string } } }).demo.editor.getText());

test('the Firefox sidebar shows the open ticket and inserts a phrase into the reply editor', async () => {
  const helpdesk = await browser.newPage();
  await helpdesk.goto(new URL('#/tickets/102', demo.url).href);
  await helpdesk.waitForSelector('section.ticket-view[data-ticket-id="102"] .reply-box .ProseMirror');

  const probe = await openAddonPage(browser, PANEL);
  const tabId = await tabIdOf(probe, demo.url);
  await probe.close();
  const panel = await openAddonPage(browser, `${PANEL}?tabId=${tabId}`);
  await panel.setViewport({ width: 400, height: 900 });

  const subject = await text(helpdesk, '.ticket-subject');
  await panel.waitForFunction((s) => document.querySelector('[data-testid="ticket-subject"]')?.textContent?.trim() === s, { timeout: 15_000 }, subject);
  expect(await text(panel, '[data-testid="customer-name"]')).toBe(await text(helpdesk, '.requester-name'));
  await panel.waitForSelector('[data-testid="phrase"] [data-testid="phrase-insert"]');

  const phrase = await text(panel, '[data-testid="phrase"] .phrase-text');
  expect(phrase.length).toBeGreaterThan(10);
  expect(await editorModel(helpdesk)).toBe('');
  await panel.click('[data-testid="phrase"] [data-testid="phrase-insert"]');
  const firstLine = phrase.split('\n')[0]!;
  await helpdesk.waitForFunction(
    (line) => (window as unknown as { demo: { editor: { getText(): string } } }).demo.editor.getText().includes(line),
    { timeout: 10_000 },
    firstLine,
  );
  // The store listing shows this panel (STORE.md).
  await panel.screenshot({ path: SCREENSHOT as `${string}.png` });
});

test('in Firefox too, typing ;;sorr in the reply box and pressing Enter puts the apology into the editor model', async () => {
  const helpdesk = await browser.newPage();
  await helpdesk.goto(new URL('#/tickets/104', demo.url).href);
  await helpdesk.waitForSelector('section.ticket-view[data-ticket-id="104"] .reply-box .ProseMirror');
  await helpdesk.click('.reply-box .ProseMirror');
  await helpdesk.keyboard.type('Hello. ;;sorr');

  // The picker lives in an open shadow root next to the caret.
  const option = await helpdesk.waitForSelector('olive-branch-picker >>> [data-testid="picker-option"] .text', { timeout: 15_000 });
  const chosen = (await option!.evaluate((el) => el.textContent ?? '')).trim();
  expect(chosen.toLowerCase()).toContain('sorry');
  await helpdesk.keyboard.press('Enter');
  await helpdesk.waitForFunction(() => !document.querySelector('olive-branch-picker'), { timeout: 10_000 });
  await helpdesk.waitForFunction((text) => (window as unknown as { demo: { editor: { getText(): string } } }).demo.editor.getText() === text, { timeout: 10_000 }, `Hello. ${chosen}`);
});
