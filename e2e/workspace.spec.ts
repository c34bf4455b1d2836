/** Issue 7's workspace in a real Chromium: the in-page picker, the keyboard, favourites and search, the language. */
import { test, expect } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { clickContextMenu, picker, pickerOptions, runInsertTopPhrase, setSettings } from './support/workspace.ts';

test('typing ;;sorr in the reply box and pressing Enter puts the filled apology into the editor model', async ({ context, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const firstName = (await demo.page.locator('.requester-name').innerText()).split(' ')[0]!;
  await demo.editor.click();
  await demo.page.keyboard.type('Hello. ;;sorr');

  await expect(pickerOptions(demo.page).first()).toBeVisible();
  const chosen = (await pickerOptions(demo.page).first().locator('.text').textContent())!;
  expect(chosen.toLowerCase()).toContain('sorry');
  expect(chosen).not.toContain('{{');
  await demo.page.keyboard.press('Enter');

  await expect(picker(demo.page)).toHaveCount(0);
  await expect.poll(() => demo.editorModelText()).toBe(`Hello. ${chosen}`);
  // The apology is filled for this ticket, and Enter did not also add a new line.
  expect(await demo.editorModelText()).not.toContain(';;');
  expect(chosen.includes(firstName) || /so (frustrating|ridiculous|long|unacceptable)/i.test(chosen) || !chosen.includes('there')).toBe(true);
});

test('the picker follows the query, moves with arrows and closes with Escape leaving the text alone', async ({ context, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(104);
  await demo.editor.click();
  await demo.page.keyboard.type(';;refund');
  await expect(pickerOptions(demo.page).first()).toContainText(/refund/i);
  await demo.page.keyboard.press('ArrowDown');
  await expect(pickerOptions(demo.page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await demo.page.keyboard.press('Escape');
  await expect(picker(demo.page)).toHaveCount(0);
  // Typing on after Escape is writing, not searching: the picker stays closed.
  await demo.page.keyboard.type('s');
  await demo.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await expect(picker(demo.page)).toHaveCount(0);
  expect(await demo.editorModelText()).toBe(';;refunds');
});

test('keyboard only: from the search box, arrows pick a phrase and Enter inserts it', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  await demo.editor.click();
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.phrases()).toHaveCount(5);

  // Reach the search box with Tab alone.
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await panel.page.keyboard.press('Tab');
    reached = await panel.page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'phrase-search');
  }
  expect(reached).toBe(true);
  await panel.page.keyboard.press('ArrowDown');
  await panel.page.keyboard.press('ArrowDown');
  const second = panel.phrases().nth(1);
  await expect(second).toHaveAttribute('data-active', 'true');
  await expect(second.getByTestId('phrase-insert')).toBeFocused();
  const text = (await second.locator('.phrase-text').innerText()).trim();
  await panel.page.keyboard.press('Enter');

  await expect(panel.page.getByTestId('insert-status')).toHaveAttribute('data-outcome', 'inserted');
  await expect.poll(() => demo.editorModelText()).toContain(text.split('\n')[0]!);
});

test('a phrase with {{cursor}} shows where the caret will land, and typing after inserting it goes there', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('phrase-search').fill("I've already");
  const card = panel.phrases().filter({ has: panel.page.locator('.cursor-mark') }).first();
  await expect(card.locator('.cursor-mark')).toBeVisible();
  // The mark is drawn, not text: what the card says is exactly what goes in.
  const text = (await card.locator('.phrase-text').innerText()).trim();
  expect(text).not.toContain('your words');
  expect(text).toContain("I've already .");

  await demo.editor.click();
  await card.getByTestId('phrase-insert').click();
  await expect(panel.page.getByTestId('insert-status')).toHaveAttribute('data-outcome', 'inserted');
  await demo.page.bringToFront();
  await demo.page.keyboard.type('refunded the second payment');
  await expect.poll(() => demo.editorModelText()).toContain("I've already refunded the second payment.");
});

