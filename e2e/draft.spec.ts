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
  await expect(finding.first().getByTestId('draft-why')).toContainText('own the problem');

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

test('wording the agent marks "Not a problem" is not flagged again until they flag it again in the options', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.subject()).toBeVisible();

  await demo.editor.click();
  await demo.page.keyboard.type('As I said, the parcel left on Monday. Calm down, it is on its way.');
  const brushOff = panel.page.locator('[data-testid="draft-finding"][data-kind="brush_off"]');
  const minimizing = panel.page.locator('[data-testid="draft-finding"][data-kind="minimizing"]');
  await expect(brushOff).toHaveCount(1);
  await expect(minimizing).toHaveCount(1);

  await brushOff.getByTestId('draft-accept').click();
  await expect(brushOff).toHaveCount(0);
  await expect(minimizing).toHaveCount(1);
  await expect(panel.page.getByTestId('draft-accepted')).toContainText('As I said');

  // The same words later in the draft, in other case, stay unflagged; the agent's draft is untouched.
  await demo.page.keyboard.type(' as i said, it ships today.');
  await expect(minimizing).toHaveCount(1);
  await expect(brushOff).toHaveCount(0);
  expect(await demo.editorModelText()).toContain('As I said, the parcel left on Monday.');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  const listed = options.getByTestId('accepted-wording');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('As I said');
  await listed.getByRole('button', { name: 'Flag “As I said” again' }).click();
  await expect(options.getByTestId('accepted-empty')).toBeVisible();

  await expect(brushOff).toHaveCount(2);
});
