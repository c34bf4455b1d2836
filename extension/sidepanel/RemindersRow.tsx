/** One reminder as a row: when, who, status, and what the agent can do with it. */
import { useState } from 'preact/hooks';
import type { ReminderView } from '../messaging.ts';
import { t } from '../ui/i18n.ts';
import { ask, formatDue, fromPickerValue, toPickerValue } from './RemindersData.tsx';

interface Props {
  reminder: ReminderView;
  timeZone: string;
  /** The ticket's own panel: no ticket details (it is that ticket), fewer actions. */
  compact?: boolean;
  onDeleted?: (removed: ReminderView) => void;
}

export function ReminderRow({ reminder: r, timeZone, compact = false, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const [when, setWhen] = useState(() => toPickerValue(new Date(r.dueAt), timeZone));
  const open = r.status !== 'done';

  const reschedule = async () => {
    const due = fromPickerValue(when, timeZone);
    if (!due) return;
    await ask({ type: 'panelToBackground.rescheduleReminder', id: r.id, dueAt: due.toISOString() });
    setEditing(false);
  };
  const remove = async () => {
    const removed = await ask({ type: 'panelToBackground.deleteReminder', id: r.id });
    if (removed) onDeleted?.(removed);
  };

  return (
    <li data-testid="reminder" data-status={r.status} data-reminder-id={r.id} class={`reminder reminder-${r.status}`}>
      <time dateTime={r.dueAt}>{formatDue(r.dueAt, timeZone)}</time>
      <span class="reminder-status">{t(`reminder_${r.status}`)}</span>
      {!compact && (
        <p class="reminder-ticket">
          <strong>{r.customerName ?? t('customer_unknown')}</strong> · <span>{r.subject}</span>
        </p>
      )}
      {r.note && <p class="reminder-note">{r.note}</p>}
      <div class="reminder-actions">
        {!compact && (
          <button type="button" class="link" data-testid="reminder-open" onClick={() => void ask({ type: 'panelToBackground.openReminderTicket', id: r.id })}>
            {t('reminder_open_ticket')}
          </button>
        )}
        {open && (
          <button type="button" class="link" data-testid="reminder-done" onClick={() => void ask({ type: 'panelToBackground.completeReminder', id: r.id })}>
            {t('reminder_mark_done')}
          </button>
        )}
        {open && (
          <button type="button" class="link" data-testid="reminder-snooze" onClick={() => void ask({ type: 'panelToBackground.snoozeReminder', id: r.id, minutes: 60 })}>
            {t('reminder_snooze_hour')}
          </button>
        )}
        {!compact && (
          <button type="button" class="link" data-testid="reminder-reschedule" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('reminder_reschedule')}
          </button>
        )}
        {!compact && (
          <button type="button" class="link danger" data-testid="reminder-delete" onClick={() => void remove()}>
            {t('reminder_delete')}
          </button>
        )}
      </div>
      {editing && (
        <form class="reminder-reschedule" onSubmit={(e) => (e.preventDefault(), void reschedule())}>
          <input type="datetime-local" data-testid="reminder-reschedule-at" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
          <button type="submit">{t('followup_schedule')}</button>
        </form>
      )}
    </li>
  );
}
