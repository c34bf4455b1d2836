import { useMemo, useState } from 'preact/hooks';
import { useReading } from './use-reading.ts';
import { useSettings } from './use-settings.ts';
import { analyzeTicket } from '../../src/analysis/index.ts';
import { getPlaybook } from '../../src/playbooks/index.ts';
import { TicketHeader } from './TicketHeader.tsx';
import { HeatGauge } from './HeatGauge.tsx';
import { StepList } from './StepList.tsx';
import { PhraseList } from './PhraseList.tsx';
import { FollowUp } from './FollowUp.tsx';
import { RemindersView } from './RemindersView.tsx';
import { RemindersButton, RemindersCurrent } from './RemindersCurrent.tsx';
import { DraftCheck } from './DraftCheck.tsx';
import { Thread } from './Thread.tsx';
import { t } from '../ui/i18n.ts';

export function App() {
  const { tabId, state } = useReading();
  const settings = useSettings();
  const playbook = getPlaybook(settings.playbook);
  const reading = state.kind === 'ready' ? state.reading : null;
  const ticket = reading?.ticket ?? null;
  const analysis = useMemo(() => (ticket ? analyzeTicket(ticket, playbook) : null), [ticket, playbook]);
  // The reminders view replaces the ticket view; `?view=reminders` opens it directly (summary notification).
  const [showReminders, setShowReminders] = useState(() => new URLSearchParams(location.search).get('view') === 'reminders');
  const remindersButton = <RemindersButton onOpen={() => setShowReminders(true)} />;

  if (showReminders) return <RemindersView settings={settings} onClose={() => setShowReminders(false)} />;

  if (state.kind === 'loading') return <p class="empty" aria-busy="true">{t('panel_loading')}</p>;
  if (state.kind === 'unavailable' || !reading) {
    return (
      <section class="empty">
        <h1>{t('panel_no_helpdesk_title')}</h1>
        <p>{t('panel_no_helpdesk_body')}</p>
        {remindersButton}
      </section>
    );
  }
  if (!ticket || !analysis) {
    return (
      <section class="empty">
        <h1>{t('panel_no_ticket_title')}</h1>
        <p>{t('panel_no_ticket_body', reading.adapterName)}</p>
        {remindersButton}
      </section>
    );
  }
  return (
    <main class="panel">
      {reading.adapter === 'generic' && <p class="note">{t('panel_basic_mode')}</p>}
      {remindersButton}
      <TicketHeader ticket={ticket} analysis={analysis} />
      <RemindersCurrent ticket={ticket} workdayStart={settings.workdayStart} />
      <HeatGauge heat={analysis.heat} />
      <StepList playbook={playbook} analysis={analysis} />
      <PhraseList tabId={tabId} ticket={ticket} analysis={analysis} playbook={playbook} settings={settings} />
      <DraftCheck tabId={tabId} draft={reading.draft} />
      <FollowUp ticket={ticket} settings={settings} analysis={analysis} />
      <Thread ticket={ticket} />
    </main>
  );
}
