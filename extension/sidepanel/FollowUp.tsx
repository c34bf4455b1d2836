import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ticketKey, type Ticket } from '../../src/ticket.ts';
import { followUpAt, type FollowUpPreset } from '../../src/reminders/due.ts';
import type { PanelToBackground, ReminderView } from '../messaging.ts';
import type { Settings } from '../storage/settings.ts';
import { t } from '../ui/i18n.ts';

async function ask<T>(message: PanelToBackground): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

export function FollowUp({ ticket, settings }: { ticket: Ticket; settings: Settings }) {
  const key = ticketKey(ticket);
  const [reminders, setReminders] = useState<ReminderView[]>([]);

  const refresh = useCallback(async () => {
    setReminders(await ask<ReminderView[]>({ type: 'panelToBackground.listReminders', ticketKey: key }));
  }, [key]);

  useEffect(() => {
    void refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'reminders' in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const schedule = async (preset: FollowUpPreset) => {
    const dueAt = followUpAt(new Date(), preset, settings.workdayStart).toISOString();
    await ask({
      type: 'panelToBackground.scheduleFollowUp',
      ticket: { key, url: ticket.url, subject: ticket.subject, ...(ticket.customer.name ? { customerName: ticket.customer.name } : {}) },
      dueAt,
    });
    await refresh();
  };

  const complete = async (id: string) => {
    await ask({ type: 'panelToBackground.completeReminder', id });
    await refresh();
  };

  return (
    <section class="followup" aria-label={t('followup_title')}>
      <h2>{t('followup_title')}</h2>
      <div class="buttons">
        <button type="button" data-testid="followup-tomorrow" onClick={() => void schedule('tomorrow')}>
          {t('followup_tomorrow', settings.workdayStart)}
        </button>
        <button type="button" data-testid="followup-2days" onClick={() => void schedule('2days')}>
          {t('followup_2days')}
        </button>
      </div>
      {reminders.length > 0 && (
        <ul class="reminders">
          {reminders.map((r) => (
            <li key={r.id} data-testid="reminder" data-status={r.status}>
              <time dateTime={r.dueAt}>{new Date(r.dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              <span class="reminder-status">{t(`reminder_${r.status}`)}</span>
              {r.status !== 'done' && (
                <button type="button" class="link" onClick={() => void complete(r.id)}>
                  {t('reminder_mark_done')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
