import type { Ticket } from '../../src/ticket.ts';
import { t } from '../ui/i18n.ts';

const SHOWN = 20;
const EXCERPT = 600;

/** What the panel read, newest first: lets the agent check the reading and see the latest words. */
export function Thread({ ticket }: { ticket: Ticket }) {
  const messages = ticket.messages.slice(-SHOWN).reverse();
  if (messages.length === 0) return null;
  return (
    <details class="thread" open={ticket.messages.length <= 3}>
      <summary>{t('thread_title', String(ticket.messages.length))}</summary>
      <ol>
        {messages.map((m, i) => (
          <li key={i} data-testid="thread-message" data-author={m.author} class={`msg msg-${m.author}`}>
            <span class="msg-who">{m.name ?? t(`author_${m.author}`)}</span>
            <p class="msg-text">{m.text.length > EXCERPT ? `${m.text.slice(0, EXCERPT)}…` : m.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
