/** Install and update while helpdesk tabs are open: they are read at once; an old copy stops quietly. */
import { test, expect } from './support/extension.ts';
import { launchWithoutExtension } from './support/live-install.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';

test('a ticket tab open before install is read without a reload', async ({ profileDir, demoServer }) => {
  const live = await launchWithoutExtension(profileDir);
  try {
    const demo = new DemoHelpdesk(await live.context.newPage(), demoServer.url);
    await demo.open(103);
    const id = await live.install();
    const worker = await live.workerOf(id);
    const panel = await SidePanel.open(live.context, worker, id, await tabIdOf(worker, demo.page.url()));
    await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
  } finally {
    await live.close();
  }
});

test('after an update the open tab is read by the new version and the orphaned copy throws nothing', async ({ profileDir, demoServer }) => {
  const live = await launchWithoutExtension(profileDir);
  try {
    const demo = new DemoHelpdesk(await live.context.newPage(), demoServer.url);
    const errors: string[] = [];
    demo.page.on('pageerror', (e) => errors.push(e.message));
    demo.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await demo.open(101);
    const first = await live.install();
    const oldWorker = await live.workerOf(first);
    const tabId = await tabIdOf(oldWorker, demo.page.url());
    await expect.poll(() => oldWorker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'panelToContent.getReading' }).then(() => true, () => false), tabId)).toBe(true);

    // An update: the old version goes away (its content script is orphaned), the new one arrives.
    await live.uninstall(first);
    await demo.switchTo(104); // the orphan's observer fires on this change
    const id = await live.install();
    const worker = await live.workerOf(id);
    const panel = await SidePanel.open(live.context, worker, id, tabId);
    await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
    await demo.switchTo(102);
    await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
    expect(errors.filter((e) => /extension context invalidated/i.test(e))).toEqual([]);
  } finally {
    await live.close();
  }
});
