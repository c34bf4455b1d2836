import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { osticket } from './osticket.ts';

const fixtures = join(import.meta.dirname, '../../e2e/fixtures/helpdesks');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const saved = () => parse(readFileSync(join(fixtures, 'osticket.html'), 'utf8'));
const url = new URL('https://support.acme.example/scp/tickets.php?id=1207');

describe('osTicket adapter', () => {
  it('reads no ticket on the staff panel queue list', () => {
    const doc = parse(`<head></head>
      <body><a id="logo" href="/scp/index.php"><img src="/scp/logo.php" alt="osTicket"></a><div id="content"><form id="tickets"><table class="list queue tickets"><tr><td>
      <a class="preview" href="tickets.php?id=1207">482913</a></td></tr></table></form></div></body>`);
    const list = new URL('https://support.acme.example/scp/tickets.php?queue=1');
    expect(osticket.matches(list, doc)).toBe(true);
    expect(osticket.read(doc, list)).toBeNull();
  });

  it('does not claim a page of another helpdesk', () => {
    const doc = parse(readFileSync(join(fixtures, 'freescout.html'), 'utf8'));
    expect(osticket.matches(new URL('https://help.crumbandco.example/conversation/3187'), doc)).toBe(false);
  });

  it('puts a thread the agent views newest first back in time order', () => {
    const doc = saved();
    const items = doc.querySelector('#thread-items')!;
    for (const entry of Array.from(items.children).reverse()) items.appendChild(entry);
    const texts = osticket.read(doc, url)!.messages.map((m) => m.author);
    expect(texts).toEqual(['customer', 'agent', 'note', 'customer']);
  });

  it('skips system auto-replies and attachment lists', () => {
    const ticket = osticket.read(saved(), url)!;
    expect(ticket.messages.some((m) => m.text.includes('We received your request'))).toBe(false);
    expect(ticket.messages[0]!.text).not.toContain('statement.pdf');
  });

  it('falls back to the plain textarea when rich text is off, and to the URL id without a header', () => {
    const doc = saved();
    doc.querySelector('.redactor-box .redactor-in')!.remove();
    expect(osticket.editor(doc)?.id).toBe('response');
    doc.querySelector('.sticky.bar h2')!.remove();
    expect(osticket.read(doc, url)!.id).toBe('1207');
  });

  it('leaves the customer name out when the user has none', () => {
    const doc = saved();
    doc.querySelector('#user-318-name')!.textContent = '';
    expect(osticket.read(doc, url)!.customer).toEqual({ email: 'marcus.hale@example.net' });
  });
});
