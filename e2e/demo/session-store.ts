/**
 * Messages added during this browser session (agent replies sent, customer follow-ups
 * simulated), kept in sessionStorage so a reload shows the same thread, as a real
 * helpdesk would after its server saved them. One ordered log for all tickets: it also
 * gives `window.demo.sent` in the order things were sent.
 */
import type { DemoMessage } from './tickets.ts';

const KEY = 'olive-branch-demo:added-messages';

interface Entry {
  ticketId: string;
  message: DemoMessage;
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const { ticketId, message } = value as Partial<Entry>;
  return (
    typeof ticketId === 'string' &&
    typeof message === 'object' &&
    message !== null &&
    ['customer', 'agent', 'note'].includes(message.author) &&
    typeof message.name === 'string' &&
    typeof message.at === 'string' &&
    typeof message.text === 'string'
  );
}

function load(storage: Storage): Entry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    // A hand-edited or stale value must not break the demo: keep what still fits.
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

export class SessionStore {
  private readonly entries: Entry[];

  constructor(private readonly storage: Storage) {
    this.entries = load(storage);
  }

  add(ticketId: string, message: DemoMessage): void {
    this.entries.push({ ticketId, message });
    try {
      this.storage.setItem(KEY, JSON.stringify(this.entries));
    } catch {
      // Storage can be full or disabled; the message still shows until the next reload.
    }
  }

  messagesFor(ticketId: string): DemoMessage[] {
    return this.entries.filter((e) => e.ticketId === ticketId).map((e) => e.message);
  }

  /** Texts of every agent reply sent in this session, oldest first. */
  sentTexts(): string[] {
    return this.entries.filter((e) => e.message.author === 'agent').map((e) => e.message.text);
  }
}
