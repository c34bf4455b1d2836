/**
 * The draft checker follows typing in reply boxes that change no DOM the top page can
 * see: a textarea (its value is not a mutation) and editors in same-origin frames
 * (CKEditor 4, TinyMCE). A blaming sentence is flagged while the agent types, and the
 * calmer wording replaces it in the editor's own model.
 */
import { test, expect, EditorTab } from './fixtures.ts';
import { FAMILIES } from './families.ts';

const BLAME = 'You should have read the confirmation email before ordering.';

for (const family of FAMILIES.filter((f) => f.frame || f.page === 'textarea')) {
  test(`${family.label}: a blaming draft is flagged as it is typed, and the calmer wording replaces it`, async ({ lab }) => {
    const tab = await EditorTab.open(lab, family);
    try {
      const finding = tab.panel.page.locator('[data-testid="draft-finding"][data-kind="blame"]');
      await expect(finding).toHaveCount(0);
      await tab.clickAfter('writing.');
      await tab.page.keyboard.type(` ${BLAME}`);
      await expect(finding.first()).toBeVisible();

      await finding.first().getByTestId('draft-rewrite').click();
      await expect.poll(async () => (await tab.modelLines()).join(' ')).not.toContain('You should have read');
      expect((await tab.modelLines()).join(' ')).toMatch(/^Hi Sam, thanks for writing\. \S/);
      await expect(finding).toHaveCount(0);
    } finally {
      await tab.close();
    }
  });
}
