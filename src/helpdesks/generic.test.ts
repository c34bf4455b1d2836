import { describe, expect, it } from 'vitest';
import { generic } from './generic.ts';
import { pickAdapter } from './index.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const url = new URL('https://help.example.net/tickets/5521');

/** A ticket page of a helpdesk no adapter knows, as plain as they come. */
const PLAIN = `<!doctype html><html><head><title>Ticket 5521 · Support</title></head><body>
  <h1>Blender arrived cracked</h1>
  <p>From: Priya Natarajan &lt;priya.n@example.org&gt;</p>
  <p>The jug of my new blender was cracked when I opened the box.</p>
  <p>Please send a replacement.</p>
  <form><label for="reply">Your reply</label><textarea id="reply"></textarea><button type="submit">Send reply</button></form>
</body></html>`;

describe('basic mode', () => {
  it('reads a plain ticket page as a person sees it', () => {
    const doc = parse(PLAIN);
    expect(pickAdapter(url, doc).id).toBe('generic');
    expect(generic.read(doc, url)).toEqual({
      helpdesk: 'generic',
      id: '/tickets/5521',
      url: url.href,
      subject: 'Blender arrived cracked',
      customer: { name: 'Priya Natarajan', firstName: 'Priya', email: 'priya.n@example.org' },
      messages: [
        { author: 'customer', text: 'The jug of my new blender was cracked when I opened the box.\n\nPlease send a replacement.' },
      ],
    });
  });

  it('keeps the page title when there is no heading but a site banner’s', () => {
    const doc = parse('<title>Request 12 – Help</title><body><header><h1>Acme</h1></header><main><p>Where is my order?</p></main></body>');
    const ticket = generic.read(doc, url)!;
    expect(ticket.subject).toBe('Request 12 – Help');
    expect(ticket.messages[0]!.text).toBe('Where is my order?');
  });

  it('finds the customer in a bare "Name <address>" line and in other languages', () => {
    const bare = parse('<main><h1>Lid</h1><div>Jonas Weber &lt;jonas@example.de&gt;</div><p>Der Deckel fehlt.</p></main>');
    expect(generic.read(bare, url)!.customer).toEqual({ name: 'Jonas Weber', firstName: 'Jonas', email: 'jonas@example.de' });
    const german = parse('<main><p><b>Von:</b> Jonas Weber &lt;jonas@example.de&gt;</p><p>Der Deckel fehlt.</p></main>');
    expect(generic.read(german, url)!.messages[0]!.text).toBe('Der Deckel fehlt.');
    expect(generic.read(german, url)!.customer.email).toBe('jonas@example.de');
  });

  it('takes no customer from a sentence that merely holds an address', () => {
    const doc = parse('<main><p>Write to support@example.com if it breaks again.</p></main>');
    const ticket = generic.read(doc, url)!;
    expect(ticket.customer).toEqual({});
    expect(ticket.messages[0]!.text).toBe('Write to support@example.com if it breaks again.');
  });
});
