/**
 * The phrase library in the options page, with the built extension in Chromium:
 * writing, editing, duplicating and deleting (with undo); import and export; a broken
 * import that changes nothing; and the side panel offering the agent's own phrase.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, launchWithExtension, serviceWorkerOf } from './support/extension.ts';
import { DemoHelpdesk } from './support/demo-page.ts';
import { SidePanel, tabIdOf } from './support/panel-page.ts';
import { libraryRecord } from '../extension/storage/phrases-schema.ts';
import { encodeChunks } from '../extension/storage/sync-chunks.ts';
import type { Phrase } from '../src/phrases/types.ts';

const IMPORTS = resolve(import.meta.dirname, 'fixtures/imports');

async function openLibrary(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  await expect(page.getByTestId('library')).toBeVisible();
  return page.getByTestId('library');
}

/** The personal library record as stored, for comparing two profiles. */
async function storedLibrary(page: Page) {
  return page.evaluate(async () => {
    const record = (await chrome.storage.local.get('phrases')).phrases as { data: { phrases: unknown[]; hidden: string[] } } | undefined;
    return record ? { phrases: record.data.phrases, hidden: record.data.hidden } : null;
  });
}

test('write, check, edit, duplicate and delete a phrase, then undo the delete', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const library = await openLibrary(page, extensionId);
  const mine = page.getByTestId('library-mine').getByTestId('library-phrase');
  await expect(page.getByTestId('library-mine-empty')).toContainText('No phrases of your own yet.');

  await page.getByTestId('library-new').click();
  const editor = page.getByTestId('library-editor');
  await editor.locator('input[name="title"]').fill('Damaged parcel');
  await editor.locator('textarea[name="text"]').fill('So sorry, {{customer.nickname}}, that it arrived {{their_word}}.');
  await expect(editor.getByTestId('library-problem')).toContainText('{{customer.nickname}} is not a placeholder Olive Branch can fill');
  await expect(editor.getByTestId('library-save')).toBeDisabled();

  await editor.locator('textarea[name="text"]').fill("I'm so sorry, {{customer.first_name|there}}, that your parcel arrived damaged. {{cursor}}");
  await expect(editor.getByTestId('library-problem')).toHaveCount(0);
  // The live preview is filled for the sample ticket's customer, Jordan Lee.
  await expect(editor.getByTestId('library-preview')).toHaveText("I'm so sorry, Jordan, that your parcel arrived damaged.");
  await editor.locator('select[name="step"]').selectOption('apologize');
  await editor.locator('select[name="heatMin"]').selectOption('2');
  await editor.locator('input[name="want"][value="replacement"]').check();
  await editor.getByTestId('library-save').click();

  await expect(mine).toHaveCount(1);
  await expect(page.getByTestId('library-mine-empty')).toHaveCount(0);
  await expect(mine.first().getByTestId('library-phrase-title')).toHaveText('Damaged parcel');
  const saved = await storedLibrary(page);
  expect(saved?.phrases).toEqual([
    expect.objectContaining({ title: 'Damaged parcel', step: 'apologize', heat: [2, 3], wants: ['replacement'], tone: 'warm' }),
  ]);

  await mine.first().getByTestId('library-edit').click();
  await editor.locator('textarea[name="text"]').fill("I'm so sorry, {{customer.first_name|there}}. A new one is on its way.");
  await editor.getByTestId('library-save').click();
  await expect(mine.first().getByTestId('library-phrase-text')).toHaveText("I'm so sorry, {{customer.first_name|there}}. A new one is on its way.");

  await mine.first().getByTestId('library-duplicate').click();
  await editor.getByTestId('library-cancel').click();
  await expect(mine).toHaveCount(2);
  await expect(mine.nth(1).getByTestId('library-phrase-title')).toHaveText('Damaged parcel (copy)');

  await mine.first().getByTestId('library-delete').click();
  await expect(mine).toHaveCount(1);
  await expect(library.getByTestId('library-undo-message')).toHaveText('Deleted “Damaged parcel”.');
  await library.getByTestId('library-undo').click();
  await expect(mine).toHaveCount(2);
  await expect(mine.first().getByTestId('library-phrase-title')).toHaveText('Damaged parcel');

  // Survives a reload: it was stored, not just drawn.
  await page.reload();
  await expect(page.getByTestId('library-mine').getByTestId('library-phrase')).toHaveCount(2);
});

