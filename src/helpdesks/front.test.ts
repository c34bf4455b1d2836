import { describe, expect, it } from 'vitest';
import { front } from './front.ts';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const timeline = (items: string) => `<div class="conversationTimeline__StyledTimeline-sc-1">${items}</div>`;

describe('front adapter', () => {
  it('claims the Front app only', () => {
    expect(front.matches(new URL('https://app.frontapp.com/open/cnv_1'), page(''))).toBe(true);
    expect(front.matches(new URL('https://front.com/product'), page(''))).toBe(false);
  });

  it('reads no ticket on an inbox without an open conversation', () => {
    const doc = page(timeline(''));
    expect(front.read(doc, new URL('https://app.frontapp.com/inboxes/shared/7710/open/0'))).toBeNull();
  });

  it('reads /open/cnv_ links and takes the customer from the first inbound message', () => {
    const doc = page(
      timeline(`
        <div data-message-id="msg_1" data-inbound="false"><div class="messageBody__B-sc-1">Welcome aboard!</div></div>
        <div data-message-id="msg_2" data-inbound="true">
          <span class="messageHeader__StyledSenderHandle-sc-1">&lt;nobody@example.com&gt;</span>
          <div class="messageBody__B-sc-1">Cancel my plan.</div>
        </div>`),
    );
    const ticket = front.read(doc, new URL('https://app.frontapp.com/open/cnv_abc123'));
    expect(ticket?.id).toBe('cnv_abc123');
    expect(ticket?.messages.map((m) => m.author)).toEqual(['agent', 'customer']);
    expect(ticket?.customer).toEqual({ email: 'nobody@example.com' });
  });
});
