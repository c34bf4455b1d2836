import browser from 'webextension-polyfill';
import { acceptPanelToBackground, type PanelToBackground } from '../messaging.ts';
import { alarmName, schedule } from './followups.ts';
import { deleteReminder, listReminders, updateReminder } from '../storage/reminders.ts';

/** Answers only the panel's requests; anything else gets `undefined` at once so other listeners may reply. */
export function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  const request = acceptPanelToBackground(message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('') });
  return request ? handle(request) : undefined;
}

async function handle(request: PanelToBackground): Promise<unknown> {
  switch (request.type) {
    case 'panelToBackground.scheduleFollowUp':
      return schedule(request.ticket, request.dueAt, request.note);
    case 'panelToBackground.listReminders':
      return listReminders(request.ticketKey);
    case 'panelToBackground.completeReminder':
      await browser.alarms.clear(alarmName(request.id));
      return (await updateReminder(request.id, { status: 'done' })) !== undefined;
    case 'panelToBackground.deleteReminder':
      await browser.alarms.clear(alarmName(request.id));
      return deleteReminder(request.id);
  }
}
