/**
 * Drives Firefox ESR with the built add-on, over WebDriver BiDi (puppeteer-core): no
 * geckodriver needed. The add-on is installed temporarily, as `about:debugging` would.
 */
import puppeteer, { ProtocolError, type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxPath } from './firefox-path.mjs';
import { aptCommand } from '../../scripts/install.mjs';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');

// Pinned so the sidebar page has a known moz-extension:// address (Firefox otherwise draws a
// random UUID per profile).
export const ADDON_UUID = '0b1ea5e5-0b1e-4b2a-8c3d-01ea5e5b2a2c';

const geckoId = (): string => JSON.parse(readFileSync(resolve(FIREFOX_DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

export async function launchFirefoxWithAddon(): Promise<Browser> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error(`Firefox not found: run \`${aptCommand(['firefox-esr'])}\` or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath,
    // Lets the automation open moz-extension:// pages in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: ADDON_UUID }) },
  });
  await browser.installExtension(FIREFOX_DIST);
  return browser;
}

/**
 * Opens an extension page in a new tab. Puppeteer's `goto` to a moz-extension:// URL
 * never resolves, so it is not awaited: the page is ready when the add-on's API is there.
 */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${ADDON_UUID}/${path}`;
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction(
        (wanted) => location.href === wanted && document.readyState === 'complete' && typeof (globalThis as { browser?: unknown }).browser === 'object',
        { timeout: Math.max(1, deadline - Date.now()) },
        url,
      );
      return page;
    } catch (error) {
      // The tab swaps about:blank for the add-on page while the check runs; Firefox then
      // fails that one evaluation with a protocol error ("right-hand side of 'in' should
      // be an object, got null"). Only the deadline ends the wait.
      const protocol = error instanceof ProtocolError || (error instanceof Error && error.cause instanceof ProtocolError);
      if (!protocol || Date.now() >= deadline) throw error;
    }
  }
}

/** Firefox's id for the tab showing `url`, asked of the add-on from one of its pages. */
export async function tabIdOf(addonPage: Page, urlPrefix: string): Promise<number> {
  const id = await addonPage.evaluate(async (prefix) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id ?? -1;
  }, urlPrefix);
  if (id < 0) throw new Error(`no tab shows ${urlPrefix}`);
  return id;
}
