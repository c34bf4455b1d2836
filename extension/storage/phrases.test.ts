import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Phrase } from '../../src/phrases/types.ts';
import { libraryRecord, migrateLibrary } from './phrases-schema.ts';
import { decodeChunks } from './sync-chunks.ts';
import { pushRecord, type Area } from './sync.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { loadLibrary, saveLibrary } = await import('./phrases.ts');
const { setSyncEnabled, loadSyncState, syncNow } = await import('./sync-run.ts');
const { onStorageChanged } = await import('../background/sync.ts');

const mine: Phrase = { id: 'me.1', step: 'resolve', text: 'A new one ships today.', tone: 'warm', lang: 'en' };

beforeEach(() => {
  fakeBrowser.reset();
  // As the background registers it (background/index.ts).
  fakeBrowser.storage.onChanged.addListener(onStorageChanged);
});

describe('phrase library storage', () => {
  it('saves and loads the agent’s phrases, stamped with the time of the change', async () => {
    await saveLibrary({ phrases: [mine], hidden: ['en.listen.no-rush'] }, 1234);
    expect(await loadLibrary()).toEqual({ phrases: [mine], hidden: ['en.listen.no-rush'], updatedAt: 1234 });
  });

  it('writes nothing to browser sync until the agent turns sync on, then carries phrases there', async () => {
    await saveLibrary({ phrases: [mine], hidden: [] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await loadSyncState()).enabled).toBe(false);

    const state = await setSyncEnabled(true);
    expect(state.enabled).toBe(true);
    expect(state.syncedAt).toEqual(expect.any(Number));
    expect(await remotePhraseIds()).toEqual(['me.1']);

    // Turned off again: later edits stay in this browser.
    expect((await setSyncEnabled(false)).syncedAt).toBeUndefined();
    const before = await fakeBrowser.storage.sync.get(null);
    await saveLibrary({ phrases: [mine, { ...mine, id: 'me.2' }], hidden: [] });
    await settled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('with sync on, the background carries an edit out and another browser’s phrase in, with no page open', async () => {
    await setSyncEnabled(true);
    await saveLibrary({ phrases: [mine], hidden: [] }, 1000);
    await vi.waitFor(async () => expect(await remotePhraseIds()).toEqual(['me.1']));

    // The agent's other browser adds a phrase: its write to sync storage is all this one hears.
    const theirs: Phrase = { ...mine, id: 'other.1', text: 'Sent from the laptop.' };
    const record = libraryRecord({ phrases: [mine, theirs], hidden: [], updatedAt: 2000 });
    await pushRecord(fakeBrowser.storage.sync as unknown as Area, 'phrases', record, Date.now() + 1000, 'laptop');
    await vi.waitFor(async () => expect((await loadLibrary()).phrases.map((p) => p.id)).toEqual(['me.1', 'other.1']));
  });
});

async function remotePhraseIds(): Promise<string[]> {
  const remote = decodeChunks('phrases', await fakeBrowser.storage.sync.get(null));
  return migrateLibrary(remote?.value).library.phrases.map((p) => p.id);
}

/** Lets the background's handler for the last change run to its end. */
async function settled(): Promise<void> {
  await syncNow();
}
