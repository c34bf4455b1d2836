/** Issue 5: scheduling in words, the reminders view, import/export and "Delete all data". */
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { listReminders } from './support/reminders.ts';

test('natural language shows the time it read before scheduling, and the header shows the follow-up', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  const words = panel.page.getByTestId('followup-natural');
  const preview = panel.page.getByTestId('followup-preview');
  await words.fill('blue cheese');
  await expect(panel.page.getByTestId('followup-natural-schedule')).toBeDisabled();
  await words.fill('in 3 days at 10am');
  await expect(preview).not.toHaveAttribute('data-at', '');
  const at = await preview.getAttribute('data-at');
  const expected = new Date();
  expected.setDate(expected.getDate() + 3);
  expected.setHours(10, 0, 0, 0);
  expect(at).toBe(expected.toISOString());
  await panel.page.getByTestId('followup-natural-schedule').click();
  await expect(panel.reminders()).toHaveCount(1);
  const [stored] = await listReminders(panel.page);
  expect(stored).toMatchObject({ dueAt: expected.toISOString(), status: 'scheduled', phrase: expect.any(String) });
  await expect(panel.page.getByTestId('current-reminder')).toHaveAttribute('data-status', 'scheduled');
});

test('the reminders view: done, snooze, delete and undo', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('followup-tomorrow').click();
  await panel.page.getByTestId('followup-2days').click();
  await panel.page.getByTestId('followup-2hours').click();
  await expect(panel.reminders()).toHaveCount(3);

  await panel.page.getByTestId('open-reminders').click();
  const upcoming = panel.page.getByTestId('reminders-upcoming').getByTestId('reminder');
  const done = panel.page.getByTestId('reminders-done').getByTestId('reminder');
  await expect(upcoming).toHaveCount(3);

  await upcoming.first().getByTestId('reminder-done').click();
  await expect(done).toHaveCount(1);
  await expect(upcoming).toHaveCount(2);

  await upcoming.first().getByTestId('reminder-snooze').click();
  await expect(panel.page.locator('[data-testid="reminder"][data-status="snoozed"]')).toHaveCount(1);

  const last = upcoming.last();
  const id = await last.getAttribute('data-reminder-id');
  await last.getByTestId('reminder-delete').click();
  await expect(upcoming).toHaveCount(1);
  await panel.page.getByTestId('reminder-undo').click();
  await expect(upcoming).toHaveCount(2);
  expect((await listReminders(panel.page)).map((r) => r.id)).toContain(id);
});

test('a broken import changes nothing and names the bad entry; a good one merges without duplicates', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('followup-tomorrow').click();
  await expect(panel.reminders()).toHaveCount(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  const downloaded = options.waitForEvent('download');
  await options.getByTestId('export-json').click();
  const exported = JSON.parse(await (await downloaded).createReadStream().then((s) => new Response(s as unknown as ReadableStream).text()));
  expect(exported.reminders).toHaveLength(1);

  const fresh = { ...exported.reminders[0], id: 'from-file' };
  const broken = { reminders: [fresh, { ...fresh, id: 'bad-one', dueAt: 'someday' }] };
  await options.getByTestId('import-json').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-outcome', 'failed');
  await expect(options.getByTestId('import-result')).toContainText('2 (bad-one): dueAt');
  expect(await listReminders(options)).toHaveLength(1);

  // The exported file plus one new entry: the known one is not duplicated.
  const good = { ...exported, reminders: [...exported.reminders, fresh] };
  await options.getByTestId('import-json').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-outcome', 'done');
  expect((await listReminders(options)).map((r) => r.id).sort()).toEqual([exported.reminders[0].id, 'from-file'].sort());

  const ics = options.waitForEvent('download');
  await options.getByTestId('export-ics').click();
  expect((await ics).suggestedFilename()).toMatch(/\.ics$/);
});

test('"Delete all data" asks first, then leaves no reminder, alarm or setting behind', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('followup-tomorrow').click();
  await expect(panel.reminders()).toHaveCount(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await options.getByTestId('options-retention').fill('30');
  await options.getByTestId('options-retention').blur();
  await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('reminderSettings').then((s) => Object.keys(s).length))).toBe(1);

  await options.getByTestId('delete-all').click();
  await options.getByTestId('delete-all-cancel').click();
  expect(await listReminders(options)).toHaveLength(1);

  await options.getByTestId('delete-all').click();
  await options.getByTestId('delete-all-confirm').click();
  await expect(options.getByTestId('delete-all-done')).toBeVisible();
  expect(await listReminders(options)).toHaveLength(0);
  expect(await worker.evaluate(() => chrome.alarms.getAll().then((a) => a.filter((x) => x.name.startsWith('reminder:')).length))).toBe(0);
  expect(await worker.evaluate(() => chrome.storage.local.get(null).then((s) => Object.keys(s).length))).toBe(0);
  await expect(panel.reminders()).toHaveCount(0);
});
