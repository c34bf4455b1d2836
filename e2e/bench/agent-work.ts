/**
 * What an agent does to a long ticket page while Olive Branch watches it, for the
 * page-cost bench: a 300-message thread on the demo helpdesk, a burst of thread edits
 * (each its own task, as a helpdesk streams updates in), then a click in the reply box
 * and typing. Also the CDP figures the bench reads and the panel-side timing hook.
 */
import type { BrowserContext, Page } from '@playwright/test';

export const THREAD_LENGTH = 300;
export const LONG_TICKET = 105;
const LONG_TICKET_OWN_MESSAGES = 47;

/** Performance metrics count from `Performance.enable`: enable before the page loads. */
export async function measured(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    async metrics(): Promise<Record<string, number>> {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    collectGarbage: () => cdp.send('HeapProfiler.collectGarbage'),
    detach: () => cdp.detach(),
  };
}

/**
 * Script time spent in the extension's own code (any stack with a chrome-extension://
 * frame) from a sampling CPU profile: what the page pays for us, without the noise of the
 * page's own script that a difference of two runs carries (typing in the demo's editor is
 * about 200 ms of its own script, varying by tens of ms from run to run).
 */
export async function extensionProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async (): Promise<number> => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return ownTimeMs(profile);
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

function ownTimeMs(profile: CpuProfile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map<number, boolean>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  // As DevTools counts: a sample's stack runs until the next sample is taken.
  let micros = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i + 1 < samples.length; i++) if (isOurs(samples[i]!)) micros += deltas[i + 1] ?? 0;
  return micros / 1000;
}

/**
 * Grows the long ticket to THREAD_LENGTH messages before the demo renders it: the demo
 * shows messages from its session store as part of the thread, as after a reload.
 */
export function seedLongThread(context: BrowserContext) {
  return context.addInitScript(
    ({ ticketId, count }) => {
      if (location.protocol !== 'http:') return;
      const lines = [
        'The schedule went missing again overnight and the heating came on at three.',
        'I tried the reset you suggested and it held for a day, then it was gone.',
        'Thanks for checking, we have linked your case to the firmware issue.',
        'Could you send the log from the app once more? The last one was cut short.',
      ];
      const entries = Array.from({ length: count }, (_, i) => ({
        ticketId,
        message: {
          author: i % 7 === 6 ? 'note' : i % 2 ? 'agent' : 'customer',
          name: i % 2 ? 'Omar (Support)' : 'Ingrid Solberg',
          at: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
          text: `${lines[i % 4]}\n\n${lines[(i + 1) % 4]} (update ${i + 1})\n\nIngrid`,
        },
      }));
      sessionStorage.setItem('olive-branch-demo:added-messages', JSON.stringify(entries));
    },
    { ticketId: String(LONG_TICKET), count: THREAD_LENGTH - LONG_TICKET_OWN_MESSAGES },
  );
}

export async function openLongTicket(page: Page, baseUrl: string): Promise<void> {
  await page.goto(new URL(`#/tickets/${LONG_TICKET}`, baseUrl).href);
  await page.locator('section.ticket-view .reply-box .ProseMirror').waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('ol.thread > li.message').length >= n, THREAD_LENGTH);
}

/** Longer than the content script's debounce (250 ms), so the re-read it sets off is counted. */
export const settle = (page: Page, ms = 1_000) => page.evaluate((wait) => new Promise((done) => setTimeout(done, wait)), ms);

/**
 * `count` edits of the thread, each in its own task (a MessageChannel hop: setTimeout
 * would be clamped to 4 ms). Most refresh a message's relative time, as helpdesks do;
 * every `appendEvery`th (40th by default; 0, never) appends a new message, which changes
 * what the extension reads.
 */
export const threadEdits = (page: Page, { count = 800, appendEvery = 40 } = {}) =>
  page.evaluate(
    async ({ edits, every }) => {
      const thread = document.querySelector('ol.thread')!;
      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise<void>((resolve) => {
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      for (let i = 0; i < edits; i++) {
        await nextTask();
        const messages = thread.children;
        if (every > 0 && i % every === 0) {
          const copy = messages[messages.length - 1]!.cloneNode(true) as HTMLElement;
          copy.querySelector('.message-body')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: `New update ${i}: the thermostat lost its schedule again.` }));
          thread.append(copy);
        } else {
          const time = messages[(i * 37) % messages.length]!.querySelector('time')!;
          time.textContent = `${(i % 59) + 1} minutes ago`;
        }
      }
      channel.port1.close();
    },
    { edits: count, every: appendEvery },
  );

/** 200 characters of a defensive reply, typed key by key; no picker trigger in it. */
export const TYPED = 'Hi Ingrid, you should have read the manual before resetting it. Unfortunately that is our policy, but we can look again. As I said before, the firmware fix is coming soon, so please be patient with us.'.slice(0, 200);

export async function typeInReply(page: Page, text = TYPED): Promise<void> {
  await page.locator('.reply-box .ProseMirror').click();
  await page.keyboard.type(text);
}

/**
 * Installed in the panel page before its own scripts: times each reading the panel
 * receives from its arrival to the end of the work it sets off (the render runs in a
 * microtask or the next task; a zero timeout queued after it ends the measure).
 */
export function timePanelUpdates(context: BrowserContext) {
  return context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const times: number[] = [];
    (globalThis as unknown as { oliveBenchUpdates: number[] }).oliveBenchUpdates = times;
    const time = (message: { type?: string }) => {
      if (message?.type !== 'contentToPanel.readingChanged' && message?.type !== 'contentToPanel.draftChanged') return;
      const start = performance.now();
      setTimeout(() => times.push(performance.now() - start), 0);
    };
    // Readings come down the port the panel opens to its tab: heard before the panel's own listener.
    const connect = chrome.tabs.connect.bind(chrome.tabs);
    chrome.tabs.connect = ((...args: Parameters<typeof chrome.tabs.connect>) => {
      const port = connect(...args);
      port.onMessage.addListener(time);
      return port;
    }) as typeof chrome.tabs.connect;
  });
}

export const panelUpdates = (panel: Page) => panel.evaluate(() => [...(globalThis as unknown as { oliveBenchUpdates?: number[] }).oliveBenchUpdates ?? []]);

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