test('built-in phrases can be reworded and hidden, and always come back', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  // Built-ins fold by step; the agent opens the first step's.
  const listen = page.getByTestId('library-builtin').getByTestId('library-step').first();
  await expect(listen).toHaveAttribute('data-step', 'listen');
  await expect(listen.getByTestId('library-phrase').first()).toBeHidden();
  await listen.locator('summary').click();
  const first = listen.getByTestId('library-phrase').first();
  const original = await first.getByTestId('library-phrase-text').innerText();

  await first.getByTestId('library-edit').click();
  await page.getByTestId('library-editor').locator('textarea[name="text"]').fill('Tell me the whole story, {{customer.first_name|there}}.');
  await page.getByTestId('library-save').click();
  await expect(first).toHaveAttribute('data-overridden', 'true');
  await expect(first.getByTestId('library-phrase-text')).toHaveText('Tell me the whole story, {{customer.first_name|there}}.');

  await first.getByTestId('library-hide').click();
  await expect(first).toHaveAttribute('data-hidden', 'true');
  await first.getByTestId('library-hide').click();
  await expect(first).toHaveAttribute('data-hidden', 'false');

  await first.getByTestId('library-reset').click();
  await expect(first).toHaveAttribute('data-overridden', 'false');
  await expect(first.getByTestId('library-phrase-text')).toHaveText(original);

  // Filtering opens every step with a match, folded or not.
  await page.getByTestId('library').locator('input[type="search"]').fill('refund you in full');
  const found = page.getByTestId('library-builtin').getByTestId('library-phrase');
  await expect(found.first()).toBeVisible();
  await expect(found.first().getByTestId('library-phrase-text')).toContainText('refund you in full');
});

test('JSON export imports into a fresh profile as the same library', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await page.getByTestId('library-import').setInputFiles(join(IMPORTS, 'canned-responses.csv'));
  await expect(page.getByTestId('library-import-status')).toContainText('Imported 2 phrases');
  await page.getByTestId('library-builtin').locator('summary').first().click();
  await page.getByTestId('library-builtin').getByTestId('library-hide').first().click();
  const before = await storedLibrary(page);
  expect(before?.phrases).toHaveLength(2);
  expect(before?.hidden).toHaveLength(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('library-export').click()]);
  const exported = join(await mkdtemp(join(tmpdir(), 'olive-export-')), 'library.json');
  await download.saveAs(exported);

  const freshDir = await mkdtemp(join(tmpdir(), 'olive-profile-'));
  const fresh = await launchWithExtension(freshDir);
  try {
    const freshId = new URL((await serviceWorkerOf(fresh)).url()).host;
    const freshPage = await fresh.newPage();
    await openLibrary(freshPage, freshId);
    expect(await storedLibrary(freshPage)).toBeNull();
    await freshPage.getByTestId('library-import').setInputFiles(exported);
    await expect(freshPage.getByTestId('library-import-status')).toContainText('Imported 2 phrases');
    expect(await storedLibrary(freshPage)).toEqual(before);
    await expect(freshPage.getByTestId('library-mine').getByTestId('library-phrase')).toHaveCount(2);
    await expect(freshPage.locator('[data-testid="library-phrase"][data-hidden="true"]')).toHaveCount(1);
  } finally {
    await fresh.close();
    await rm(freshDir, { recursive: true, force: true });
    await rm(resolve(exported, '..'), { recursive: true, force: true });
  }
});

test('a Zendesk macros export becomes phrases with our placeholders', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await page.getByTestId('library-import').setInputFiles(join(IMPORTS, 'zendesk-macros.json'));
  const status = page.getByTestId('library-import-status');
  await expect(status).toContainText('Imported 3 phrases');
  await expect(status).toContainText('3 entries left out (not replies)');
  const mine = page.getByTestId('library-mine').getByTestId('library-phrase');
  await expect(mine.getByTestId('library-phrase-title')).toHaveText(['Apologies › Late delivery', 'Refunds › Full refund issued', 'What would make this right?']);
  await expect(mine.nth(1).getByTestId('library-phrase-text')).toContainText('Dear {{customer.name}},');
  // An import can be taken back in one click, like a delete.
  await page.getByTestId('library-undo').click();
  await expect(mine).toHaveCount(0);
});

