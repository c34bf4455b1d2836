import { afterEach, describe, expect, it } from 'vitest';
import { insertText } from './index.ts';
import { openSavedPage, sameWorld } from './saved-page.ts';

/**
 * Redactor 3 as osTicket leaves it (saved page e2e/fixtures/helpdesks/osticket.html). The
 * real Redactor cannot be installed (not on npm), so `$R` is a stand-in that records what
 * our page-world code asks of it; what is checked is that we find osTicket's editor, call
 * Redactor's own insertion with the source textarea and escaped text, and report it.
 */
type Win = Window & { $R?: (...args: unknown[]) => unknown };
afterEach(() => delete (window as Win).$R);

describe('Redactor (osTicket saved page)', () => {
  it('inserts through Redactor 3 insertion.insertHtml on the reply box, text escaped', async () => {
    const doc = openSavedPage('osticket');
    const calls: unknown[][] = [];
    (window as Win).$R = (...args: unknown[]) => calls.push(args);
    const target = doc.querySelector('.redactor-in')!;

    const result = await insertText(target, 'Sorry <b>Sam</b>\nWe will fix it', { page: sameWorld });

    expect(result).toEqual({ ok: true, via: 'redactor' });
    expect(calls).toHaveLength(1);
    const [source, command, html] = calls[0]!;
    expect(source).toBe(doc.querySelector('textarea#response'));
    expect(command).toBe('insertion.insertHtml');
    expect(html).toBe('<p>Sorry &lt;b&gt;Sam&lt;/b&gt;<br>We will fix it</p>');
  });

  it('finds the editor from the page itself (generic lookup), not only from its element', async () => {
    const doc = openSavedPage('osticket');
    const calls: unknown[][] = [];
    (window as Win).$R = (...args: unknown[]) => calls.push(args);
    const result = await insertText(doc.body, 'Thanks', { page: sameWorld });
    expect(result.via).toBe('redactor');
    expect(calls).toHaveLength(1);
  });
});
