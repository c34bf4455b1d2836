import { describe, expect, it } from 'vitest';
import { zendesk } from './zendesk.ts';

const page = (body: string, title = 'Zendesk') =>
  new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
const TICKET = new URL('https://acme.zendesk.com/agent/tickets/77');

/** A log item as older workspace builds render it: no `type` on the message element. */
const untypedItem = (sender: string, text: string, agentBadge = false) => `
  <article data-test-id="omni-log-comment-item">
    <span data-test-id="omni-log-item-sender"><strong>${sender}</strong></span>
    ${agentBadge ? '<svg data-test-id="omni-log-avatar-badge-AgentBadge"></svg>' : ''}
    <div data-test-id="omni-log-item-message"><div class="zd-comment"><p>${text}</p></div></div>
  </article>`;

describe('zendesk adapter', () => {
  it('claims Zendesk subdomains only', () => {
    expect(zendesk.matches(new URL('https://acme.zendesk.com/agent/tickets/1'), page(''))).toBe(true);
    expect(zendesk.matches(new URL('https://zendesk.com.evil.example/agent/tickets/1'), page(''))).toBe(false);
    expect(zendesk.matches(new URL('https://acme.freshdesk.com/a/tickets/1'), page(''))).toBe(false);
  });

  it('reads no ticket on a view (ticket list) page', () => {
    const doc = page('<div data-test-id="omni-log-container"></div><table><tr><td>Blender arrived cracked</td></tr></table>');
    expect(zendesk.read(doc, new URL('https://acme.zendesk.com/agent/filters/360001'))).toBeNull();
  });

  it('tells customer from agent by badge and requester name when messages carry no type', () => {
    const doc = page(`
      <input data-test-id="omni-header-subject" value="Late delivery">
      <div data-test-id="ticket-system-field-requester-select"><span>Ola Nordmann</span></div>
      <div data-test-id="omni-log-container">
        ${untypedItem('Ola Nordmann', 'Where is my parcel?')}
        ${untypedItem('Kim Agent', 'Checking now.', true)}
      </div>`);
    const ticket = zendesk.read(doc, TICKET);
    expect(ticket?.messages.map((m) => m.author)).toEqual(['customer', 'agent']);
    expect(ticket?.customer).toEqual({ name: 'Ola Nordmann', firstName: 'Ola' });
  });

  it('leaves the customer empty when the requester has no name on the page', () => {
    const doc = page(`
      <input data-test-id="omni-header-subject" value="Help">
      <div data-test-id="omni-log-container">
        <article data-test-id="omni-log-comment-item">
          <div data-test-id="omni-log-item-message" type="end-user"><div class="zd-comment"><p>Hello?</p></div></div>
        </article>
      </div>`);
    const ticket = zendesk.read(doc, TICKET);
    expect(ticket?.customer).toEqual({});
    expect(ticket?.messages).toEqual([{ author: 'customer', text: 'Hello?' }]);
  });

  it('finds the older rich-text editor when the CKEditor 5 composer is absent', () => {
    const doc = page('<div data-test-id="ticket-rich-text-editor"><div contenteditable="true" id="old"></div></div>');
    expect(zendesk.editor(doc)?.id).toBe('old');
  });
});
