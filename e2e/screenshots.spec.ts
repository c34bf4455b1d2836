/**
 * The README's screenshots, taken from the real extension on the demo helpdesk on every
 * e2e run so they never go stale: the panel (light and dark), the picker, the options page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { picker, pickerOptions } from './support/workspace.ts';

const OUT = resolve(import.meta.dirname, '../assets/screenshots');

test('README screenshots: panel light and dark, picker, options', async ({ context, worker, extensionId, demoServer }) => {
  mkdirSync(OUT, { recursive: true });
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.setViewportSize({ width: 360, height: 1100 });
  await expect(panel.phrases()).toHaveCount(5);
  // The README shows whether the customer is cooling down: the heat of each of their messages.
  await expect(panel.page.getByTestId('heat-trail')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await panel.page.screenshot({ path: resolve(OUT, `panel-${scheme}.png`) });
  }

  await demo.editor.click();
  await demo.page.keyboard.type('Hi Marcus, ;;sorr');
  await expect(pickerOptions(demo.page).first()).toBeVisible();
  const box = (await picker(demo.page).boundingBox())!;
  const editor = (await demo.editor.boundingBox())!;
  const x = Math.max(0, Math.min(box.x, editor.x) - 16);
  const y = Math.max(0, Math.min(box.y, editor.y) - 16);
  await demo.page.screenshot({
    path: resolve(OUT, 'picker.png'),
    clip: { x, y, width: Math.max(box.x + box.width, editor.x + Math.min(editor.width, 560)) - x + 16, height: Math.max(box.y + box.height, editor.y + editor.height) - y + 16 },
  });

  const options = await context.newPage();
  await options.setViewportSize({ width: 760, height: 1000 });
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await expect(options.locator('select[name="language"]')).toBeVisible();
  await options.screenshot({ path: resolve(OUT, 'options.png') });
});
