/**
 * Service worker (Chrome) / event page (Firefox). Only wiring: every listener is
 * registered synchronously at top level so a worker woken by an event hears it.
 */
import browser from 'webextension-polyfill';
import { bringForward, onAlarm, openTicket, reconcile } from './followups.ts';
import { injectIntoOpenTabs } from './inject.ts';
import { onMessage } from './messages.ts';
import { openPanelOnActionClick, openSidebar } from './panel.ts';

browser.runtime.onInstalled.addListener(() => {
  void openPanelOnActionClick();
  void injectIntoOpenTabs();
  void reconcile();
});
browser.runtime.onStartup.addListener(() => {
  void openPanelOnActionClick();
  void reconcile();
});
browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm));
browser.notifications.onClicked.addListener((id) => void openTicket(id));
browser.runtime.onMessage.addListener(onMessage);
browser.action.onClicked.addListener(() => openSidebar());

if (__OLIVE_DEV__) {
  // Test hook, compiled out of store builds: the e2e tests call it from the worker.
  (globalThis as Record<string, unknown>).oliveDev = { bringForward, reconcile };
}
