/**
 * The store screenshot (STORE.md): a furious customer's ticket in the demo helpdesk with
 * the panel beside it, 1280×800 as the Chrome Web Store asks, from the current build.
 */
import { resolve } from 'node:path';
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';

const OUT = resolve(import.meta.dirname, '../assets/screenshots/store-1280x800.png');
const PANEL_WIDTH = 400;

test('the store screenshot shows the ticket and the panel side by side', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.page.setViewportSize({ width: 1280 - PANEL_WIDTH, height: 800 });
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.setViewportSize({ width: PANEL_WIDTH, height: 800 });
  await expect(panel.subject()).toHaveText(await demo.page.locator('.ticket-subject').innerText());
  await expect(panel.phrases().first()).toBeVisible();

  const ticketShot = (await demo.page.screenshot()).toString('base64');
  const panelShot = (await panel.page.screenshot()).toString('base64');
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280, height: 800 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;background:#fff">` +
      `<img alt="" src="data:image/png;base64,${ticketShot}" style="width:${1280 - PANEL_WIDTH}px;height:800px">` +
      `<img alt="" src="data:image/png;base64,${panelShot}" style="width:${PANEL_WIDTH}px;height:800px;border-left:1px solid #ccc;box-sizing:border-box">` +
      `</body>`,
  );
  await expect(sheet.locator('img').nth(1)).toHaveJSProperty('complete', true);
  const png = await sheet.screenshot({ path: OUT });
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
});
