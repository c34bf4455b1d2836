import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freescout } from './freescout.ts';

const fixtures = join(import.meta.dirname, '../../e2e/fixtures/helpdesks');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const saved = () => parse(readFileSync(join(fixtures, 'freescout.html'), 'utf8'));
const url = new URL('https://help.crumbandco.example/conversation/3187?folder_id=4');

describe('FreeScout adapter', () => {
  it('recognises a mailbox list by its footer and reads no ticket there', () => {
    const doc = parse(`<body><div id="app"><div class="content"><table class="table-conversations"><tr>
      <td><a href="/conversation/3187">Wrong cake delivered</a></td></tr></table></div>
      <div class="footer">&copy; 2018-2025 <a href="https://freescout.net">FreeScout</a></div></div></body>`);
    const list = new URL('https://help.crumbandco.example/mailbox/1');
    expect(freescout.matches(list, doc)).toBe(true);
    expect(freescout.read(doc, list)).toBeNull();
  });

  it('does not claim a page of another helpdesk', () => {
    const doc = parse(readFileSync(join(fixtures, 'osticket.html'), 'utf8'));
    expect(freescout.matches(new URL('https://support.acme.example/scp/tickets.php?id=1207'), doc)).toBe(false);
  });

  it('skips line items and drafts and keeps time order even when threads are shown oldest first', () => {
    const doc = saved();
    const main = doc.querySelector('#conv-layout-main')!;
    for (const thread of Array.from(main.children).reverse()) main.appendChild(thread);
    main.insertAdjacentHTML('beforeend', '<div class="thread thread-type-draft" id="thread-9999" data-thread_id="9999"><div class="thread-content">unsent draft</div></div>');
    const ticket = freescout.read(doc, url)!;
    expect(ticket.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(ticket.messages.some((m) => m.text.includes('unsent draft') || m.text.includes('assigned'))).toBe(false);
  });

  it('finds the plain textarea before Summernote starts, and takes the number from the URL when hidden', () => {
    const doc = saved();
    doc.querySelector('.note-editor')!.remove();
    expect(freescout.editor(doc)?.id).toBe('body');
    doc.querySelector('.conv-numnav')!.remove();
    expect(freescout.read(doc, url)!.id).toBe('3187');
  });

  it('copes with a customer known only by address', () => {
    const doc = saved();
    doc.querySelector('.customer-name')!.remove();
    expect(freescout.read(doc, url)!.customer).toEqual({ email: 'helen.brooks@example.org' });
  });
});
