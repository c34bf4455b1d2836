/**
 * An administrator's team pack through storage.managed, set the way RECIPES.md shows:
 * test policies written to the profile's `Local State` before launch, addressed to the
 * extension id the development build's manifest key pins.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, launchWithExtension, serviceWorkerOf } from './support/extension.ts';

/** Chrome's id for an extension key: the SHA-256 of the key, first 32 hex digits spelled a–p. */
async function pinnedId(): Promise<string> {
  const manifest = JSON.parse(await readFile(resolve(import.meta.dirname, '../dist/chrome/manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const POLICY = {
  teamName: 'Acme Support',
  teamPhrases: [
    { id: 'acme-refund', step: 'resolve', title: 'Acme refund promise', text: 'We will refund you in full today, {{customer.first_name|there}}.' },
    { id: 'acme-broken', step: 'resolve', text: 'Hello {{customer.nickname}}' },
  ],
  defaults: { company: 'Acme' },
};

async function withPolicy(profileDir: string, extensionId: string, policy: Record<string, unknown>): Promise<void> {
  const entries = Object.entries(policy).map(([name, value]) => ({ namespace: extensionId, name, value, level: 1, scope: 1, source: 5 }));
  await writeFile(join(profileDir, 'Local State'), JSON.stringify({ local_test_policies_for_next_startup: JSON.stringify(entries) }));
}

const test = base.extend({
  context: async ({ profileDir }, use) => {
    await withPolicy(profileDir, await pinnedId(), POLICY);
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
});

test('the development build has the id its manifest key pins', async ({ worker }) => {
  expect(new URL(worker.url()).host).toBe(await pinnedId());
});

test('a team pack pushed by the administrator is shown read-only, from your organisation', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/extension/options/index.html`);
  const team = page.getByTestId('library-team');
  await expect(team.getByRole('heading')).toContainText('Acme Support phrases');
  // The organisation's default company fills the field the agent never set.
  await expect(page.locator('input[name="company"]')).toHaveValue('Acme');
  const phrases = team.getByTestId('library-phrase');
  // The malformed team phrase is left out, and the agent is told so; the good one is shown.
  await expect(phrases).toHaveCount(1);
  await expect(page.getByTestId('library-team-rejected')).toContainText('Phrases from your organisation left out: 1.');
  await expect(phrases.first().getByTestId('library-phrase-title')).toHaveText('Acme refund promise');
  await expect(phrases.first().getByTestId('library-team-badge')).toHaveText('From your organisation');
  await expect(phrases.first().getByTestId('library-edit')).toHaveCount(0);
  await expect(phrases.first().getByTestId('library-delete')).toHaveCount(0);

  // Duplicating makes the agent's own, editable copy; the team's stays as it was.
  await phrases.first().getByTestId('library-duplicate').click();
  await expect(page.getByTestId('library-editor')).toBeVisible();
  await page.getByTestId('library-editor').locator('textarea[name="text"]').fill('My version of the refund promise.');
  await page.getByTestId('library-save').click();
  await expect(page.getByTestId('library-mine').getByTestId('library-phrase-text')).toHaveText(['My version of the refund promise.']);
  await expect(phrases.first().getByTestId('library-phrase-text')).toHaveText('We will refund you in full today, {{customer.first_name|there}}.');
});

test('without a policy there is no team section', async ({}) => {
  const dir = await mkdtemp(join(tmpdir(), 'olive-profile-'));
  const context = await launchWithExtension(dir);
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/extension/options/index.html`);
    await expect(page.getByTestId('library-builtin')).toBeVisible();
    await expect(page.getByTestId('library-team')).toHaveCount(0);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
