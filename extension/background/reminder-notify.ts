/**
 * Notifications and the toolbar badge for follow-ups. Chrome shows "Open ticket" and
 * "Snooze 1 h" buttons; Firefox has no notification buttons, so there a click opens
 * the ticket and snoozing happens in the panel.
 */
import browser from 'webextension-polyfill';
import { alarmName, type FirePlan } from '../../src/reminders/reconcile.ts';
import type { Reminder } from '../../src/reminders/model.ts';
import { t } from '../ui/i18n.ts';

export const SUMMARY_ID = 'reminders:summary';
export const BUTTON_OPEN = 0;
export const BUTTON_SNOOZE = 1;

/** Firefox exposes runtime.getBrowserInfo and refuses `buttons`; Chrome has neither limit. */
function supportsButtons(): boolean {
  return !('getBrowserInfo' in browser.runtime);
}

const icon = () => browser.runtime.getURL('icons/icon-128.png');

async function create(id: string, options: browser.Notifications.CreateNotificationOptions & { buttons?: { title: string }[] }): Promise<void> {
  const { buttons, ...plain } = options;
  if (buttons && supportsButtons()) {
    try {
      await browser.notifications.create(id, { ...plain, buttons } as browser.Notifications.CreateNotificationOptions);
      return;
    } catch {
      // A browser that refuses buttons still gets the notification without them.
    }
  }
  await browser.notifications.create(id, plain);
}

export async function notify(plan: FirePlan): Promise<void> {
  if (plan.kind === 'none') return;
  if (plan.kind === 'single') {
    const r = plan.reminder;
    await create(alarmName(r.id), {
      type: 'basic',
      iconUrl: icon(),
      title: t('notify_title', r.customerName ?? t('customer_unknown')),
      message: r.note ? `${r.subject}\n${r.note}` : r.subject,
      priority: 2,
      buttons: [{ title: t('notify_open_ticket') }, { title: t('notify_snooze_hour') }],
    });
    return;
  }
  const lines = plan.reminders.slice(0, 5).map((r) => `${r.customerName ?? t('customer_unknown')}: ${r.subject}`);
  await create(SUMMARY_ID, {
    type: 'basic',
    iconUrl: icon(),
    title: t('notify_summary_title', String(plan.reminders.length)),
    message: lines.join('\n'),
    priority: 2,
  });
}

export async function setBadge(dueCount: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: dueCount > 0 ? String(Math.min(dueCount, 99)) : '' });
  await action.setBadgeBackgroundColor({ color: '#8a5a00' }).catch(() => undefined);
}

/** Tells open panels to re-read; nobody listening is fine. */
export async function announceChange(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'backgroundToPanel.remindersChanged' }).catch(() => undefined);
}

export type { Reminder };
