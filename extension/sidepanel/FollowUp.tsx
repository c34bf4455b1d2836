/**
 * Scheduling a follow-up for the bound ticket: quick picks, a date-time picker and a
 * natural-language field with a live preview, all in the agent's zone and working
 * hours. The agent's default delay (options) comes first, and once a fix is offered
 * with nothing scheduled, one click sets it. The best follow-up phrase from the agent's
 * library is saved with the reminder.
 */
import { useMemo, useState } from 'preact/hooks';
import { ticketKey, type Ticket } from '../../src/ticket.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { quickPick, type FollowUpPreset } from '../../src/reminders/due.ts';
import { parseWhen } from '../../src/reminders/natural.ts';
import { contextFor, fillTemplate, rankPhrases, type Phrase } from '../../src/phrases/index.ts';
import type { Playbook } from '../../src/playbooks/types.ts';
import { WAITING } from '../../src/reminders/model.ts';
import type { Settings } from '../storage/settings.ts';
import { t } from '../ui/i18n.ts';
import { ask, formatDue, fromPickerValue, useReminders, useWorkingHours } from './RemindersData.tsx';
import { ReminderRow } from './RemindersRow.tsx';

const PRESETS: { preset: FollowUpPreset; testId: string; label: (start: string) => string }[] = [
  { preset: '2hours', testId: 'followup-2hours', label: () => t('followup_2hours') },
  { preset: 'tomorrow', testId: 'followup-tomorrow', label: (start) => t('followup_tomorrow', start) },
  { preset: '2days', testId: 'followup-2days', label: () => t('followup_2days') },
];

interface Props {
  ticket: Ticket;
  settings: Settings;
  analysis?: Pick<Analysis, 'heat' | 'wants' | 'current' | 'theirWords' | 'done'>;
  playbook?: Playbook;
  /** The library the panel offers (built-ins as reworded, team pack, the agent's own). */
  phrases: readonly Phrase[];
}

/** The default preset first: the one the agent reaches for without thinking. */
function presetsFor(delay: FollowUpPreset) {
  return [...PRESETS].sort((a, b) => Number(b.preset === delay) - Number(a.preset === delay));
}

/** A fix was offered or carried out: the method's next move is checking back. */
function fixOffered(analysis: Props['analysis'], playbook: Playbook | undefined): boolean {
  if (!analysis || !playbook) return false;
  return playbook.steps.some((s) => (s.kind === 'resolve' || s.kind === 'act') && analysis.done.includes(s.id));
}

export function FollowUp({ ticket, settings, analysis, playbook, phrases }: Props) {
  const key = ticketKey(ticket);
  const hours = useWorkingHours(settings.workdayStart);
  const { reminders, refresh } = useReminders(key);
  const [note, setNote] = useState('');
  const [phrase, setPhrase] = useState('');
  const [picked, setPicked] = useState('');
  const [error, setError] = useState('');
  const preview = useMemo(() => (phrase.trim() ? parseWhen(phrase, new Date(), hours) : null), [phrase, hours]);

  const suggested = useMemo(() => {
    const fit = analysis ?? { heat: { level: null, reasons: [] }, wants: [], current: 'follow_up', theirWords: [] };
    const [best] = rankPhrases(phrases, fit, { step: 'follow_up', limit: 1 });
    return best ? fillTemplate(best.text, contextFor(ticket, fit, settings)).text : undefined;
  }, [ticket, analysis, settings, phrases]);
  const waiting = reminders?.some((r) => WAITING.includes(r.status)) ?? true;
  const nudgeAt = !waiting && fixOffered(analysis, playbook) ? quickPick(new Date(), settings.followUpDelay, hours) : null;

  const schedule = async (due: Date | null) => {
    if (!due || Number.isNaN(due.getTime())) return setError(t('followup_bad_time'));
    setError('');
    await ask({
      type: 'panelToBackground.scheduleFollowUp',
      ticket: {
        key,
        url: ticket.url,
        subject: ticket.subject,
        helpdesk: ticket.helpdesk,
        id: ticket.id,
        ...(ticket.customer.name ? { customerName: ticket.customer.name } : {}),
      },
      dueAt: due.toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(suggested ? { phrase: suggested } : {}),
    });
    setNote('');
    setPhrase('');
    setPicked('');
    await refresh();
  };

  return (
    <section class="followup" aria-label={t('followup_title')}>
      <h2>{t('followup_title')}</h2>
      {nudgeAt && (
        <div class="followup-nudge" data-testid="followup-nudge" role="status">
          <p>{t('followup_nudge')}</p>
          <button type="button" class="primary" data-testid="followup-nudge-schedule" onClick={() => void schedule(quickPick(new Date(), settings.followUpDelay, hours))}>
            {t('followup_nudge_button', formatDue(nudgeAt.toISOString(), hours.timeZone))}
          </button>
        </div>
      )}
      <label class="followup-note">
        {t('followup_note')}
        <input data-testid="followup-note" value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="buttons">
        {presetsFor(settings.followUpDelay).map(({ preset, testId, label }) => (
          <button
            key={preset}
            type="button"
            data-testid={testId}
            data-default={preset === settings.followUpDelay ? 'true' : undefined}
            onClick={() => void schedule(quickPick(new Date(), preset, hours))}
          >
            {label(hours.start)}
            {preset === settings.followUpDelay && <span class="tag"> · {t('followup_default')}</span>}
          </button>
        ))}
      </div>
      <form class="followup-when" onSubmit={(e) => (e.preventDefault(), void schedule(preview?.at ?? null))}>
        <label>
          {t('followup_natural')}
          <input data-testid="followup-natural" value={phrase} placeholder={t('followup_natural_hint')} onInput={(e) => setPhrase(e.currentTarget.value)} />
        </label>
        <output data-testid="followup-preview" data-at={preview?.at.toISOString() ?? ''} aria-live="polite">
          {phrase.trim() === ''
            ? ''
            : preview
              ? `${formatDue(preview.at.toISOString(), hours.timeZone)}${preview.outsideWorkingHours ? ` · ${t('followup_outside_hours')}` : ''}`
              : t('followup_not_understood')}
        </output>
        <button type="submit" data-testid="followup-natural-schedule" disabled={!preview}>
          {t('followup_schedule')}
        </button>
      </form>
      <form class="followup-when" onSubmit={(e) => (e.preventDefault(), void schedule(fromPickerValue(picked, hours.timeZone)))}>
        <label>
          {t('followup_pick')}
          <input type="datetime-local" data-testid="followup-picker" value={picked} onInput={(e) => setPicked(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="followup-picker-schedule" disabled={!picked}>
          {t('followup_schedule')}
        </button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {reminders && reminders.length > 0 && (
        <ul class="reminders">
          {reminders.map((r) => (
            <ReminderRow key={r.id} reminder={r} timeZone={hours.timeZone} compact />
          ))}
        </ul>
      )}
    </section>
  );
}
