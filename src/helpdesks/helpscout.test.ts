import { describe, expect, it } from 'vitest';
import { helpscout } from './helpscout.ts';

const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('helpscout adapter', () => {
  it('claims the Help Scout app only', () => {
    expect(helpscout.matches(new URL('https://secure.helpscout.net/conversation/1/2'), page(''))).toBe(true);
    expect(helpscout.matches(new URL('https://docs.helpscout.net/article/1'), page(''))).toBe(false);
  });

  it('reads no ticket on a mailbox folder', () => {
    const doc = page('<ol aria-label="Conversations"><li>Package never arrived</li></ol>');
    expect(helpscout.read(doc, new URL('https://secure.helpscout.net/mailbox/5521/unassigned/'))).toBeNull();
  });

  it('uses the long id when an old link has no number, and a nameless customer gets no first name', () => {
    const doc = page(`
      <h1 data-cy="ConvoSubject">Question</h1>
      <ol aria-label="Thread Items"><li><div id="thread-1" class="is-customer"><div class="thread-content">Hi?</div></div></li></ol>
      <aside class="c-conversation-sidebar"><a href="mailto:anon@example.com">anon@example.com</a></aside>`);
    const ticket = helpscout.read(doc, new URL('https://secure.helpscout.net/conversation/2716491234'));
    expect(ticket?.id).toBe('2716491234');
    expect(ticket?.customer).toEqual({ email: 'anon@example.com' });
  });
});
