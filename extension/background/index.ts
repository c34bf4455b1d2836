/**
 * Service worker (Chrome) / event page (Firefox). Only wiring: every listener is
 * registered synchronously at top level so a worker woken by an event hears it.
 */
import browser from 'webextension-polyfill';
import { bringForward, onAlarm, onNotificationButton, onNotificationClicked, reconcile } from './followups.ts';
import { injectIntoOpenTabs } from './inject.ts';
import { onMessage } from './messages.ts';
import { openPanelOnActionClick, openSidebar } from './panel.ts';
import { onOriginsAdded, syncCustomScripts } from './custom-domains.ts';
import { onPickerMessage } from './picker.ts';
import { insertTopPhrase, onCommand } from './commands.ts';
import { createContextMenu, onContextMenuClicked } from './contextmenu.ts';
import { onStorageChanged } from './sync.ts';
import { syncNow } from '../storage/sync-run.ts';

browser.runtime.onInstalled.addListener(() => {
  void openPanelOnActionClick();
  void injectIntoOpenTabs();
  void syncCustomScripts();
  void reconcile();
  void createContextMenu();
});
browser.runtime.onStartup.addListener(() => {
  void openPanelOnActionClick();
  void syncCustomScripts();
  void reconcile();
  void syncNow().catch(() => undefined);
});
browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm));
browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
// Firefox has the event but never shows buttons; Chrome sends "Open ticket" / "Snooze 1 h" here.
browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index));
browser.runtime.onMessage.addListener(onMessage);
// The in-page picker asks for phrases; shortcuts and the context menu reach into the tab.
browser.runtime.onMessage.addListener(onPickerMessage);
browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => onContextMenuClicked(info, tab));
// Self-hosted helpdesks: the agent grants or revokes an origin in the options page.
browser.permissions.onAdded.addListener((permissions) => void onOriginsAdded(permissions));
browser.permissions.onRemoved.addListener(() => void syncCustomScripts());
browser.action.onClicked.addListener(() => openSidebar());
// Opt-in browser sync of settings and phrases follows every change, from here or another device.
browser.storage.onChanged.addListener(onStorageChanged);

// Every worker start (not only browser start-up) reconciles: a worker stopped while an
// alarm was lost, or a reminder came due, catches up here. Firing is claimed in the
// database, so this racing onStartup's reconcile still notifies each reminder once.
void reconcile();

if (__OLIVE_DEV__) {
  // Test hook, compiled out of store builds: the e2e tests call it from the worker.
  (globalThis as Record<string, unknown>).oliveDev = { bringForward, reconcile, onNotificationButton, onNotificationClicked, insertTopPhrase, onContextMenuClicked };
}
