/**
 * The Request Tracker harness against a real RT 5, and the rt adapter against RT's real
 * pages. With RT_CAPTURE_FIXTURES=1 it also saves those pages as the adapter's fixtures
 * (e2e/fixtures/helpdesks/rt.html, rt-display.html and their .json readings).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { rt as adapter } from '../../src/helpdesks/rt.ts';
import type { Ticket } from '../../src/ticket.ts';
import { CKEDITOR_FRAME as EDITOR_FRAME, startRequestTracker, type RT } from './harness.ts';

const CUSTOMER = 'Dana Whitfield <dana@example.test>';
const SUBJECT = 'Order 4471 arrived with a cracked lid';
const FIRST_MAIL = 'Hello,\nmy order 4471 arrived today and the lid of the teapot is cracked.\nCan you help?';
const ANGRY_TEXT =
  'This is the THIRD time I am writing and still nothing!!! Unacceptable.\n' +
  'If I do not hear back today I will file a chargeback.';
// She quotes RT's auto-reply below her words, as mail clients do; RT folds the quote away.
const ANGRY_MAIL = `${ANGRY_TEXT}\n\n> There is no need to reply to this message right now.\n> Your ticket has been assigned an ID.`;
const AGENT_REPLY = 'Dana, I am so sorry the lid arrived cracked. We are sending a new teapot today.';
const NOTE = 'Internal: check the packing at the warehouse for order 4471.';

const FIXTURES = join(import.meta.dirname, '../fixtures/helpdesks');

test.describe.configure({ mode: 'serial' });

let rt: RT;
let browser: Browser;
let page: Page;
let ticketId: number;

test.beforeAll(async () => {
  test.setTimeout(300_000); // a cold machine installs RT first
  rt = await startRequestTracker();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  page = await browser.newPage();
});

test.afterAll(async () => {
  await browser?.close();
  await rt?.stop();
});

/** The page as the adapter sees it from a saved copy: parsed, no scripts run. */
function parse(html: string, url: string): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The page without scripts, styles, icons and outside resources, headed by where it came from. */
async function savedCopy(from: Page): Promise<string> {
  const html = await from.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, style, link, noscript, svg, img').forEach((el) => el.remove());
    // CKEditor's frame has src="" (about:blank); without it a reader of the saved page loads nothing.
    copy.querySelectorAll('iframe[src]').forEach((el) => el.removeAttribute('src'));
    for (const el of Array.from(copy.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('on')) el.removeAttribute(attr.name);
    }
    return `<!DOCTYPE html>\n${copy.outerHTML}`;
  });
  const version = (await from.locator('#version').innerText()).replace(/^.*RT Version\s*/s, '').trim();
  const note = `<!-- Captured from Request Tracker ${version} on loopback (127.0.0.1) by e2e/rt/harness.spec.ts; scripts, styles, icons and images removed. -->`;
  return html.replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${note}\n`);
}

function saveFixture(name: string, html: string, url: string, ticket: Ticket): void {
  if (!process.env.RT_CAPTURE_FIXTURES) return;
  writeFileSync(join(FIXTURES, `${name}.html`), `${html}\n`);
  writeFileSync(join(FIXTURES, `${name}.json`), `${JSON.stringify({ url, ticket }, null, 2)}\n`);
}

test('a customer files a ticket by mail and writes again', async () => {
  const { install, database, server } = rt.timings;
  test.info().annotations.push({ type: 'rt start-up', description: `install check ${install} ms, database ${database} ms, server ${server} ms` });
  ticketId = await rt.fileTicket(CUSTOMER, SUBJECT, FIRST_MAIL);
  await rt.correspond(ticketId, CUSTOMER, ANGRY_MAIL);
  expect(await rt.historyTexts(ticketId)).toEqual([FIRST_MAIL, ANGRY_MAIL]);
});

test('the agent logs in and replies through the real reply page', async () => {
  await rt.login(page);
  await rt.openReply(page, ticketId);
  await page.frameLocator(EDITOR_FRAME).locator('body.cke_editable').click();
  await page.keyboard.type(AGENT_REPLY);
  await page.locator('input[name="SubmitTicket"]').click();
  await page.waitForURL(/\/Ticket\/Display\.html/);
  await rt.comment(ticketId, NOTE);
  const texts = await rt.historyTexts(ticketId);
  expect(texts).toHaveLength(4);
  expect(texts[2]).toContain(AGENT_REPLY);
  expect(texts[3]).toBe(NOTE);
});

test('the rt adapter reads the real display page', async () => {
  // History arrives by AJAX after the page itself.
  await rt.openTicket(page, ticketId, 4);
  const html = await savedCopy(page);
  const url = page.url();
  const doc = parse(html, url);

  const expected: Ticket = {
    helpdesk: 'rt',
    id: String(ticketId),
    url: rt.ticketUrl(ticketId),
    subject: SUBJECT,
    status: 'open',
    customer: { name: 'Dana Whitfield', firstName: 'Dana', email: 'dana@example.test' },
    messages: [
      { author: 'customer', name: 'Dana Whitfield', text: FIRST_MAIL },
      { author: 'customer', name: 'Dana Whitfield', text: ANGRY_TEXT },
      { author: 'agent', name: 'Enoch Root', text: AGENT_REPLY },
      { author: 'note', name: 'Enoch Root', text: NOTE },
    ],
  };
  expect(adapter.matches(new URL(url), doc)).toBe(true);
  expect(adapter.read(doc, new URL(url))).toEqual(expected);
  // The display page of RT 5.0 has no reply box.
  expect(adapter.editor(doc)).toBeNull();
  saveFixture('rt-display', html, url, expected);
});

test('the rt adapter finds the editor on the real reply page', async () => {
  await rt.openReply(page, ticketId);
  // Who the reply goes to arrives by AJAX too (RT previews its notification scrips).
  await expect(page.locator('#previewscrips input[name="TxnSendMailTo"]').first()).toBeAttached();
  const html = await savedCopy(page);
  const url = page.url();
  const doc = parse(html, url);

  // RT 5.0's reply page shows the ticket's people and title but not its history.
  const expected: Ticket = {
    helpdesk: 'rt',
    id: String(ticketId),
    url: rt.ticketUrl(ticketId),
    subject: SUBJECT,
    customer: { name: 'Dana Whitfield', firstName: 'Dana', email: 'dana@example.test' },
    messages: [],
  };
  expect(adapter.matches(new URL(url), doc)).toBe(true);
  expect(adapter.read(doc, new URL(url))).toEqual(expected);
  expect(adapter.editor(doc)?.matches(EDITOR_FRAME)).toBe(true);
  saveFixture('rt', html, url, expected);
});
