/**
 * The reminders store's size on disk in a real Chromium: 10,000 reminders imported the
 * way an agent would (the options page's JSON import), then the extension's storage use.
 */
import { test } from '../support/extension.ts';
import { createReminder } from '../../src/reminders/model.ts';
import { toJson } from '../../src/reminders/transfer.ts';
import { record } from '../../scripts/bench/report.ts';

test('reminders store size with 10,000 reminders', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const now = new Date();
  const reminders = Array.from({ length: 10_000 }, (_, i) =>
    createReminder(
      {
        ticket: { key: `https://desk.example.com#${i}`, url: `https://desk.example.com/tickets/${i}`, subject: `Order ${i} arrived damaged`, customerName: `Customer ${i}` },
        dueAt: new Date(now.getTime() + (i - 100) * 60_000).toISOString(),
        note: 'Check the replacement arrived and offer the discount we agreed.',
      },
      `bench-${i}`,
      now,
    ),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const before = await usage();
  const result = await page.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'panelToBackground.importReminders', text }) as Promise<{ ok: boolean; added?: number }>,
    toJson(reminders, now),
  );
  if (!result.ok || result.added !== 10_000) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
  const after = await usage();
  record({ group: 'reminders', name: 'store on disk, 10,000 reminders (navigator.storage.estimate)', value: (after - before) / 1024 / 1024, unit: 'MB' });
});
