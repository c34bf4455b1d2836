import browser from 'webextension-polyfill';
import { acceptPanelToBackground, type PanelToBackground } from '../messaging.ts';
import { complete, openReminderTicket, remove, reschedule, restore, schedule, snooze } from './followups.ts';
import { deleteAllData, exportReminders, importReminders, overview } from './reminder-transfer.ts';
import { listAll, listForTicket, remindersDb } from '../storage/reminders.ts';
import { getTicketState, patchTicketState } from '../storage/ticket-state.ts';

/** Answers only the panel's requests; anything else gets `undefined` at once so other listeners may reply. */
export function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  const request = acceptPanelToBackground(message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('') });
  return request ? handle(request) : undefined;
}

async function handle(request: PanelToBackground): Promise<unknown> {
  switch (request.type) {
    case 'panelToBackground.scheduleFollowUp':
      return schedule({ ticket: request.ticket, dueAt: request.dueAt, note: request.note, phrase: request.phrase });
    case 'panelToBackground.listReminders': {
      const db = await remindersDb();
      return request.ticketKey === undefined ? listAll(db) : listForTicket(db, request.ticketKey);
    }
    case 'panelToBackground.completeReminder':
      return complete(request.id);
    case 'panelToBackground.deleteReminder':
      return remove(request.id);
    case 'panelToBackground.snoozeReminder':
      return snooze(request.id, request.minutes);
    case 'panelToBackground.rescheduleReminder':
      return reschedule(request.id, request.dueAt);
    case 'panelToBackground.restoreReminder':
      return restore(request.reminder);
    case 'panelToBackground.openReminderTicket':
      return openReminderTicket(request.id);
    case 'panelToBackground.exportReminders':
      return exportReminders(request.format);
    case 'panelToBackground.importReminders':
      return importReminders(request.text);
    case 'panelToBackground.remindersOverview':
      return overview();
    case 'panelToBackground.deleteAllData':
      await deleteAllData();
      return true;
    case 'panelToBackground.getTicketState':
      return getTicketState(await remindersDb(), request.ticketKey);
    case 'panelToBackground.patchTicketState': {
      const { type: _type, ticketKey, ...patch } = request;
      return patchTicketState(await remindersDb(), ticketKey, patch);
    }
  }
}