test('a broken import changes nothing and names the entry and field', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await page.getByTestId('library-import').setInputFiles(join(IMPORTS, 'canned-responses.csv'));
  await expect(page.getByTestId('library-import-status')).toContainText('Imported 2 phrases');
  const before = await storedLibrary(page);

  await page.getByTestId('library-import').setInputFiles(join(IMPORTS, 'broken-library.json'));
  await expect(page.getByTestId('library-import-status')).toHaveAttribute('data-outcome', 'failed');
  await expect(page.getByTestId('library-import-error')).toHaveText([
    'entry 2, “Refund with nickname”, field “text”: customer.nickname is a placeholder Olive Branch cannot fill.',
  ]);
  expect(await storedLibrary(page)).toEqual(before);
  await expect(page.getByTestId('library-mine').getByTestId('library-phrase')).toHaveCount(2);
});

test('the side panel offers the agent’s own phrase', async ({ context, extensionId, worker, demoServer }) => {
  const options = await context.newPage();
  await openLibrary(options, extensionId);
  await options.getByTestId('library-new').click();
  await options.getByTestId('library-editor').locator('input[name="title"]').fill('Pineapple promise');
  await options.getByTestId('library-editor').locator('textarea[name="text"]').fill('We will make this right today, {{customer.first_name|there}}.');
  await options.getByTestId('library-save').click();
  await expect(options.getByTestId('library-mine').getByTestId('library-phrase')).toHaveCount(1);

  const helpdesk = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await helpdesk.open(101);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, helpdesk.page.url()));
  await panel.page.getByTestId('phrase-search').fill('pineapple');
  await expect(panel.phrases().first()).toContainText('We will make this right today,');
});

test('sync stays off until the agent turns it on, and says what it carries', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  const sync = page.getByTestId('sync');
  await expect(sync.getByTestId('sync-toggle')).not.toBeChecked();
  await expect(sync).toContainText('Customer data (tickets, names, reminders) never leaves this browser.');
  expect(await page.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

  await page.getByTestId('library-import').setInputFiles(join(IMPORTS, 'canned-responses.csv'));
  await expect(page.getByTestId('library-import-status')).toContainText('Imported 2 phrases');
  expect(await page.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

  await sync.getByTestId('sync-toggle').check();
  await expect(sync.getByTestId('sync-status')).toHaveText(/^Sync is on\. Last synced \d{1,2}:\d{2}/);
  const keys = await page.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)));
  expect(keys).toEqual(expect.arrayContaining(['phrases.head', 'settings.head']));
});

test('with sync on, a phrase written on the agent’s other browser reaches the open side panel', async ({ context, worker, extensionId, demoServer }) => {
  const options = await context.newPage();
  await openLibrary(options, extensionId);
  await options.getByTestId('sync').getByTestId('sync-toggle').check();
  await expect.poll(() => worker.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)))).toContain('settings.head');
  await options.close();

  const helpdesk = new DemoHelpdesk(await context.newPage(), demoServer.url);
  await helpdesk.open(101);
  const panel = await SidePanel.open(context, worker, extensionId, await tabIdOf(worker, helpdesk.page.url()));
  await panel.page.getByTestId('phrase-search').fill('kiwi promise');
  const kiwi = panel.phrases().filter({ hasText: 'Kiwi promise' });
  await expect(kiwi).toHaveCount(0);

  // What Olive Branch on the laptop writes to the browser's sync storage: new slices and a head, in one write.
  const laptop: Phrase = { id: 'laptop.1', step: 'apologize', text: 'Kiwi promise: we are truly sorry, {{customer.first_name|there}}.', tone: 'warm', lang: 'en' };
  const record = libraryRecord({ phrases: [laptop], hidden: [], updatedAt: Date.now() });
  const items = encodeChunks('phrases', record, Date.now() + 60_000, 'laptop');
  await worker.evaluate((items) => chrome.storage.sync.set(items), items);

  await expect(kiwi).toHaveCount(1);
  await expect(kiwi).toContainText('Kiwi promise: we are truly sorry, Hannah.');
});

test('the editor, with a problem showing, and a failed import have no serious accessibility issue', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  await page.getByTestId('library-new').click();
  await page.getByTestId('library-editor').locator('textarea[name="text"]').fill('Hi {{customer.nickname}}');
  await page.getByTestId('library-import').setInputFiles(join(IMPORTS, 'broken-library.json'));
  await expect(page.getByTestId('library-import-error')).toHaveCount(1);
  await page.locator('.placeholder-help summary').click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="library"]').include('[data-testid="sync"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});
