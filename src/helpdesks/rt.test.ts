import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rt } from './rt.ts';
import type { Ticket } from '../ticket.ts';

/**
 * Request Tracker shows the thread on the display page and the editor on a separate
 * reply page; rt.html (the meta-test's fixture) is the reply page, rt-display.html the
 * display page. Both were captured from a real RT 5.0.3 by e2e/rt/harness.spec.ts.
 */
const fixtures = join(import.meta.dirname, '../../e2e/fixtures/helpdesks');

function load(name: string): { doc: Document; url: URL; ticket: Ticket } {
  const html = readFileSync(join(fixtures, `${name}.html`), 'utf8');
  const { url, ticket } = JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as { url: string; ticket: Ticket };
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(url), ticket };
}

function entries(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('#delayed_ticket_history .transaction.message'));
}

describe('Request Tracker display page', () => {
  it('reads the customer, the subject, the status and the whole thread oldest first', () => {
    const { doc, url, ticket } = load('rt-display');
    expect(rt.matches(url, doc)).toBe(true);
    expect(rt.read(doc, url)).toEqual(ticket);
    expect(ticket.customer.firstName).toBe('Dana');
    expect(ticket.messages.map((m) => m.author)).toEqual(['customer', 'customer', 'agent', 'note']);
  });

  it('keeps the quoted auto-reply out of what the customer wrote', () => {
    const { doc, url } = load('rt-display');
    const angry = rt.read(doc, url)?.messages[1]?.text ?? '';
    expect(angry).toContain('THIRD time');
    expect(angry).not.toContain('no need to reply');
  });

  it('leaves out system entries such as recorded outgoing mail and status changes', () => {
    const { doc, url } = load('rt-display');
    expect(doc.querySelectorAll('.transaction.other, .transaction.basics').length).toBeGreaterThan(0);
    expect(rt.read(doc, url)?.messages.some((m) => /Outgoing email|Status changed/.test(m.text))).toBe(false);
  });

  it('still gives oldest first when the agent reversed the history order', () => {
    const { doc, url, ticket } = load('rt-display');
    const list = entries(doc);
    const container = list[0]?.parentElement;
    for (const entry of list.reverse()) container?.appendChild(entry);
    expect(rt.read(doc, url)?.messages).toEqual(ticket.messages);
  });

  it('recognises a comment in a German agent interface', () => {
    const { doc, url } = load('rt-display');
    const description = entries(doc)[3]?.querySelector('.metadata .description');
    const user = description?.querySelector('.user');
    description?.replaceChildren(user as Element, ' - Kommentar hinzugefügt');
    expect(rt.read(doc, url)?.messages[3]?.author).toBe('note');
  });

  it('keeps a date only when RT names its time zone', () => {
    const { doc, url } = load('rt-display');
    const dates = entries(doc).map((entry) => entry.querySelector('.metadata .date'));
    if (dates[0]) dates[0].textContent = 'Mon, 23 Nov 2026 20:30:11 +0100'; // RFC 2822 date format preference
    const messages = rt.read(doc, url)?.messages ?? [];
    expect(messages[0]?.at).toBe('2026-11-23T19:30:11.000Z');
    expect(messages[1]?.at).toBeUndefined(); // RT's default format has no zone: unknown, not guessed
  });

  it('has no reply editor (RT 5.0 replies on a separate page)', () => {
    const { doc } = load('rt-display');
    expect(rt.editor(doc)).toBeNull();
  });
});

describe('Request Tracker reply page', () => {
  it('reads the same ticket id, subject and customer as the display page, without the thread', () => {
    const reply = load('rt');
    const display = load('rt-display');
    const onReply = rt.read(reply.doc, reply.url);
    const onDisplay = rt.read(display.doc, display.url);
    expect(onReply).toEqual(reply.ticket);
    expect(onReply?.id).toBe(onDisplay?.id);
    expect(onReply?.subject).toBe(onDisplay?.subject);
    expect(onReply?.customer).toEqual(onDisplay?.customer);
    expect(onReply?.messages).toEqual([]);
  });

  it('takes no staff member for the customer when the agent switches to a comment', () => {
    const { doc, url } = load('rt');
    const type = doc.querySelector('select#UpdateType') as HTMLSelectElement;
    type.value = 'private';
    expect(rt.read(doc, url)?.customer).toEqual({});
  });

  it('points the ticket at its display page, also when RT lives under a path', () => {
    const { doc } = load('rt');
    const ticket = rt.read(doc, new URL('https://help.example.org/rt/Ticket/Update.html?Action=Respond&id=1'));
    expect(ticket?.url).toBe('https://help.example.org/rt/Ticket/Display.html?id=1');
  });

  it("finds CKEditor's frame on a saved page", () => {
    const { doc } = load('rt');
    expect(rt.editor(doc)?.matches('#cke_UpdateContent iframe.cke_wysiwyg_frame')).toBe(true);
  });

  it('finds the plain message box when the agent turned rich text off', () => {
    const { doc } = load('rt');
    doc.querySelector('#cke_UpdateContent')?.remove();
    expect(rt.editor(doc)?.matches('textarea#UpdateContent')).toBe(true);
  });

  it("returns CKEditor's editable body when the frame is live", () => {
    document.body.innerHTML =
      '<div id="cke_UpdateContent"><iframe class="cke_wysiwyg_frame"></iframe></div><textarea id="UpdateContent"></textarea>';
    // happy-dom gives a src-less frame no document; a browser gives CKEditor's same-origin one.
    const inner = document.implementation.createHTMLDocument('');
    inner.body.className = 'cke_editable cke_editable_themed';
    inner.body.setAttribute('contenteditable', 'true');
    Object.defineProperty(document.querySelector('iframe'), 'contentDocument', { value: inner });
    expect(rt.editor(document)).toBe(inner.body);
  });
});

describe('Request Tracker pages without a ticket', () => {
  it('claims an RT page but reads no ticket from it', () => {
    const doc = new DOMParser().parseFromString(
      '<body id="comp-NoAuth-Login"><div id="header"><h1>Login</h1></div>' +
        '<p id="bpscredits"><a href="https://bestpractical.com/about">Best Practical Solutions, LLC</a></p></body>',
      'text/html',
    );
    const url = new URL('https://help.example.org/NoAuth/Login.html');
    expect(rt.matches(url, doc)).toBe(true);
    expect(rt.read(doc, url)).toBeNull();
  });

  it('does not claim a page that only mentions a ticket number', () => {
    const doc = new DOMParser().parseFromString('<div id="header"><h1>#12: Broken lid</h1></div>', 'text/html');
    expect(rt.matches(new URL('https://shop.example.org/'), doc)).toBe(false);
  });
});
