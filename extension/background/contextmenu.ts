/** "Insert recovery phrase" on editable fields: opens the in-page picker at the field. */
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n.ts';
import { sendToTab } from './tab-script.ts';

export const INSERT_PHRASE_MENU = 'olive-insert-phrase';

/** Menu items persist across worker restarts; they are (re)created at install and update only. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: INSERT_PHRASE_MENU, title: t('context_insert_phrase'), contexts: ['editable'] });
}

export function onContextMenuClicked(info: browser.Menus.OnClickData, tab?: browser.Tabs.Tab): void {
  if (info.menuItemId !== INSERT_PHRASE_MENU || tab?.id === undefined) return;
  void sendToTab(tab.id, { type: 'backgroundToContent.openPicker' });
}
