// `npm start`: build, serve the demo helpdesk, and open Chromium with Olive Branch on the
// first demo ticket. Without a display it runs headless, saves screenshots of the ticket
// page and the side panel under demo-output/, prints their paths and exits.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS } from './browsers.mjs';
import { ensureChromium, orExit } from './install.mjs';
import { startDemoServer } from '../e2e/demo/server.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/chrome');
// The demo needs a browser: installed from Debian as root, else the exact command is printed.
const executablePath = orExit(ensureChromium);

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const ticketUrl = new URL('#/tickets/102', server.url).href;
const profile = mkdtempSync(join(tmpdir(), 'olive-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
  args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
});
const cleanUp = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(ticketUrl);
await page.locator('section.ticket-view').waitFor();

if (!headless) {
  console.log(`Demo helpdesk: ${ticketUrl}\nClick the Olive Branch toolbar button to open the side panel. Close the browser to stop.`);
  context.on('close', () => void cleanUp().then(() => process.exit(0)));
} else {
  const out = process.env.OLIVE_DEMO_OUTPUT ?? join(root, 'demo-output');
  mkdirSync(out, { recursive: true });
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, ticketUrl);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/extension/sidepanel/index.html?tabId=${tabId}`);
  await panel.getByTestId('phrase').first().waitFor();
  const ticketShot = join(out, 'ticket.png');
  const panelShot = join(out, 'side-panel.png');
  await page.bringToFront();
  await page.screenshot({ path: ticketShot });
  await panel.screenshot({ path: panelShot, fullPage: true });
  console.log(`Screenshots:\n  ${ticketShot}\n  ${panelShot}`);
  await cleanUp();
}
