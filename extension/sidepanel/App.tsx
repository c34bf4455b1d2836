import { useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { useReading } from './use-reading.ts';
import { useSettings } from './use-settings.ts';
import { analyzeTicket } from '../../src/analysis/index.ts';
import { withStepMarks } from '../../src/analysis/step-marks.ts';
import { isHeatLevel, withHeatMark } from '../../src/analysis/heat-mark.ts';
import { ticketKey } from '../../src/ticket.ts';
import { useTicketState } from './use-ticket-state.ts';
import { TicketNotes } from './TicketNotes.tsx';
import { getPlaybook } from '../../src/playbooks/index.ts';
import { TicketHeader } from './TicketHeader.tsx';
import { StepList } from './StepList.tsx';
import { PhraseList } from './PhraseList.tsx';
import { FollowUp } from './FollowUp.tsx';
import { RemindersView } from './RemindersView.tsx';
import { RemindersButton, RemindersCurrent } from './RemindersCurrent.tsx';
import { DraftCheck } from './DraftCheck.tsx';
import { Thread } from './Thread.tsx';
import { PageAccess } from './PageAccess.tsx';
import { usePhrases } from './use-phrases.ts';
import { t, uiLanguage } from '../ui/i18n.ts';

export function App() {
  const { tabId, state, draft } = useReading();
  const settings = useSettings();
  const language = uiLanguage(settings.language);
  const playbook = getPlaybook(settings.playbook, language);
  const phrases = usePhrases(language);
  const reading = state.kind === 'ready' ? state.reading : null;
  const switchedOff = !!reading && settings.disabledHelpdesks.includes(reading.adapter);
  const ticket = switchedOff ? null : (reading?.ticket ?? null);
  const ticketState = useTicketState(ticket ? ticketKey(ticket) : null);
  const stepMarks = ticketState.state?.stepMarks;
  const storedHeatMark = ticketState.state?.heatMark;
  const heatMark = isHeatLevel(storedHeatMark) ? storedHeatMark : undefined;
  const engineReading = useMemo(() => (ticket ? analyzeTicket(ticket, playbook) : null), [ticket, playbook]);
  // The agent's own step marks and heat call override what the engine reads from the thread.
  const analysis = useMemo(
    () => (engineReading ? withHeatMark(withStepMarks(engineReading, playbook, stepMarks ?? {}), heatMark) : null),
    [engineReading, playbook, stepMarks, heatMark],
  );
  // The reminders view replaces the ticket view; `?view=reminders` opens it directly (summary notification).
  const [showReminders, setShowReminders] = useState(() => new URLSearchParams(location.search).get('view') === 'reminders');
  const remindersButton = <RemindersButton onOpen={() => setShowReminders(true)} />;

  if (showReminders) return <RemindersView settings={settings} onClose={() => setShowReminders(false)} />;

  if (state.kind === 'loading') {
    return (
      <main class="panel loading" aria-busy="true" data-testid="panel-loading">
        <p class="empty">{t('panel_loading')}</p>
        <div class="skeleton" aria-hidden="true" />
        <div class="skeleton" aria-hidden="true" />
      </main>
    );
  }
  if (state.kind === 'unavailable' || !reading) {
    return (
      <main class="panel">
        <section class="empty" data-testid="panel-unavailable">
          <h1>{t('panel_no_helpdesk_title')}</h1>
          <p>{t('panel_no_helpdesk_body')}</p>
          <PageAccess tabId={tabId} />
        </section>
        {remindersButton}
      </main>
    );
  }
  const phraseList = <PhraseList tabId={tabId} ticket={ticket} analysis={analysis} playbook={playbook} settings={settings} phrases={phrases} />;
  if (!ticket || !analysis) {
    return (
      <main class="panel">
        <section class="empty" data-testid="panel-no-ticket">
          {switchedOff ? (
            <>
              <h1>{t('panel_switched_off_title', reading.adapterName)}</h1>
              <p>{t('panel_switched_off_body')}</p>
              <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                {t('open_options')}
              </button>
            </>
          ) : (
            <>
              <h1>{t('panel_no_ticket_title')}</h1>
              <p>{reading.adapter === 'generic' ? t('panel_basic_no_ticket_body') : t('panel_no_ticket_body', reading.adapterName)}</p>
            </>
          )}
        </section>
        {!switchedOff && phraseList}
        {remindersButton}
      </main>
    );
  }
  return (
    <main class="panel">
      {reading.adapter === 'generic' && <p class="note">{t('panel_basic_mode')}</p>}
      <TicketHeader ticket={ticket} analysis={analysis} read={engineReading?.heat.level ?? null} heatMark={heatMark} onHeatMark={(level) => void ticketState.patch({ heatMark: level })} />
      <RemindersCurrent ticket={ticket} workdayStart={settings.workdayStart} />
      <StepList playbook={playbook} analysis={analysis} onToggle={(id, done) => void ticketState.patch({ stepMarks: { [id]: done ? 'done' : 'undone' } })} />
      {phraseList}
      <DraftCheck tabId={tabId} draft={draft} accepted={settings.acceptedWording} />
      <FollowUp ticket={ticket} settings={settings} analysis={analysis} playbook={playbook} phrases={phrases} />
      <TicketNotes state={ticketState.state} onSave={ticketState.patch} />
      <Thread ticket={ticket} />
      {remindersButton}
    </main>
  );
}
