/**
 * Installs the built extension into an already running Chromium over CDP
 * (`Extensions.loadUnpacked`), as a store install or update lands while helpdesk tabs
 * are open. Needs --enable-unsafe-extension-debugging and a browser-level CDP session.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Worker } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { DIST } from './extension.ts';

export interface LiveBrowser {
  context: BrowserContext;
  install(): Promise<string>;
  uninstall(id: string): Promise<void>;
  workerOf(id: string): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithoutExtension(profileDir: string): Promise<LiveBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath() ?? undefined,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_CHROMIUM_ARGS, '--enable-unsafe-extension-debugging', '--remote-debugging-port=0'],
  });
  const portFile = join(profileDir, 'DevToolsActivePort');
  while (!existsSync(portFile)) await new Promise((r) => setTimeout(r, 50));
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const remote: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp: CDPSession = await remote.newBrowserCDPSession();
  return {
    context,
    install: async () => ((await cdp.send('Extensions.loadUnpacked' as never, { path: DIST } as never)) as { id: string }).id,
    uninstall: async (id) => void (await cdp.send('Extensions.uninstall' as never, { id } as never)),
    async workerOf(id) {
      const match = (w: Worker) => w.url().startsWith(`chrome-extension://${id}/`);
      return context.serviceWorkers().find(match) ?? context.waitForEvent('serviceworker', { predicate: match });
    },
    async close() {
      await remote.close();
      await context.close();
    },
  };
}
