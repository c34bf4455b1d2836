/**
 * The in-page picker in editors that live in a same-origin iframe (CKEditor 4 as Request
 * Tracker uses it, TinyMCE, Quill in a frame): typing the trigger inside the frame opens
 * the picker in the top page next to the caret, and Enter replaces the trigger with the
 * phrase in the editor's own model. The context menu's "Insert recovery phrase" opens it
 * there too.
 */
import { test, expect, EditorTab } from './fixtures.ts';
import { FAMILIES } from './families.ts';
import { clickContextMenu, picker, pickerOptions } from '../support/workspace.ts';

for (const family of FAMILIES.filter((f) => f.frame)) {
  test(`${family.label}: ;;sorr in the frame opens the picker at the caret and Enter inserts the apology`, async ({ lab }) => {
    const tab = await EditorTab.open(lab, family);
    try {
      await tab.clickAfter('writing.');
      await tab.page.keyboard.type(' ;;sorr');

      // The list opens at ";;" and filters as each key's answer comes back: wait for "sorr"'s.
      const first = pickerOptions(tab.page).first();
      await expect(first.locator('.text')).toContainText(/sorry/i);
      const chosen = (await first.locator('.text').textContent())!;

      // Next to the caret: just below the line typed in, inside the frame's box on screen.
      const frame = (await tab.page.locator(family.frame!).boundingBox())!;
      const box = (await picker(tab.page).boundingBox())!;
      expect(box.y).toBeGreaterThan(frame.y);
      expect(box.y).toBeLessThan(frame.y + 120);
      expect(box.x).toBeGreaterThanOrEqual(frame.x);

      await tab.page.keyboard.press('Enter');
      await expect(picker(tab.page)).toHaveCount(0);
      await expect.poll(async () => (await tab.modelLines()).join(' ')).toBe(`Hi Sam, thanks for writing. ${chosen}`);
    } finally {
      await tab.close();
    }
  });

  test(`${family.label}: "Insert recovery phrase" from the context menu opens the picker in the frame`, async ({ lab }) => {
    const tab = await EditorTab.open(lab, family);
    try {
      await tab.clickAfter('writing.');
      await clickContextMenu(lab.worker, tab.tabId);
      const first = pickerOptions(tab.page).first();
      await expect(first).toBeVisible();
      const chosen = (await first.locator('.text').textContent())!;
      await tab.page.keyboard.press('Enter');
      await expect(picker(tab.page)).toHaveCount(0);
      await expect.poll(async () => (await tab.modelLines()).join(' ')).toBe(`Hi Sam, thanks for writing.${chosen}`);
    } finally {
      await tab.close();
    }
  });
}
