/**
 * Options for reminders and the agent's data: time zone and working hours, how long
 * done reminders are kept, export (.ics / JSON), import (JSON, all or nothing) and
 * "Delete all data" behind a confirmation. Every change goes through the background.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PanelToBackground, Responses } from '../messaging.ts';
import { loadReminderSettings, saveReminderSettings, type ReminderSettings } from '../storage/reminders-settings.ts';
import { localTimeZone } from '../../src/reminders/zone.ts';
import { t } from '../ui/i18n.ts';

type Type = PanelToBackground['type'];
async function ask<T extends Type>(message: Extract<PanelToBackground, { type: T }>): Promise<T extends keyof Responses ? Responses[T] : never> {
  return (await browser.runtime.sendMessage(message)) as T extends keyof Responses ? Responses[T] : never;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];
const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [localTimeZone()];
  }
};

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const dayName = (day: number) => new Date(Date.UTC(2026, 10, 22 + day)).toLocaleDateString(undefined, { weekday: 'short', timeZone: 'UTC' });

type ImportState = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; lines: string[] };

export function RemindersSection() {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [setAside, setSetAside] = useState(0);
  const [imported, setImported] = useState<ImportState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    void loadReminderSettings().then(setSettings);
    void ask({ type: 'panelToBackground.remindersOverview' }).then((o) => setSetAside(o.setAside));
  }, []);
  if (!settings) return null;

  const update = async (patch: Partial<ReminderSettings>) => setSettings(await saveReminderSettings(patch));

  const exportAs = async (format: 'json' | 'ics') => {
    const text = await ask({ type: 'panelToBackground.exportReminders', format });
    const day = new Date().toISOString().slice(0, 10);
    download(`olive-branch-reminders-${day}.${format}`, format === 'json' ? 'application/json' : 'text/calendar', text);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await ask({ type: 'panelToBackground.importReminders', text: await file.text() });
    if (outcome.ok) setImported({ kind: 'done', text: t('options_import_done', [String(outcome.added), String(outcome.updated), String(outcome.unchanged)]) });
    else
      setImported({
        kind: 'failed',
        lines: outcome.problems.map((p) =>
          p.index < 0 ? t('options_import_problem_file', p.reason) : t('options_import_problem', [p.id ? `${p.index + 1} (${p.id})` : String(p.index + 1), p.reason]),
        ),
      });
  };

  const deleteAll = async () => {
    await ask({ type: 'panelToBackground.deleteAllData', confirm: true });
    setConfirming(false);
    setDeleted(true);
    setSettings(await loadReminderSettings());
  };

  return (
    <section class="reminders-options" aria-labelledby="reminders-options-title">
      <h2 id="reminders-options-title">{t('options_reminders_title')}</h2>
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('options_time_zone')}
          <select data-testid="options-timezone" value={settings.timeZone} onChange={(e) => void update({ timeZone: e.currentTarget.value })}>
            <option value="">{t('options_time_zone_browser', localTimeZone())}</option>
            {zones().map((zone) => (
              <option key={zone} value={zone}>{zone}</option>
            ))}
          </select>
        </label>
        <label>
          {t('options_workday_end')}
          <input type="time" data-testid="options-workday-end" value={settings.workdayEnd} onChange={(e) => void update({ workdayEnd: e.currentTarget.value || '17:00' })} />
        </label>
        <fieldset>
          <legend>{t('options_workdays')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} class="inline">
              <input
                type="checkbox"
                data-testid={`options-workday-${day}`}
                checked={settings.workDays.includes(day)}
                onChange={(e) => void update({ workDays: e.currentTarget.checked ? [...settings.workDays, day] : settings.workDays.filter((d) => d !== day) })}
              />
              {dayName(day)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('options_retention')}
          <input
            type="number"
            min={1}
            max={3650}
            data-testid="options-retention"
            value={settings.retentionDays}
            onChange={(e) => void update({ retentionDays: Number(e.currentTarget.value) })}
          />
        </label>
      </form>

      <div class="buttons">
        <button type="button" data-testid="export-ics" onClick={() => void exportAs('ics')}>{t('options_export_ics')}</button>
        <button type="button" data-testid="export-json" onClick={() => void exportAs('json')}>{t('options_export_json')}</button>
        <label class="button">
          {t('options_import_json')}
          <input type="file" accept="application/json,.json" data-testid="import-json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <div role="status" data-testid="import-result" data-outcome={imported.kind}>
        {imported.kind === 'done' && <p>{imported.text}</p>}
        {imported.kind === 'failed' && (
          <>
            <p>{t('options_import_failed')}</p>
            <ul>
              {imported.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {setAside > 0 && (
        <p class="warning" data-testid="set-aside">
          {t('options_set_aside', String(setAside))}
        </p>
      )}

      <div class="danger-zone">
        <p>{t('options_delete_all_explain')}</p>
        {!confirming ? (
          <button type="button" class="danger" data-testid="delete-all" onClick={() => (setConfirming(true), setDeleted(false))}>
            {t('options_delete_all')}
          </button>
        ) : (
          <p role="alertdialog" aria-label={t('options_delete_all')}>
            <button type="button" class="danger" data-testid="delete-all-confirm" onClick={() => void deleteAll()}>
              {t('options_delete_all_confirm')}
            </button>{' '}
            <button type="button" data-testid="delete-all-cancel" onClick={() => setConfirming(false)}>
              {t('options_delete_all_cancel')}
            </button>
          </p>
        )}
        {deleted && <p role="status" data-testid="delete-all-done">{t('options_delete_all_done')}</p>}
      </div>
    </section>
  );
}
