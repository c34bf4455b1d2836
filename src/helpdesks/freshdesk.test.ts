import { describe, expect, it } from 'vitest';
import { freshdesk } from './freshdesk.ts';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('freshdesk adapter', () => {
  it('claims Freshdesk accounts only', () => {
    expect(freshdesk.matches(new URL('https://northwind.freshdesk.com/a/tickets/3'), page(''))).toBe(true);
    expect(freshdesk.matches(new URL('https://freshdesk.com.example.org/a/tickets/3'), page(''))).toBe(false);
    expect(freshdesk.matches(new URL('https://secure.helpscout.net/conversation/1/2'), page(''))).toBe(false);
  });

  it('reads no ticket on the ticket list', () => {
    const doc = page('<div class="ticket-list"><a href="/a/tickets/3071">Charged twice</a></div>');
    expect(freshdesk.read(doc, new URL('https://northwind.freshdesk.com/a/tickets/filters/all_tickets'))).toBeNull();
  });

  it('keeps a customer reply whose only words sit above the quoted history', () => {
    const doc = page(`
      <h2 class="ticket-subject-heading">Refund</h2>
      <div class="ticket-details__item conversation incoming" data-album="1">
        <div class="ticket-details__item__content">Still nothing.<div class="freshdesk_quote">On Monday you wrote: wait a week</div></div>
      </div>
      <div class="ticket-details__item conversation public-note" data-album="2">
        <div class="ticket-details__item__content">Looping in finance.</div>
      </div>`);
    const ticket = freshdesk.read(doc, new URL('https://northwind.freshdesk.com/a/tickets/9'));
    expect(ticket?.messages).toEqual([
      { author: 'customer', text: 'Still nothing.' },
      { author: 'note', text: 'Looping in finance.' },
    ]);
    expect(ticket?.customer).toEqual({});
  });

  it('finds the classic Redactor reply box on pre-Mint pages', () => {
    const doc = page('<div class="redactor-editor" contenteditable="true" id="classic"></div>');
    expect(freshdesk.editor(doc)?.id).toBe('classic');
  });
});
