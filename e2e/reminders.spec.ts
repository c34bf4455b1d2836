/** Issue 5: follow-up reminders an agent can trust, in a real Chromium with the built extension. */
import { test, expect, launchWithExtension, serviceWorkerOf } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { inWorker, listReminders, notificationIds } from './support/reminders.ts';
import type { Reminder } from '../src/reminders/model.ts';

test('a reminder due while the browser was closed fires once after relaunch on the same profile', async ({ profileDir, demoServer }) => {
  let context = await launchWithExtension(profileDir);
  let worker = await serviceWorkerOf(context);
  let extensionId = new URL(worker.url()).host;
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('followup-tomorrow').click();
  await expect(panel.reminders()).toHaveCount(1);

  // Due three seconds from now; the browser is closed before that.
  const moved = await worker.evaluate(() => (globalThis as unknown as { oliveDev: { bringForward(ms: number): Promise<number> } }).oliveDev.bringForward(3_000));
  expect(moved).toBe(1);
  const due = Date.now() + 3_000;
  expect(await notificationIds(context, extensionId)).toEqual([]);
  await context.close();
  await expect.poll(() => Date.now(), { timeout: 10_000 }).toBeGreaterThan(due);

  context = await launchWithExtension(profileDir);
  try {
    worker = await serviceWorkerOf(context);
    extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/extension/sidepanel/index.html?view=reminders`);
    await expect.poll(() => notificationIds(context, extensionId, page), { timeout: 20_000 }).toEqual([expect.stringMatching(/^reminder:/)]);
    const [fired] = await listReminders(page);
    expect(fired).toMatchObject({ status: 'due', notifiedAt: expect.any(String) });
    await expect(page.getByTestId('reminders-due').getByTestId('reminder')).toHaveCount(1);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    // Start-up, the missed alarm and the worker's own reconcile all ran: still one firing.
    await inWorker(context, extensionId, () => (globalThis as unknown as { oliveDev: { reconcile(): Promise<void> } }).oliveDev.reconcile(), undefined);
    const [after] = await listReminders(page);
    expect(after!.notifiedAt).toBe(fired!.notifiedAt);
  } finally {
    await context.close();
  }

  // A second restart does not fire it again either.
  context = await launchWithExtension(profileDir);
  try {
    worker = await serviceWorkerOf(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/extension/sidepanel/index.html?view=reminders`);
    await expect(page.getByTestId('reminders-due').getByTestId('reminder')).toHaveCount(1);
    const [again] = await listReminders(page);
    expect(again).toMatchObject({ status: 'due', notifiedAt: (await listReminders(page))[0]!.notifiedAt });
  } finally {
    await context.close();
  }
});

test('two panels scheduling and completing at the same time lose nothing', async ({ context, worker, extensionId, demoServer }) => {
  const first = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await first.open(103);
  const second = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await second.open(104);
  const a = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, first.page.url()));
  const b = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, second.page.url()));
  await expect(a.subject()).toBeVisible();
  await expect(b.subject()).toBeVisible();

  // Both panels fire 15 schedule requests at once, as fast as the runtime carries them.
  const burst = (panel: SidePanel) =>
    panel.page.evaluate(async () => {
      const ticket = { key: `${location.origin}#burst`, url: 'http://127.0.0.1/#/tickets/999', subject: 'burst' };
      const at = new Date(Date.now() + 86_400_000).toISOString();
      return Promise.all(Array.from({ length: 15 }, () => chrome.runtime.sendMessage({ type: 'panelToBackground.scheduleFollowUp', ticket, dueAt: at })));
    });
  await Promise.all([burst(a), burst(b), a.page.getByTestId('followup-tomorrow').click(), b.page.getByTestId('followup-2days').click()]);
  await expect(a.reminders()).toHaveCount(1);
  await expect(b.reminders()).toHaveCount(1);
  const all = await listReminders(a.page);
  expect(all).toHaveLength(32);

  // Then each completes a different half, concurrently.
  const ids = all.map((r) => r.id);
  const completeAll = (panel: SidePanel, some: string[]) =>
    panel.page.evaluate((list) => Promise.all(list.map((id) => chrome.runtime.sendMessage({ type: 'panelToBackground.completeReminder', id }))), some);
  await Promise.all([completeAll(a, ids.slice(0, 16)), completeAll(b, ids.slice(16))]);
  const after = await listReminders(b.page);
  expect(after).toHaveLength(32);
  expect(after.filter((r: Reminder) => r.status === 'done')).toHaveLength(32);
  await expect(a.reminders()).toHaveAttribute('data-status', 'done');
});

