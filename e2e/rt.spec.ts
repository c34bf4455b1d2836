/**
 * Olive Branch on a real Request Tracker 5 (Debian's package, on loopback): a customer's
 * mails become a ticket, the panel reads it, phrases go into RT's CKEditor 4 reply
 * editor (from the in-page picker, then from the panel), and the reply lands in RT's
 * history as correspondence.
 */
import { test, expect } from './support/extension.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { picker, pickerOptions } from './support/workspace.ts';
import { CKEDITOR_FRAME, startRequestTracker, type RT } from './rt/harness.ts';

const CUSTOMER = 'Dana Whitfield <dana@example.test>';
const SUBJECT = 'Teapot arrived with a cracked lid';

let rt: RT;

test.beforeAll(async () => {
  test.setTimeout(300_000); // a machine without RT installs it first
  rt = await startRequestTracker();
});

test.afterAll(async () => {
  await rt?.stop();
});

test('reads an RT ticket, puts phrases into its CKEditor 4 reply by picker and panel, and the reply is filed', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const id = await rt.fileTicket(CUSTOMER, SUBJECT, 'Hello,\nmy teapot arrived today with a cracked lid. Can you help?');
  await rt.correspond(id, CUSTOMER, 'This is the THIRD time I am writing and still nothing!!! Unacceptable.\nI want a refund today.');

  const page = await context.newPage();
  await rt.login(page);
  await rt.openTicket(page, id, 2);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, page.url()));
  await expect(panel.customerName()).toHaveText('Dana Whitfield');
  await expect(panel.subject()).toHaveText(SUBJECT);
  const customerMessages = panel.page.locator('[data-testid="thread-message"][data-author="customer"]');
  await expect(customerMessages).toHaveCount(2);
  await expect(customerMessages.first()).toContainText('THIRD time');
  await expect(customerMessages.last()).toContainText('cracked lid');
  await expect(panel.heat()).not.toHaveAttribute('data-level', '0');

  await rt.openReply(page, id);
  // CKEditor 4's own model is what RT submits.
  const data = () => page.evaluate(() => (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent!.getData());

  // The in-page picker inside RT's editor frame: ;;sorr, then Enter.
  const body = page.frameLocator(CKEDITOR_FRAME).locator('body');
  await body.click();
  await page.keyboard.type(';;sorr');
  await expect(pickerOptions(page).first()).toBeVisible();
  const apology = (await pickerOptions(page).first().locator('.text').textContent())!;
  expect(apology.toLowerCase()).toContain('sorry');
  await page.keyboard.press('Enter');
  await expect(picker(page)).toHaveCount(0);
  await expect(body).toContainText(apology.slice(0, 30));
  expect(await data()).not.toContain(';;');

  const card = panel.phrases().first();
  await expect(card).toContainText('Dana');
  const phrase = (await card.locator('.phrase-text').innerText()).trim();
  const firstLine = phrase.split('\n')[0]!;
  await card.getByTestId('phrase-insert').click();
  await expect(body).toContainText(firstLine.slice(0, 40));
  await expect.poll(data).toContain('Dana');

  await page.locator('input[name="SubmitTicket"]').click();
  await page.waitForURL(/Display\.html/);
  await expect.poll(async () => (await rt.historyTexts(id)).some((text) => text.includes(firstLine.slice(0, 40)))).toBe(true);
});