test('favourites are kept and listed; search finds any phrase despite a typo', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const tabId = await tabIdOf(worker, demo.page.url());
  let panel = await SidePanel.open(context, worker, extensionId, tabId);
  const id = (await panel.phrases().nth(2).getAttribute('data-phrase-id'))!;
  const card = panel.page.locator(`[data-testid="phrase"][data-phrase-id="${id}"]`);
  await card.getByTestId('phrase-favourite').click();
  await expect(card.getByTestId('phrase-favourite')).toHaveAttribute('aria-pressed', 'true');
  // A favourite of the current step comes first among the suggestions.
  await expect(panel.phrases().first()).toHaveAttribute('data-phrase-id', id);

  await panel.page.close();
  panel = await SidePanel.open(context, worker, extensionId, tabId);
  await panel.page.getByTestId('phrases-view-favourites').click();
  await expect(panel.phrases()).toHaveCount(1);
  await expect(panel.phrases().first()).toHaveAttribute('data-phrase-id', id);

  await panel.page.getByTestId('phrase-search').fill('refnd');
  await expect(panel.phrases().first()).toContainText(/refund/i);
  await panel.page.getByTestId('phrase-search').fill('zqxjvw');
  await expect(panel.page.getByTestId('phrases-empty')).toBeVisible();
  await panel.page.getByTestId('phrase-search').fill('');
  await panel.page.getByTestId('phrases-view-suggested').click();
  await expect(panel.phrases()).toHaveCount(5);
});

test('the insert-top-phrase command and the context menu reach the reply box without the panel', async ({ context, worker, extensionId, demoServer }) => {
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const tabId = await tabIdOf(worker, demo.page.url());
  const panel = await SidePanel.open(context, worker, extensionId, tabId);
  const top = (await panel.phrases().first().locator('.phrase-text').innerText()).trim();
  await panel.page.close();

  await demo.editor.click();
  expect(await runInsertTopPhrase(worker, tabId)).toBe(true);
  await expect.poll(() => demo.editorModelText()).toContain(top.split('\n')[0]!);

  await demo.editor.click();
  await demo.page.keyboard.press('Control+End');
  await clickContextMenu(worker, tabId);
  await expect(pickerOptions(demo.page).first()).toBeVisible();
  const picked = (await pickerOptions(demo.page).first().locator('.text').textContent())!;
  await demo.page.keyboard.press('Enter');
  await expect.poll(() => demo.editorModelText()).toContain(picked.split('\n')[0]!);
});

test('a Spanish-speaking agent gets the panel, the method’s steps and the built-in phrases in Spanish', async ({ context, worker, extensionId, demoServer }) => {
  await setSettings(worker, { language: 'es' });
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(103);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.page.locator('#phrases-title')).toHaveText('Frases para este paso');
  await expect(panel.page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(panel.phrases().first()).toHaveAttribute('data-phrase-id', /^es\./);
  await expect(panel.page.getByTestId('phrase-insert').first()).toHaveText('Insertar');
  // The method itself speaks Spanish too: the steps, the current step's goal.
  await expect(panel.page.locator('[data-step-id="listen"] .step-title')).toHaveText('Escuchar');
  await expect(panel.page.locator('[data-step-id="follow_up"] .step-title')).toHaveText('Hacer seguimiento');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await expect(options.locator('select[name="playbook"] option').first()).toHaveText('Recuperación en siete pasos');
});

test('the signature from the options goes into the reply from the panel', async ({ context, worker, extensionId, demoServer }) => {
  await setSettings(worker, { signature: 'Best wishes,\nSam at Acme' });
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(101);
  await demo.editor.click();
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await panel.page.getByTestId('insert-signature').click();
  await expect.poll(() => demo.editorModelText()).toContain('Sam at Acme');
});

test('a helpdesk switched off in the options gets no panel coaching and no picker', async ({ context, worker, extensionId, demoServer }) => {
  await setSettings(worker, { disabledHelpdesks: ['demo'] });
  const demo = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await demo.open(102);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, demo.page.url()));
  await expect(panel.page.getByTestId('panel-no-ticket')).toContainText('Demo');
  await expect(panel.phrases()).toHaveCount(0);

  await demo.editor.click();
  await demo.page.keyboard.type(';;sorr');
  // Give the background time to answer, then check the picker never opened.
  await demo.page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await expect(pickerOptions(demo.page)).toHaveCount(0);
  expect(await demo.editorModelText()).toBe(';;sorr');
});
