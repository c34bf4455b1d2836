/** Issue 2's whole loop in a real Chromium with the built extension and the demo helpdesk. */
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { notificationIds } from './support/reminders.ts';

test('the service worker starts and gives the extension id', async ({ worker, extensionId }) => {
  expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('the panel shows the open ticket and follows the agent to another one', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
  await expect(panel.customerName()).toHaveText(await demo.page.locator('.requester-name').innerText());

  await demo.switchTo(102);
  await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
  await expect(panel.customerName()).toHaveText(await demo.page.locator('.requester-name').innerText());
  await expect(panel.heat()).toHaveAttribute('data-level', '3');
  await expect(panel.phrases()).toHaveCount(5);
});

test('a phrase goes into the reply editor at the caret, into its model, and one undo removes it', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const firstName = (await demo.page.locator('.requester-name').innerText()).split(' ')[0]!;
  await demo.editor.click();
  await demo.page.keyboard.type('Hello  regards');
  for (let i = 0; i < 'regards'.length + 1; i++) await demo.page.keyboard.press('ArrowLeft');

  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  const card = panel.phrases().filter({ hasText: firstName }).first();
  await expect(card).toBeVisible();
  const phrase = (await card.locator('.phrase-text').innerText()).trim();
  await card.getByTestId('phrase-insert').click();

  await expect.poll(() => demo.editorModelText()).toContain(phrase.split('\n')[0]!);
  const model = await demo.editorModelText();
  expect(model.startsWith('Hello ')).toBe(true);
  expect(model.trimEnd().endsWith('regards')).toBe(true);

  await demo.editor.focus();
  await demo.page.keyboard.press('Control+z');
  await expect.poll(() => demo.editorModelText()).toBe('Hello  regards');
});

test('sending a reply adds it to the thread and moves the recovery step on', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  const before = await panel.currentStep().getAttribute('data-step');
  expect(before).toBe('listen');

  await demo.editor.click();
  await demo.page.keyboard.type(
    "I'm so sorry the courier spoke to you that way, that must have been upsetting. I can see why you're angry and I want to make this right.",
  );
  await demo.send();
  await expect.poll(async () => (await demo.threadTexts()).at(-1)).toContain('courier spoke to you that way');
  await expect(panel.currentStep()).not.toHaveAttribute('data-step', 'listen');
  await expect(panel.page.locator('[data-step-id="apologize"]')).toHaveAttribute('data-mark', 'done');
});

test('a follow-up reminder fires a notification, even after the worker was stopped', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('followup-tomorrow').click();
  await expect(panel.reminders()).toHaveCount(1);

  const count = await worker.evaluate(() => (globalThis as unknown as { oliveDev: { bringForward(ms: number): Promise<number> } }).oliveDev.bringForward(1500));
  expect(count).toBe(1);
  const cdp = await context.newCDPSession(panel.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The alarm wakes a fresh worker; ask whichever worker is alive which notifications exist.
  await expect
    .poll(async () => (await notificationIds(context, extensionId, panel.page)) ?? [], { timeout: 20_000 })
    .toEqual([expect.stringMatching(/^reminder:/)]);
  await expect(panel.reminders()).toHaveAttribute('data-status', 'due');
});

test('hostile ticket text never runs, in the page or in the panel', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  const dialogs: string[] = [];
  demo.page.on('dialog', (d) => void dialogs.push(d.message()).valueOf());
  await demo.open(106);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  panel.page.on('dialog', (d) => void dialogs.push(d.message()).valueOf());
  await expect(panel.subject()).toContainText('<b>');
  await expect(panel.phrases().first()).toBeVisible();

  const pwned = () => (window as unknown as { __olivePwned?: string }).__olivePwned ?? null;
  expect(await demo.page.evaluate(pwned)).toBeNull();
  expect(await panel.page.evaluate(pwned)).toBeNull();
  expect(await panel.page.locator('script:not([src]), img[onerror], svg[onload], a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
