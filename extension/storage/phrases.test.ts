import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Phrase } from '../../src/phrases/types.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { loadLibrary, saveLibrary, setSyncEnabled, loadSyncState } = await import('./phrases.ts');

const mine: Phrase = { id: 'me.1', step: 'resolve', text: 'A new one ships today.', tone: 'warm', lang: 'en' };

beforeEach(() => fakeBrowser.reset());

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
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('phrases.head');

    // Turned off again: later edits stay in this browser.
    await setSyncEnabled(false);
    const before = await fakeBrowser.storage.sync.get(null);
    await saveLibrary({ phrases: [mine, { ...mine, id: 'me.2' }], hidden: [] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });
});
