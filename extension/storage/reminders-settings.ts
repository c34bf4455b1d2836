/**
 * The agent's reminder preferences (time zone, working hours, retention), in their own
 * storage.local record with numbered migrations, in the style of settings-schema.ts.
 * The start of the working day stays in the main settings (`workdayStart`), which the
 * panel already uses; this record holds what reminders add to it.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_RETENTION_DAYS } from '../../src/reminders/retention.ts';
import { isTimeZone, localTimeZone } from '../../src/reminders/zone.ts';
import type { WorkingHours } from '../../src/reminders/due.ts';

export interface ReminderSettings {
  /** IANA zone; empty means "the browser's zone", so a travelling laptop follows along. */
  timeZone: string;
  /** "HH:MM", end of the working day. */
  workdayEnd: string;
  workDays: number[];
  /** Done reminders older than this many days are purged. */
  retentionDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  timeZone: '',
  workdayEnd: '17:00',
  workDays: [1, 2, 3, 4, 5],
  retentionDays: DEFAULT_RETENTION_DAYS,
};

type Raw = Record<string, unknown>;

interface Migration {
  version: number;
  up(previous: Raw): Raw;
}

/** "HH:MM" with a real hour and minute, else the fallback. */
function clock(value: unknown, fallback: string): string {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value) : null;
  return match && Number(match[1]) <= 23 && Number(match[2]) <= 59 ? (value as string) : fallback;
}

/** v1: the first schema; anything unknown or malformed takes its default. */
const m001: Migration = {
  version: 1,
  up(p) {
    const days = Array.isArray(p.workDays) ? p.workDays.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6) : null;
    const retention = typeof p.retentionDays === 'number' && Number.isFinite(p.retentionDays) ? Math.round(p.retentionDays) : NaN;
    return {
      timeZone: p.timeZone === '' || isTimeZone(p.timeZone) ? p.timeZone : DEFAULT_REMINDER_SETTINGS.timeZone,
      workdayEnd: clock(p.workdayEnd, DEFAULT_REMINDER_SETTINGS.workdayEnd),
      workDays: days ? [...new Set(days)].sort() : DEFAULT_REMINDER_SETTINGS.workDays,
      retentionDays: retention >= 1 && retention <= 3650 ? retention : DEFAULT_REMINDER_SETTINGS.retentionDays,
    };
  },
};

export const REMINDER_SETTINGS_MIGRATIONS: readonly Migration[] = [m001];
export const REMINDER_SETTINGS_VERSION = REMINDER_SETTINGS_MIGRATIONS.at(-1)!.version;

export function migrateReminderSettings(stored: unknown): { settings: ReminderSettings; migrated: boolean } {
  const record = stored && typeof stored === 'object' ? (stored as { version?: unknown; data?: unknown }) : {};
  let version = typeof record.version === 'number' ? record.version : 0;
  let data: Raw = record.data && typeof record.data === 'object' ? (record.data as Raw) : {};
  const start = version;
  if (version > REMINDER_SETTINGS_VERSION) return { settings: m001.up(data) as unknown as ReminderSettings, migrated: false };
  for (const m of REMINDER_SETTINGS_MIGRATIONS) {
    if (m.version > version) {
      data = m.up(data);
      version = m.version;
    }
  }
  return { settings: data as unknown as ReminderSettings, migrated: version !== start };
}

export const REMINDER_SETTINGS_KEY = 'reminderSettings';

export async function loadReminderSettings(): Promise<ReminderSettings> {
  const stored = (await browser.storage.local.get(REMINDER_SETTINGS_KEY))[REMINDER_SETTINGS_KEY];
  return migrateReminderSettings(stored).settings;
}

export async function saveReminderSettings(patch: Partial<ReminderSettings>): Promise<ReminderSettings> {
  const { settings } = migrateReminderSettings({ version: REMINDER_SETTINGS_VERSION, data: { ...(await loadReminderSettings()), ...patch } });
  await browser.storage.local.set({ [REMINDER_SETTINGS_KEY]: { version: REMINDER_SETTINGS_VERSION, data: settings } });
  return settings;
}

export function onReminderSettingsChanged(listener: (settings: ReminderSettings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[REMINDER_SETTINGS_KEY]) listener(migrateReminderSettings(changes[REMINDER_SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Working hours from both records: the day's start lives in the main settings. */
export function workingHours(settings: ReminderSettings, workdayStart: string): WorkingHours {
  return {
    timeZone: settings.timeZone || localTimeZone(),
    start: workdayStart,
    end: settings.workdayEnd,
    days: settings.workDays,
  };
}
