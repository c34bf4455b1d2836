/**
 * Options page, self-hosted helpdesks. The browser's permission prompt cannot be accepted
 * from automation, so granting is covered by unit tests of the registration plan
 * (extension/background/custom-origins.test.ts); this checks what the agent sees before it.
 */
import { test, expect } from './support/extension.ts';

test('an address that cannot be a helpdesk gets a clear message and changes nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await page.locator('input[name="customDomain"]').fill('ftp://files.example.com');
  await page.locator('.custom-domains button[type="submit"]').click();
  await expect(page.getByTestId('domains-status')).toContainText("doesn't look like a web address");
  await expect(page.getByTestId('custom-domain')).toHaveCount(0);
  const origins = await page.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
  expect(origins.some((o) => o.includes('files.example.com'))).toBe(false);
});
