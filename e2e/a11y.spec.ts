/** Accessibility: axe finds no serious or critical issue in the panel, the options page or the picker; focus is visible. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { pickerOptions } from './support/workspace.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function seriousIssues(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the side panel on a heated ticket has no serious issue (${scheme})`, async ({ context, worker, extensionId, demoServer }) => {
    const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
    await demo.open(102);
    await demo.editor.click();
    await demo.page.keyboard.type('Per my last email, you should have read the manual.');
    const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
    await panel.page.emulateMedia({ colorScheme: scheme });
    await expect(panel.phrases()).toHaveCount(5);
    await expect(panel.page.getByTestId('draft-finding').first()).toBeVisible();
    // Open the heat reasons, the follow-up nudge (a fix marked as offered) and the favourites view too, so their markup is checked.
    await panel.page.locator('[data-step-id="resolve"] [data-testid="step-toggle"]').click();
    await expect(panel.page.getByTestId('followup-nudge')).toBeVisible();
    await panel.page.locator('.heat-row').focus();
    await expect(panel.page.getByTestId('heat-reasons')).toBeVisible();
    expect(await seriousIssues(panel.page)).toEqual([]);
    await panel.page.getByTestId('phrase-search').fill('refund');
    expect(await seriousIssues(panel.page)).toEqual([]);
  });
}

test('keyboard focus is visible on the panel controls', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.phrases()).toHaveCount(5);
  await panel.page.getByTestId('phrase-search').focus();
  await panel.page.keyboard.press('ArrowDown');
  const outline = await panel.page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the options page has no serious issue', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await expect(page.locator('select[name="language"]')).toBeVisible();
  expect(await seriousIssues(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousIssues(page)).toEqual([]);
});

test('the in-page picker has no serious issue', async ({ context, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  await demo.editor.click();
  await demo.page.keyboard.type(';;sorr');
  await expect(pickerOptions(demo.page).first()).toBeVisible();
  expect(await seriousIssues(demo.page, 'olive-branch-picker')).toEqual([]);
});

test('the panel reads at 320 px wide: nothing spills sideways', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.setViewportSize({ width: 320, height: 800 });
  await expect(panel.phrases()).toHaveCount(5);
  expect(await panel.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const offRight = await panel.page.evaluate(() =>
    [...document.querySelectorAll('button, input, h1, .phrase-text')].filter((el) => el.getBoundingClientRect().right > 320).length,
  );
  expect(offRight).toBe(0);
});
