/** Opening a ticket from a reminder: focus a tab that already shows it, or open one. */
import browser from 'webextension-polyfill';

/**
 * Same ticket when origin and path match and the query and hash match too; helpdesks
 * that route by hash (#/tickets/12) or by query (?id=12) are told apart that way.
 */
export function sameTicketUrl(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname && x.search === y.search && x.hash === y.hash;
  } catch {
    return false;
  }
}

export async function focusOrOpen(url: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({});
  const existing = tabs.find((tab) => tab.url && sameTicketUrl(tab.url, url));
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return existing.id;
  }
  return (await browser.tabs.create({ url })).id;
}
