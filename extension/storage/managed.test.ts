import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from './settings-schema.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { loadManaged, readManaged, withManagedDefaults } = await import('./managed.ts');

const policy = {
  teamName: 'Acme Support',
  teamPhrases: [
    { id: 'refund', step: 'resolve', title: 'Acme refund', text: 'We refund you in full, {{customer.first_name|there}}.' },
    { id: 'broken', step: 'resolve', text: 'Hi {{customer.nickname}}' },
    { id: 'no-step', text: 'Hello.' },
  ],
  defaults: { company: 'Acme', playbook: 'heard', agentName: 42, followUpDelay: '2days', workdayStart: '8am', signature: 'The Acme team' },
};

beforeEach(() => fakeBrowser.reset());

describe('managed team pack', () => {
  it('reads the good team phrases into their own namespace and counts the bad ones', () => {
    const config = readManaged(policy);
    expect(config.teamName).toBe('Acme Support');
    expect(config.phrases).toEqual([{ id: 'team.refund', step: 'resolve', title: 'Acme refund', text: 'We refund you in full, {{customer.first_name|there}}.', tone: 'warm', lang: 'en' }]);
    expect(config.rejected).toBe(2);
    // A number, and a time not written "HH:MM", are ignored.
    expect(config.defaults).toEqual({ company: 'Acme', playbook: 'heard', followUpDelay: '2days', signature: 'The Acme team' });
    expect(readManaged({ defaults: { playbook: 'nonsense', followUpDelay: 'someday' } }).defaults).toEqual({});
    expect(config.syncAllowed).toBe(true);
  });

  it('fills only settings the agent left at their defaults', () => {
    const settings = withManagedDefaults({ ...DEFAULT_SETTINGS, playbook: 'last' }, { company: 'Acme', playbook: 'heard' });
    expect(settings).toMatchObject({ company: 'Acme', playbook: 'last' });
  });

  it('reads policy values from storage.managed, and nothing when there is no policy', async () => {
    expect(await loadManaged()).toMatchObject({ phrases: [], rejected: 0 });
    await fakeBrowser.storage.managed.set(policy);
    expect((await loadManaged()).phrases.map((p) => p.id)).toEqual(['team.refund']);
  });

  it('honours an organisation that forbids sync', () => {
    expect(readManaged({ allowSync: false }).syncAllowed).toBe(false);
  });
});
