import { describe, expect, it } from 'vitest';
import { gmail } from './gmail.ts';

const page = (body: string, title = 'Gmail') =>
  new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
const message = (email: string, name: string, text: string) => `
  <div class="adn ads" data-message-id="#msg-f:${email.length}${text.length}">
    <span class="gD" email="${email}" name="${name}">${name}</span>
    <div class="a3s aiL"><div dir="ltr">${text}</div></div>
  </div>`;

describe('gmail adapter', () => {
  it('claims Gmail only', () => {
    expect(gmail.matches(new URL('https://mail.google.com/mail/u/0/#inbox'), page(''))).toBe(true);
    expect(gmail.matches(new URL('https://calendar.google.com/'), page(''))).toBe(false);
  });

  it('reads no ticket on the inbox list', () => {
    const doc = page('<table role="grid"><tr><td>Wrong size shipped</td></tr></table>');
    expect(gmail.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeNull();
  });

  it('knows the agent from the tab title when the account button is missing, and uses the printed thread id', () => {
    const doc = page(
      `<h2 class="hP" data-legacy-thread-id="18ff0a1b2c3d4e5f">Refund</h2>
       ${message('Pat@Example.com', '', 'Where is my refund?')}
       ${message('help@shop.example', 'Shop Help', 'Sent today.')}`,
      'Refund - help@shop.example - Gmail',
    );
    const ticket = gmail.read(doc, new URL('https://mail.google.com/mail/u/0/#label/Refunds'));
    expect(ticket?.id).toBe('18ff0a1b2c3d4e5f');
    expect(ticket?.messages.map((m) => m.author)).toEqual(['customer', 'agent']);
    // The sender chip has an address but no display name: no first name is guessed.
    expect(ticket?.customer).toEqual({ email: 'pat@example.com' });
  });
});
