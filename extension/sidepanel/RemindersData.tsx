/**
 * The panel's side of reminders: typed requests to the background (the only writer),
 * a list that re-reads when the background says something changed, the agent's
 * working hours, and due times shown in the agent's zone.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { acceptBackgroundToPanel, type PanelToBackground, type ReminderView, type Responses } from '../messaging.ts';
import {
  DEFAULT_REMINDER_SETTINGS,
  loadReminderSettings,
  onReminderSettingsChanged,
  workingHours,
  type ReminderSettings,
} from '../storage/reminders-settings.ts';
import type { WorkingHours } from '../../src/reminders/due.ts';
import { zonedInstant } from '../../src/reminders/zone.ts';

type Type = PanelToBackground['type'];
type Reply<T extends Type> = T extends keyof Responses ? Responses[T] : never;

export async function ask<T extends Type>(message: Extract<PanelToBackground, { type: T }>): Promise<Reply<T>> {
  return (await browser.runtime.sendMessage(message)) as Reply<T>;
}

/** Calls `onChange` whenever the background reports a change to reminders. */
export function useRemindersChanged(onChange: () => void): void {
  useEffect(() => {
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
    const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (acceptBackgroundToPanel(message, sender, self)) onChange();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [onChange]);
}

/** Reminders of one ticket, or all of them when `ticketKey` is undefined. */
export function useReminders(ticketKey: string | undefined): { reminders: ReminderView[] | null; refresh: () => Promise<void> } {
  const [reminders, setReminders] = useState<ReminderView[] | null>(null);
  const refresh = useCallback(async () => {
    setReminders(await ask({ type: 'panelToBackground.listReminders', ...(ticketKey === undefined ? {} : { ticketKey }) }));
  }, [ticketKey]);
  useEffect(() => void refresh(), [refresh]);
  useRemindersChanged(() => void refresh());
  return { reminders, refresh };
}

export function useReminderSettings(): ReminderSettings {
  const [settings, setSettings] = useState<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
  useEffect(() => {
    void loadReminderSettings().then(setSettings);
    return onReminderSettingsChanged(setSettings);
  }, []);
  return settings;
}

export function useWorkingHours(workdayStart: string): WorkingHours {
  return workingHours(useReminderSettings(), workdayStart);
}

/** "Tue, 24 Nov, 09:00" in the agent's zone. */
export function formatDue(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** A `datetime-local` value ("2026-11-24T09:00") read as wall-clock time in the agent's zone. */
export function fromPickerValue(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return zonedInstant(y, mo, d, h, mi, timeZone);
}

/** The other way: an instant as a `datetime-local` value in the agent's zone. */
export function toPickerValue(date: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  for (const p of f.formatToParts(date)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
