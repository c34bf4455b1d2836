import { describe, expect, it } from 'vitest';
import { hubspot } from './hubspot.ts';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('hubspot adapter', () => {
  it('claims the HubSpot app hosts only', () => {
    expect(hubspot.matches(new URL('https://app.hubspot.com/help-desk/1/ticket/2'), page(''))).toBe(true);
    expect(hubspot.matches(new URL('https://app-eu1.hubspot.com/help-desk/1/ticket/2'), page(''))).toBe(true);
    expect(hubspot.matches(new URL('https://knowledge.hubspot.com/help-desk'), page(''))).toBe(false);
  });

  it('reads no ticket on a CRM record or a help desk view', () => {
    const doc = page('<div data-test-id="thread-history"></div>');
    expect(hubspot.read(doc, new URL('https://app.hubspot.com/contacts/1/record/0-1/5'))).toBeNull();
    expect(hubspot.read(doc, new URL('https://app.hubspot.com/help-desk/1/view/all-open'))).toBeNull();
  });

  it('reads a thread in the older conversations inbox', () => {
    const doc = page(`
      <div data-test-id="thread-history">
        <div data-message-type="MESSAGE" data-direction="INCOMING"><div data-test-id="message-body">Chat: hello?</div></div>
        <div data-message-type="MESSAGE" data-direction="OUTGOING"><div data-test-id="message-body">Hi! How can I help?</div></div>
      </div>`);
    const ticket = hubspot.read(doc, new URL('https://app.hubspot.com/live-messages/4455667/inbox/8765432'));
    expect(ticket?.id).toBe('8765432');
    expect(ticket?.messages.map((m) => m.author)).toEqual(['customer', 'agent']);
  });
});