test('"Open ticket" on a notification focuses the tab that shows the ticket', async ({ context, worker, extensionId, demoServer }) => {
  const ticketTab = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await ticketTab.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, ticketTab.page.url()));
  await panel.page.getByTestId('followup-note').fill('Ask whether the replacement arrived');
  await panel.page.getByTestId('followup-2hours').click();
  await expect(panel.reminders()).toHaveCount(1);

  // The agent moved on to another ticket in the same window.
  const other = await context.newPage();
  await other.goto(new URL('#/tickets/104', demoServer.url).href);
  const ticketTabId = await tabIdOf(worker, ticketTab.page.url());
  const otherTabId = await tabIdOf(worker, other.url());
  await worker.evaluate((id) => chrome.tabs.update(id, { active: true }), otherTabId);

  await worker.evaluate(() => (globalThis as unknown as { oliveDev: { bringForward(ms: number): Promise<number> } }).oliveDev.bringForward(500));
  await expect.poll(() => notificationIds(context, extensionId, panel.page), { timeout: 15_000 }).toEqual([expect.stringMatching(/^reminder:/)]);
  const [id] = (await notificationIds(context, extensionId, panel.page))!;
  const shown = await worker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(shown)).toEqual([id]);

  // The button's own handler, as Chrome calls it on a click (index 0 is "Open ticket").
  await worker.evaluate((n) => (globalThis as unknown as { oliveDev: { onNotificationButton(id: string, i: number): Promise<void> } }).oliveDev.onNotificationButton(n, 0), id!);
  await expect.poll(() => worker.evaluate((t) => chrome.tabs.get(t).then((tab) => tab.active), ticketTabId)).toBe(true);
  expect(await worker.evaluate((t) => chrome.tabs.get(t).then((tab) => tab.active), otherTabId)).toBe(false);
  const url = ticketTab.page.url();
  expect(await worker.evaluate((u) => chrome.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === u).length), url)).toBe(1);
  expect(await worker.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n).length))).toBe(0);
});

test('the default delay from the options comes first, and once a fix is offered one click schedules it', async ({ context, worker, extensionId, demoServer }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await options.locator('select[name="followUpDelay"]').selectOption('2days');
  await expect.poll(() => worker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('settings')).settings))).toContain('"followUpDelay":"2days"');
  await options.close();

  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  const presets = panel.page.locator('.followup .buttons button');
  await expect(presets.first()).toHaveAttribute('data-testid', 'followup-2days');
  await expect(presets.first()).toContainText('In 2 days · your default');
  const nudge = panel.page.getByTestId('followup-nudge');
  await expect(nudge).toHaveCount(0);

  // The agent marks the remedy as offered: checking back is the next move.
  await panel.page.locator('[data-step-id="resolve"] [data-testid="step-toggle"]').click();
  await expect(nudge).toContainText('You offered a fix.');
  const before = Date.now();
  await nudge.getByTestId('followup-nudge-schedule').click();
  await expect(panel.reminders()).toHaveCount(1);
  await expect(nudge).toHaveCount(0);
  const [reminder] = await listReminders(panel.page);
  // "In 2 days" is the start of the working day two days on: more than one day away.
  expect(Date.parse(reminder!.dueAt) - before).toBeGreaterThan(24 * 3_600_000);
});
