import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettings } from './settings-schema.ts';
import { MAX_ACCEPTED } from '../../src/analysis/draft-accepted.ts';

const v2 = { ...DEFAULT_SETTINGS, agentName: 'Alex', signature: 'Best,\nAlex' } as Record<string, unknown>;
delete v2.acceptedWording;

describe('settings migration 003 (accepted draft wording)', () => {
  it('brings a v2 record up with an empty list and keeps everything else', () => {
    const result = migrateSettings({ version: 2, data: v2 });
    expect(result.migrated).toBe(true);
    expect(result.version).toBe(SETTINGS_VERSION);
    expect(result.settings).toEqual({ ...v2, acceptedWording: [] });
  });

  it('keeps the valid entries of a corrupt list and drops the rest', () => {
    const { settings } = migrateSettings({
      version: 2,
      data: {
        ...v2,
        acceptedWording: [
          { kind: 'brush_off', text: 'As  I said' },
          { kind: 'brush_off', text: 'as i said' },
          { kind: 'shouting', text: 'calm down' },
          { kind: 'minimizing', text: '' },
          { kind: 'minimizing', text: 'x'.repeat(500) },
          'just',
          null,
          { kind: 'minimizing', text: 'just' },
        ],
      },
    });
    expect(settings.acceptedWording).toEqual([
      { kind: 'brush_off', text: 'As I said' },
      { kind: 'minimizing', text: 'just' },
    ]);
  });

  it('never keeps more than the cap', () => {
    const many = Array.from({ length: MAX_ACCEPTED + 50 }, (_, i) => ({ kind: 'defensive', text: `policy ${i}` }));
    expect(migrateSettings({ version: 2, data: { ...v2, acceptedWording: many } }).settings.acceptedWording).toHaveLength(MAX_ACCEPTED);
  });

  it('a list that is not a list becomes empty', () => {
    expect(migrateSettings({ version: 2, data: { ...v2, acceptedWording: 'as I said' } }).settings.acceptedWording).toEqual([]);
  });
});
