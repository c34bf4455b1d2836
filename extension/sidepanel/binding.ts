/**
 * Which tab the panel serves: `?tabId=N` when given (tests, the in-page picker), else the
 * active tab of the panel's own window, followed as the agent switches tabs.
 */
import browser from 'webextension-polyfill';

export function fixedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

export function followBoundTab(onChange: (tabId: number | undefined) => void): () => void {
  const fixed = fixedTabId(location.search);
  if (fixed !== undefined) {
    onChange(fixed);
    return () => undefined;
  }
  let windowId: number | undefined;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    windowId = tab?.windowId;
    onChange(tab?.id);
  });
  const onActivated = (info: browser.Tabs.OnActivatedActiveInfoType) => {
    if (windowId === undefined || info.windowId === windowId) onChange(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
