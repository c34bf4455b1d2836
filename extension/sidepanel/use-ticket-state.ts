import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PanelToBackground, Responses } from '../messaging.ts';
import type { TicketState } from '../storage/db-schema.ts';
import type { TicketStatePatch } from '../storage/ticket-state.ts';

export type { TicketStatePatch } from '../storage/ticket-state.ts';

/** What the agent recorded about this ticket (kept by the background in IndexedDB). */
export function useTicketState(ticketKey: string | null): { state: TicketState | null; patch: (patch: TicketStatePatch) => Promise<void> } {
  const [state, setState] = useState<TicketState | null>(null);

  useEffect(() => {
    setState(null);
    if (!ticketKey) return;
    let cancelled = false;
    const request: PanelToBackground = { type: 'panelToBackground.getTicketState', ticketKey };
    void (browser.runtime.sendMessage(request) as Promise<Responses['panelToBackground.getTicketState']>).then((s) => !cancelled && setState(s));
    return () => {
      cancelled = true;
    };
  }, [ticketKey]);

  const patch = useCallback(
    async (change: TicketStatePatch) => {
      if (!ticketKey) return;
      const request: PanelToBackground = { type: 'panelToBackground.patchTicketState', ticketKey, ...change };
      setState((await browser.runtime.sendMessage(request)) as Responses['panelToBackground.patchTicketState']);
    },
    [ticketKey],
  );

  return { state, patch };
}
