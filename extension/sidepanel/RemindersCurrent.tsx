/** The bound ticket's next follow-up, shown under the ticket header so it is seen first. */
import { ticketKey, type Ticket } from '../../src/ticket.ts';
import { groupReminders } from '../../src/reminders/model.ts';
import { t } from '../ui/i18n.ts';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask, formatDue, useReminders, useRemindersChanged, useWorkingHours } from './RemindersData.tsx';

export function RemindersCurrent({ ticket, workdayStart }: { ticket: Ticket; workdayStart: string }) {
  const { timeZone } = useWorkingHours(workdayStart);
  const { reminders } = useReminders(ticketKey(ticket));
  if (!reminders) return null;
  const { due, upcoming } = groupReminders(reminders);
  const next = due[0] ?? upcoming[0];
  if (!next) return null;
  return (
    <p class={`current-reminder current-reminder-${next.status}`} data-testid="current-reminder" data-status={next.status}>
      {t(next.status === 'due' ? 'current_reminder_due' : 'current_reminder_upcoming', formatDue(next.dueAt, timeZone))}
    </p>
  );
}

/** The way into the reminders view, with the number of due follow-ups on it. */
export function RemindersButton({ onOpen }: { onOpen: () => void }) {
  const [due, setDue] = useState(0);
  const refresh = useCallback(() => void ask({ type: 'panelToBackground.remindersOverview' }).then((o) => setDue(o.due)), []);
  useEffect(refresh, [refresh]);
  useRemindersChanged(refresh);
  return (
    <button type="button" class="link reminders-button" data-testid="open-reminders" onClick={onOpen}>
      {t('reminders_title')}
      {due > 0 ? ` (${due})` : ''}
    </button>
  );
}
