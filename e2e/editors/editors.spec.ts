/**
 * Issue 4: inserting from the side panel into every real editor family. Each harness page
 * holds one editor built from its npm package (see e2e/editors/pages); for each, a
 * two-line phrase with a {{cursor}} goes in from the panel and must be (1) visible,
 * (2) in the editor's own model, (3) undone by one Ctrl+Z, (4) leave the caret at
 * {{cursor}}, (5) replace a selection. A real phrase card is clicked as well.
 */
import { test, expect, EditorTab, lines } from './fixtures.ts';
import { FAMILIES } from './families.ts';

const GREETING = 'Hi Sam, thanks for writing.';
const LINE_1 = 'Thank you for your patience.';
const TEMPLATE_LINE_2 = "I've already {{cursor}}.";
const TEXT = `${LINE_1}\n${TEMPLATE_LINE_2.replace('{{cursor}}', '')}`;
const CURSOR = `${LINE_1}\n${TEMPLATE_LINE_2}`.indexOf('{{cursor}}');



for (const family of FAMILIES) {
  test(`${family.label}: a two-line phrase goes in at the end, into the model, and one Ctrl+Z removes it; a panel card too`, async ({ lab }) => {
    const tab = await EditorTab.open(lab, family);
    try {
      // Never focused: the phrase goes at the end, with its line break.
      expect(await tab.insertFromPanel(TEXT, CURSOR)).toEqual({ ok: true, via: family.via });
      if (family.page === 'textarea') await expect(tab.shown()).toHaveValue(/Thank you for your patience\.\nI've already \./);
      else {
        await expect(tab.shown()).toContainText(LINE_1);
        await expect(tab.shown()).toContainText("I've already");
      }
      await expect
        .poll(async () => (await tab.modelLines()).join('\n'))
        .toMatch(new RegExp(`^${esc(GREETING)}\\n?${esc(LINE_1)}\\nI've already \\.$`));
      await tab.page.keyboard.press('Control+z');
      await expect.poll(() => tab.modelLines()).toEqual([GREETING]);

      // A real phrase card, clicked in the panel, goes in at the caret and undoes in one step.
      await tab.reload();
      await tab.clickAfter('writing.');
      const card = tab.panel.phrases().first();
      const phrase = lines(await card.locator('.phrase-text').innerText()).join(' ');
      await card.getByTestId('phrase-insert').click();
      await expect(tab.panel.page.getByTestId('insert-status')).toHaveAttribute('data-outcome', 'inserted');
      await expect.poll(async () => (await tab.modelLines()).join(' ')).toBe(`${GREETING}${phrase}`);
      await tab.page.keyboard.press('Control+z');
      await expect.poll(() => tab.modelLines()).toEqual([GREETING]);
    } finally {
      await tab.close();
    }
  });

  test(`${family.label}: a phrase replaces a double-clicked word and typing goes on at {{cursor}}`, async ({ lab }) => {
    const tab = await EditorTab.open(lab, family);
    try {
      await tab.doubleClickWord('Sam');
      expect(await tab.insertFromPanel(TEXT, CURSOR)).toEqual({ ok: true, via: family.via });
      await tab.page.keyboard.type('Z');
      await expect.poll(() => tab.modelLines(), { timeout: 3000 }).toEqual([`Hi ${LINE_1}`, "I've already Z., thanks for writing."]);
    } finally {
      await tab.close();
    }
  });
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
