import type { Ticket } from '../../src/ticket.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { t } from '../ui/i18n.ts';

export function TicketHeader({ ticket, analysis }: { ticket: Ticket; analysis: Analysis }) {
  const name = ticket.customer.name ?? ticket.customer.email ?? t('customer_unknown');
  return (
    <header class="ticket">
      <h1 data-testid="customer-name" class="customer">{name}</h1>
      <p data-testid="ticket-subject" class="subject">{ticket.subject}</p>
      {analysis.theirWords.length > 0 && (
        <p class="their-words">
          <span class="label">{t('their_words')}</span>{' '}
          {analysis.theirWords.slice(0, 4).map((word) => (
            <q key={word} data-testid="their-word">{word}</q>
          ))}
        </p>
      )}
      {analysis.wants.length > 0 && (
        <ul class="wants" aria-label={t('wants')}>
          {analysis.wants.map((want) => (
            <li key={want} data-testid="want" data-want={want}>{t(`want_${want}`)}</li>
          ))}
        </ul>
      )}
    </header>
  );
}
