import browser from 'webextension-polyfill';

/** Chrome: the toolbar button opens the side panel. */
export async function openPanelOnActionClick(): Promise<void> {
  await globalThis.chrome?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}

/** Firefox: the toolbar button opens the sidebar (must run inside the click's user gesture). */
export function openSidebar(): void {
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  void sidebar?.open().catch(() => undefined);
}
