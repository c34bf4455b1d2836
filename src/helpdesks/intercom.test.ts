import { describe, expect, it } from 'vitest';
import { intercom } from './intercom.ts';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('intercom adapter', () => {
  it('claims the US, EU and Australian inbox hosts only', () => {
    for (const host of ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com']) {
      expect(intercom.matches(new URL(`https://${host}/a/inbox/x/inbox/conversation/1`), page(''))).toBe(true);
    }
    expect(intercom.matches(new URL('https://www.intercom.com/help/en/'), page(''))).toBe(false);
  });

  it('reads no ticket on the conversation list', () => {
    const doc = page('<section><a href="/a/inbox/x/inbox/conversation/1">Locked out</a></section>');
    expect(intercom.read(doc, new URL('https://app.intercom.com/a/inbox/x/inbox/shared/all'))).toBeNull();
  });

  it('reads old /a/apps/…/conversations/<id> links and counts leads as customers', () => {
    const doc = page(`
      <div data-part-type="comment" data-author-type="lead"><div data-testid="part-body">Is anyone there?</div></div>
      <div data-part-type="close" data-author-type="admin"><div data-testid="part-body">Closed</div></div>`);
    const ticket = intercom.read(doc, new URL('https://app.intercom.com/a/apps/x/conversations/42'));
    expect(ticket?.id).toBe('42');
    expect(ticket?.messages).toEqual([{ author: 'customer', text: 'Is anyone there?' }]);
    expect(ticket?.customer).toEqual({});
  });
});
