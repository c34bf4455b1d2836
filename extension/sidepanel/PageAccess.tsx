/**
 * The panel's answer to "Olive Branch is not running on this tab": read this page once
 * (basic mode, through the access the toolbar click or shortcut gave), or always run
 * on this site (an optional host permission; the background then registers the
 * content script there, see DESIGN.md "Where the content script runs").
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n.ts';
import { injectContentScripts as inject } from '../background/content-scripts.ts';

type Outcome = '' | 'working' | 'denied' | 'failed';

/** `https://host` for web pages we could ever run on; null for browser pages, stores, files. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function PageAccess({ tabId }: { tabId: number | undefined }) {
  const [site, setSite] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>('');
  useEffect(() => {
    if (tabId === undefined) return;
    // The URL is visible only with access to the tab (activeTab or a host permission).
    void browser.tabs.get(tabId).then((tab) => setSite(siteOf(tab.url)), () => setSite(null));
  }, [tabId]);
  if (tabId === undefined) return null;

  const readOnce = async () => {
    setOutcome('working');
    if (await inject(tabId)) return; // the content script announces its reading; the panel follows
    if (!site) return setOutcome('failed');
    await always();
  };
  const always = async () => {
    if (!site) return;
    setOutcome('working');
    // Must stay inside the click's user activation: no long work before this call.
    const granted = await browser.permissions.request({ origins: [`${site}/*`] }).catch(() => false);
    if (!granted) return setOutcome('denied');
    if (!(await inject(tabId))) setOutcome('failed');
  };

  return (
    <div class="page-access">
      <button type="button" class="primary" data-testid="read-this-page" onClick={() => void readOnce()} disabled={outcome === 'working'}>
        {t('access_read_page')}
      </button>
      {site && (
        <button type="button" data-testid="always-on-site" onClick={() => void always()} disabled={outcome === 'working'}>
          {t('access_always', new URL(site).host)}
        </button>
      )}
      <p class="status" role="status">
        {outcome === 'denied' ? t('access_denied') : outcome === 'failed' ? t('access_failed') : ''}
      </p>
    </div>
  );
}
