/**
 * The security audit, as tests in a real Chromium with the built extension: the pages load
 * under their CSP; hostile ticket texts never run and never hang anything; page scripts
 * cannot drive the content script; messages from the wrong sender or of the wrong shape
 * are dropped.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { HOSTILE_TEXTS, hostilePage, PWNED } from './security-corpus.ts';

const pwned = (page: Page) => page.evaluate((key) => (window as unknown as Record<string, unknown>)[key] ?? null, PWNED);

/** Elements that only exist if some text was turned into markup. */
const INJECTED = 'script:not([src]), img[onerror], svg[onload], iframe, a[href^="javascript:"], [style*="javascript:"]';

async function openPanelFor(context: BrowserContext, worker: Worker, extensionId: string, page: Page): Promise<SidePanel> {
  return SidePanel.open(context, worker, extensionId, await tabIdOf(worker, page.url()));
}

/** How long the page takes to paint a frame: a hung main thread shows here. */
const frameDelay = (page: Page) => page.evaluate(() => new Promise<number>((done) => { const t = performance.now(); requestAnimationFrame(() => done(performance.now() - t)); }));

test('extension pages load everything under their content security policy', async ({ context, worker, extensionId, demoServer }) => {
  const violations: string[] = [];
  context.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await openPanelFor(context, worker, extensionId, demo.page);
  panel.page.on('pageerror', (e) => violations.push(e.message));
  await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
  await expect(panel.phrases().first()).toBeVisible();
  // Styles applied: the stylesheet is the extension's own file.
  expect(await panel.page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);

  const options = await context.newPage();
  options.on('pageerror', (e) => violations.push(e.message));
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await expect(options.locator('body')).not.toBeEmpty();
  await expect(options.locator('input, select, textarea').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('hostile ticket texts on the demo helpdesk are shown as text, never run', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  const dialogs: string[] = [];
  demo.page.on('dialog', (d) => void dialogs.push(d.message()));
  await demo.open(104);
  for (const { text } of HOSTILE_TEXTS) await demo.page.evaluate((t) => window.demo.receive(t), text);
  const panel = await openPanelFor(context, worker, extensionId, demo.page);
  panel.page.on('dialog', (d) => void dialogs.push(d.message()));
  await expect(panel.phrases().first()).toBeVisible();
  // The last hostile message was read: the panel quotes the thread it read.
  await expect(panel.page.getByText('refund now 🤬', { exact: false }).or(panel.page.getByText(/third time writing/)).first()).toBeAttached();

  // A phrase filled from their words goes in as text.
  await panel.phrases().first().getByTestId('phrase-insert').click();
  await expect.poll(() => demo.editorModelText()).not.toBe('');

  expect(await pwned(demo.page)).toBeNull();
  expect(await pwned(panel.page)).toBeNull();
  expect(await panel.page.locator(INJECTED).count()).toBe(0);
  expect(await demo.page.locator(`.reply-box ${INJECTED}`).count()).toBe(0);
  await expect(panel.page.locator('body')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test.describe('hostile pages read in basic mode', () => {
  let server: Server;
  let base: string;
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      const kind = (req.url ?? '').split('/').pop();
      if (kind !== 'texts' && kind !== 'huge' && kind !== 'deep') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(hostilePage(kind));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hostile/`;
  });
  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  for (const kind of ['texts', 'huge', 'deep'] as const) {
    test(`${kind}: nothing runs, nothing hangs, the panel still works`, async ({ context, worker, extensionId }) => {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => void dialogs.push(d.message()));
      await page.goto(base + kind);
      const panel = await openPanelFor(context, worker, extensionId, page);
      await expect(panel.phrases().first()).toBeVisible({ timeout: 20_000 });
      // Even a DOM 20,000 levels deep reads as a ticket (the text walk keeps its own stack).
      await expect(panel.subject()).toHaveText(`Hostile ticket: ${kind}`);
      // Still answering: a frame within half a second, and the reply box still takes typing.
      expect(await frameDelay(page)).toBeLessThan(500);
      await page.locator('#reply').fill('Still responsive');
      await expect(page.locator('#reply')).toHaveValue('Still responsive');
      expect(await frameDelay(panel.page)).toBeLessThan(500);
      // And the panel still inserts into the page's reply box.
      const phrase = (await panel.phrases().first().locator('.phrase-text').innerText()).trim();
      await panel.phrases().first().getByTestId('phrase-insert').click();
      await expect(page.locator('#reply')).toHaveValue(new RegExp(phrase.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      expect(await pwned(page)).toBeNull();
      expect(await pwned(panel.page)).toBeNull();
      expect(await panel.page.locator(INJECTED).count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  }
});

/** The stored reminders and storage.local, as the background sees them. */
async function storedState(worker: Worker): Promise<string> {
  return worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

test('page scripts cannot make the content script insert text, read storage or change state', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const panel = await openPanelFor(context, worker, extensionId, demo.page);
  const subject = await demo.page.locator('.ticket-subject').innerText();
  await expect(panel.subject()).toHaveText(subject);
  const schedule = () =>
    panel.page.evaluate((url) => chrome.runtime.sendMessage({ type: 'panelToBackground.scheduleFollowUp', ticket: { key: 'k-104', url, subject: 'x' }, dueAt: new Date(Date.now() + 86_400_000).toISOString() }), demo.page.url());
  await schedule();
  const listReminders = () => panel.page.evaluate(() => chrome.runtime.sendMessage({ type: 'panelToBackground.listReminders' }));
  const remindersBefore = JSON.stringify(await listReminders());
  const storageBefore = await storedState(worker);

  const attempts = await demo.page.evaluate(async () => {
    const fakeTicket = { helpdesk: 'demo', id: '1', url: location.href, subject: 'SPOOFED', customer: {}, messages: [] };
    const shapes = [
      { type: 'panelToContent.insert', text: 'INJECTED BY PAGE' },
      { type: 'panelToContent.getReading' },
      { type: 'contentToPanel.readingChanged', reading: { adapter: 'demo', adapterName: 'x', ticket: fakeTicket, hasEditor: true, draft: '' } },
      { type: 'panelToBackground.deleteAllData', confirm: true },
      { type: 'panelToBackground.listReminders' },
      { type: 'backgroundToPanel.remindersChanged' },
    ];
    for (const shape of shapes) {
      window.postMessage(shape, '*');
      window.postMessage(JSON.stringify(shape), '*');
      for (const target of [window, document, document.querySelector('.ProseMirror')!]) {
        target.dispatchEvent(new CustomEvent(shape.type, { detail: shape, bubbles: true }));
        target.dispatchEvent(new CustomEvent('message', { detail: shape }));
      }
    }
    // A page has no extension messaging of its own to reach us with.
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
    return { hasRuntime: typeof runtime === 'function' };
  });
  expect(attempts.hasRuntime).toBe(false);

  // A legitimate request through the same content script: anything the page set off would
  // have happened before this answer comes back.
  const reading = await panel.page.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'panelToContent.getReading' }), await tabIdOf(worker, demo.page.url()));
  expect((reading as { ticket: { subject: string } }).ticket.subject).toBe(subject);

  expect(await demo.editorModelText()).toBe('');
  await expect(panel.subject()).toHaveText(subject);
  expect(JSON.stringify(await listReminders())).toBe(remindersBefore);
  expect(await storedState(worker)).toBe(storageBefore);
  expect(remindersBefore).toContain('k-104');
});

/** Runs code in the content script's own isolated world (the extension's), through CDP. */
async function inContentScript<T>(context: BrowserContext, page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => void contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)!;
  const result = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return result.result.value as T;
}

test('messages from the wrong sender or of the wrong shape are dropped', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const panel = await openPanelFor(context, worker, extensionId, demo.page);
  await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
  const tabId = await tabIdOf(worker, demo.page.url());
  await panel.page.evaluate((url) => chrome.runtime.sendMessage({ type: 'panelToBackground.scheduleFollowUp', ticket: { key: 'k-104', url, subject: 'x' }, dueAt: new Date(Date.now() + 86_400_000).toISOString() }), demo.page.url());
  const count = async () => ((await panel.page.evaluate(() => chrome.runtime.sendMessage({ type: 'panelToBackground.listReminders' }))) as unknown[]).length;
  expect(await count()).toBe(1);

  // A content script (a page the extension runs in) may not manage reminders or wipe data.
  const fromContentScript = await inContentScript<string[]>(
    context,
    demo.page,
    extensionId,
    `Promise.all([
      { type: 'panelToBackground.listReminders' },
      { type: 'panelToBackground.deleteAllData', confirm: true },
      { type: 'panelToBackground.exportReminders', format: 'json' },
    ].map((m) => chrome.runtime.sendMessage(m).then((r) => JSON.stringify(r ?? null), (e) => 'error: ' + e.message)))`,
  );
  for (const answer of fromContentScript) expect(answer === 'null' || answer.startsWith('error')).toBe(true);
  expect(await count()).toBe(1);

  // Our own panel, but malformed requests: nothing is inserted.
  const malformed = [
    { type: 'panelToContent.insert', text: 42 },
    { type: 'panelToContent.insert', text: 'x'.repeat(20_001) },
    { type: 'panelToContent.insert', text: 'bad cursor', cursor: -1 },
    { type: 'panelToContent.insertEverything', text: 'unknown type' },
    { text: 'no type' },
    'panelToContent.insert',
    null,
  ];
  const answers = await panel.page.evaluate(
    ({ tabId, malformed }) => Promise.all(malformed.map((m) => chrome.tabs.sendMessage(tabId, m).then((r) => r ?? null, () => null))),
    { tabId, malformed },
  );
  expect(answers).toEqual(malformed.map(() => null));
  // The same channel still works for a well-formed request.
  const ok = await panel.page.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'panelToContent.insert', text: 'Well formed' }), tabId);
  expect(ok).toMatchObject({ ok: true });
  await expect.poll(() => demo.editorModelText()).toBe('Well formed');
});
