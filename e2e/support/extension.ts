/** Fixtures that load the built extension into a real Chromium with its own profile. */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { startDemoServer } from '../demo/server.mjs';

export const DIST = resolve(import.meta.dirname, '../../dist/chrome');

export async function launchWithExtension(profileDir: string): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run `apt-get install -y chromium` or set CHROME_PATH.');
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') });
}

interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export const test = base.extend<
  { profileDir: string; context: BrowserContext; extensionId: string; worker: Worker },
  { demoServer: DemoServer }
>({
  demoServer: [
    async ({}, use) => {
      const server = (await startDemoServer({ port: 0 })) as DemoServer;
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'olive-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export { expect } from '@playwright/test';
