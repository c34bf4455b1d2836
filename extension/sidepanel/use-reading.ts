import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { acceptContentToPanel, acceptOnPanelPort, PANEL_PORT, type PanelToContent, type Reading } from '../messaging.ts';
import { followBoundTab } from './binding.ts';
import { ticketKey } from '../../src/ticket.ts';

/** What the page shows; the reply box's text is kept apart, in `LiveDraft`. */
export type PageReading = Omit<Reading, 'draft'>;

export type ReadingState =
  | { kind: 'loading' }
  | { kind: 'unavailable' } // no content script answers in this tab
  | { kind: 'ready'; reading: PageReading };

/**
 * The agent's draft, changing at every pause in typing. Kept outside the panel's state so
 * that a new draft re-renders only what reads it (the draft check), not the whole panel.
 */
export class LiveDraft {
  private text = '';
  private readonly listeners = new Set<(text: string) => void>();

  get value(): string {
    return this.text;
  }

  set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    for (const listener of this.listeners) listener(text);
  }

  subscribe(listener: (text: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The draft's current text; re-renders the calling component alone when it changes. */
export function useDraft(draft: LiveDraft): string {
  const [text, setText] = useState(draft.value);
  useEffect(() => {
    setText(draft.value); // changed between render and subscribing
    return draft.subscribe(setText);
  }, [draft]);
  return text;
}

/** The bound tab and what its content script reads, kept current. */
export function useReading(): { tabId: number | undefined; state: ReadingState; draft: LiveDraft } {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [state, setState] = useState<ReadingState>({ kind: 'loading' });
  const [draft] = useState(() => new LiveDraft());

  useEffect(() => followBoundTab(setTabId), []);

  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
    // While connected, the content script watches the page and pushes changes; a new
    // content script (page reload, extension update) is connected to once it answers.
    let port: browser.Runtime.Port | null = null;
    const connect = () => {
      if (port || cancelled) return;
      try {
        port = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
        // While connected, the page's changes arrive on the port.
        port.onMessage.addListener((message: unknown) => {
          const accepted = acceptOnPanelPort(message);
          if (!accepted || cancelled) return;
          if (accepted.type === 'contentToPanel.readingChanged') {
            draft.set(accepted.reading.draft);
            setState((previous) => ({ kind: 'ready', reading: keepThread(previous, accepted.reading) }));
          } else {
            // Only the draft check hears of it: the panel's state, and all it derives, stay.
            draft.set(accepted.draft);
          }
        });
        port.onDisconnect.addListener(() => {
          port = null;
        });
      } catch {
        port = null;
      }
    };
    const ask = () => {
      const request: PanelToContent = { type: 'panelToContent.getReading' };
      browser.tabs
        .sendMessage(tabId, request)
        .then((reading) => {
          if (cancelled) return;
          if (reading) {
            connect();
            draft.set((reading as Reading).draft);
          }
          setState((previous) => (reading ? { kind: 'ready', reading: keepThread(previous, reading as Reading) } : { kind: 'unavailable' }));
        })
        .catch(() => !cancelled && setState({ kind: 'unavailable' }));
    };
    // A new content script in the tab (page load, basic-mode injection) says so by broadcast;
    // everything else comes down the port.
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (acceptContentToPanel(message, sender, self, tabId)?.type === 'contentToPanel.started') ask();
      return undefined;
    };
    const onUpdated = (updatedId: number, info: browser.Tabs.OnUpdatedChangeInfoType) => {
      if (updatedId === tabId && info.status === 'complete') ask();
    };
    setState({ kind: 'loading' });
    draft.set('');
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    ask();
    return () => {
      cancelled = true;
      port?.disconnect();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, draft]);

  return { tabId, state, draft };
}

/**
 * Some helpdesks show the thread and the reply box on different pages (Request Tracker's
 * Update page has no history). When the same ticket comes back without messages, keep
 * the thread already read for it.
 */
function keepThread(previous: ReadingState, reading: Reading): PageReading {
  const { draft: _draft, ...next } = reading;
  if (previous.kind !== 'ready' || !previous.reading.ticket || !next.ticket || next.ticket.messages.length > 0) return next;
  if (ticketKey(previous.reading.ticket) !== ticketKey(next.ticket)) return next;
  return { ...next, ticket: { ...next.ticket, messages: previous.reading.ticket.messages } };
}
