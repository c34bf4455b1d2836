import type { Ticket } from '../../src/ticket.ts';
import type { Analysis, HeatLevel } from '../../src/analysis/types.ts';
import { HeatGauge } from './HeatGauge.tsx';
import { HeatTrail } from './HeatTrail.tsx';
import { t } from '../ui/i18n.ts';

/** Who wrote, about what, how heated, in their words, wanting what: the first thing the agent scans. */
export function TicketHeader({ ticket, analysis, read, heatMark, onHeatMark }: { ticket: Ticket; analysis: Analysis; read: HeatLevel | null; heatMark?: HeatLevel; onHeatMark: (level: HeatLevel | null) => void }) {
  const name = ticket.customer.name ?? ticket.customer.email ?? t('customer_unknown');
  return (
    <header class="ticket">
      <h1 data-testid="customer-name" class="customer">{name}</h1>
      <p data-testid="ticket-subject" class="subject">{ticket.subject}</p>
      <HeatGauge heat={analysis.heat} read={read} mark={heatMark} onMark={onHeatMark} />
      <HeatTrail trail={analysis.heatTrail} />
      {analysis.theirWords.length > 0 && (
        <p class="their-words">
          <span class="label">{t('their_words')}</span>{' '}
          {analysis.theirWords.slice(0, 4).map((word) => (
            <q key={word} data-testid="their-word">{word}</q>
          ))}
        </p>
      )}
      {analysis.wants.length > 0 && (
        <div class="wants-row">
          <span class="label" id="wants-label">{t('wants')}</span>
          <ul class="wants" aria-labelledby="wants-label">
            {analysis.wants.map((want) => (
              <li key={want} data-testid="want" data-want={want}>{t(`want_${want}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
