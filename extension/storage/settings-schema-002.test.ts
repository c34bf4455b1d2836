import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, isValidTrigger, migrateSettings } from './settings-schema.ts';

const v1 = { agentName: 'Alex', company: 'Acme', workdayStart: '08:30', playbook: 'heard' };

describe('settings migration 002 (workspace fields)', () => {
  it('brings a v1 record up with the new defaults and keeps what the agent set', () => {
    const result = migrateSettings({ version: 1, data: v1 });
    expect(result.migrated).toBe(true);
    expect(result.version).toBe(SETTINGS_VERSION);
    expect(result.settings).toEqual({ ...v1, signature: '', followUpDelay: 'tomorrow', triggerKey: ';;', disabledHelpdesks: [], language: 'auto', acceptedWording: [] });
  });

  it('keeps valid workspace values and replaces corrupt ones one by one', () => {
    const { settings } = migrateSettings({
      version: 1,
      data: { ...v1, signature: 'Best,\nAlex', followUpDelay: 'next-year', triggerKey: 'ab', disabledHelpdesks: ['gmail', 7, 'gmail'], language: 'es' },
    });
    expect(settings.signature).toBe('Best,\nAlex');
    expect(settings.followUpDelay).toBe('tomorrow');
    expect(settings.triggerKey).toBe(';;');
    expect(settings.disabledHelpdesks).toEqual(['gmail']);
    expect(settings.language).toBe('es');
  });

  it('gives a brand-new install every field', () => {
    expect(migrateSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a current record is left as stored', () => {
    const stored = { version: SETTINGS_VERSION, data: { ...DEFAULT_SETTINGS, triggerKey: '//', language: 'en' } };
    expect(migrateSettings(stored)).toMatchObject({ migrated: false, settings: { triggerKey: '//', language: 'en' } });
  });

  it('a record from a newer version still yields every field this version needs', () => {
    const { settings } = migrateSettings({ version: SETTINGS_VERSION + 1, data: { agentName: 'Sam', language: 'de' } });
    expect(settings.agentName).toBe('Sam');
    expect(settings.language).toBe('auto');
    expect(settings.triggerKey).toBe(';;');
  });

  it('accepts only short punctuation triggers that will not fire in prose', () => {
    expect([';;', '//', '!', '::x'].map(isValidTrigger)).toEqual([true, true, true, false]);
    expect([';; ', '', 'sorry', ';;;;;', 42].map(isValidTrigger)).toEqual([false, false, false, false, false]);
  });
});
