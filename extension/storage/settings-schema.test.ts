import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettings } from './settings-schema.ts';

describe('settings migrations', () => {
  it('001 turns nothing into the defaults', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrated: true });
  });

  it('001 keeps valid values and replaces corrupt ones', () => {
    const { settings } = migrateSettings({ version: 0, data: { agentName: 'Alex', company: 42, workdayStart: '08:00' } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, agentName: 'Alex', workdayStart: '08:00' });
  });

  it('leaves a current record alone', () => {
    const stored = { version: SETTINGS_VERSION, data: { ...DEFAULT_SETTINGS, company: 'Acme' } };
    expect(migrateSettings(stored)).toMatchObject({ migrated: false, settings: { company: 'Acme' } });
  });

  it('reads a record from a newer version without claiming to migrate it', () => {
    const result = migrateSettings({ version: SETTINGS_VERSION + 5, data: { agentName: 'Sam', future: true } });
    expect(result.migrated).toBe(false);
    expect(result.settings.agentName).toBe('Sam');
  });
});
