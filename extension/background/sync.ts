import browser from 'webextension-polyfill';
import { callsForSync, syncNow } from '../storage/sync-run.ts';

/** A phrase edited on another browser, or here, reaches the other side with no page open. */
export function onStorageChanged(changes: Record<string, browser.Storage.StorageChange>, area: string): void {
  if (callsForSync(changes, area)) void syncNow().catch((e: unknown) => console.debug('[olive-branch] sync failed', e));
}
