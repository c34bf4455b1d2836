/** The draft checker reads the reply box as the agent types and swaps in the calmer wording. */
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';

test('a blaming draft is flagged and one click puts the calmer wording in its place', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.subject()).toBeVisible();
  await expect(panel.page.getByTestId('draft-finding')).toHaveCount(0);

  await demo.editor.click();
  await demo.page.keyboard.type('Hi Marcus. You should have read the confirmation email before ordering.');
  const finding = panel.page.locator('[data-testid="draft-finding"][data-kind="blame"]');
  await expect(finding.first()).toBeVisible();

  // ProseMirror folds edits less than 500 ms apart into one undo step; an agent reads the
  // finding before clicking. No page condition marks that moment, so this waits it out.
  await demo.page.waitForTimeout(600);
  await finding.first().getByTestId('draft-rewrite').click();
  await expect.poll(() => demo.editorModelText()).not.toContain('You should have read');
  const text = await demo.editorModelText();
  expect(text.startsWith('Hi Marcus.')).toBe(true);
  await expect(panel.page.locator('[data-testid="draft-finding"][data-kind="blame"]')).toHaveCount(0);

  // One undo brings the agent's own words back.
  await demo.editor.focus();
  await demo.page.keyboard.press('Control+z');
  await expect.poll(() => demo.editorModelText()).toContain('You should have read');
});
