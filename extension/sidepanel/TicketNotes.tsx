import { useEffect, useState } from 'preact/hooks';
import type { TicketState } from '../storage/db-schema.ts';
import type { TicketStatePatch } from './use-ticket-state.ts';
import { t } from '../ui/i18n.ts';

/** The agent's own notes on the ticket and the remedy agreed with the customer; saved when a field is left. */
export function TicketNotes({ state, onSave }: { state: TicketState | null; onSave: (patch: TicketStatePatch) => Promise<void> }) {
  const [remedy, setRemedy] = useState('');
  const [note, setNote] = useState('');
  // Fill the fields when a ticket's state arrives, not after each save: a save's answer
  // must not overwrite what the agent is typing in the other field.
  useEffect(() => {
    setRemedy(state?.remedy ?? '');
    setNote(state?.note ?? '');
  }, [state?.ticketKey]);

  return (
    <details class="ticket-notes" open={!!(state?.remedy || state?.note)}>
      <summary>{t('notes_title')}</summary>
      <label>
        {t('notes_remedy')}
        <input
          data-testid="ticket-remedy"
          value={remedy}
          maxLength={500}
          placeholder={t('notes_remedy_placeholder')}
          onInput={(e) => setRemedy((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => void onSave({ remedy: (e.currentTarget as HTMLInputElement).value.trim() })}
        />
      </label>
      <label>
        {t('notes_note')}
        <textarea
          data-testid="ticket-note"
          rows={3}
          value={note}
          maxLength={5_000}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          onChange={(e) => void onSave({ note: (e.currentTarget as HTMLTextAreaElement).value.trim() })}
        />
      </label>
      <p class="hint">{t('notes_private')}</p>
    </details>
  );
}
