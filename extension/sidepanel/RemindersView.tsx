/**
 * Every follow-up in one place: due, upcoming, done. Delete keeps the removed record
 * here so "Undo" can put it back exactly as it was.
 */
import { useState } from 'preact/hooks';
import { groupReminders } from '../../src/reminders/model.ts';
import type { ReminderView } from '../messaging.ts';
import type { Settings } from '../storage/settings.ts';
import { t } from '../ui/i18n.ts';
import { ask, useReminders, useWorkingHours } from './RemindersData.tsx';
import { ReminderRow } from './RemindersRow.tsx';

export function RemindersView({ settings, onClose }: { settings: Settings; onClose?: () => void }) {
  const { timeZone } = useWorkingHours(settings.workdayStart);
  const { reminders } = useReminders(undefined);
  const [removed, setRemoved] = useState<ReminderView | null>(null);
  if (!reminders) return <p class="empty" aria-busy="true">{t('panel_loading')}</p>;
  const groups = groupReminders(reminders);

  const undo = async () => {
    if (!removed) return;
    await ask({ type: 'panelToBackground.restoreReminder', reminder: removed });
    setRemoved(null);
  };

  const section = (name: 'due' | 'upcoming' | 'done', list: ReminderView[]) => (
    <section class={`reminder-group reminder-group-${name}`} data-testid={`reminders-${name}`} aria-label={t(`reminders_${name}`)}>
      <h2>
        {t(`reminders_${name}`)} <span class="count">{list.length}</span>
      </h2>
      {list.length === 0 ? (
        <p class="empty-group">{t('reminders_none')}</p>
      ) : (
        <ul class="reminders">
          {list.map((r) => (
            <ReminderRow key={r.id} reminder={r} timeZone={timeZone} onDeleted={setRemoved} />
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <main class="panel reminders-view" data-testid="reminders-view">
      <header class="reminders-header">
        <h1>{t('reminders_title')}</h1>
        {onClose && (
          <button type="button" class="link" data-testid="reminders-close" onClick={onClose}>
            {t('reminders_back')}
          </button>
        )}
      </header>
      {removed && (
        <p class="undo" role="status">
          {t('reminder_deleted')}{' '}
          <button type="button" class="link" data-testid="reminder-undo" onClick={() => void undo()}>
            {t('reminder_undo')}
          </button>
        </p>
      )}
      {section('due', groups.due)}
      {section('upcoming', groups.upcoming)}
      {section('done', groups.done)}
    </main>
  );
}
