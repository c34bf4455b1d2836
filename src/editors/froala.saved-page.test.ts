import { afterEach, describe, expect, it } from 'vitest';
import { insertText } from './index.ts';
import { checkPageRequest } from './page-api.ts';
import { openSavedPage, sameWorld } from './saved-page.ts';

/**
 * Froala as Freshdesk's reply box shows it (saved page e2e/fixtures/helpdesks/freshdesk.html).
 * Froala is commercial (unlicensed builds show a banner), so `FroalaEditor.INSTANCES` is a
 * stand-in recording the calls our page-world code makes: Froala's own `html.insert`
 * wrapped in undo steps, on the instance whose element is the reply box.
 */
type Win = Window & { FroalaEditor?: unknown };
afterEach(() => delete (window as Win).FroalaEditor);

describe('Froala (Freshdesk saved page)', () => {
  it('inserts through html.insert between two undo steps, on the reply box instance', async () => {
    const doc = openSavedPage('freshdesk');
    const element = doc.querySelector('.fr-element')!;
    const calls: string[] = [];
    const instance = {
      el: element,
      html: { insert: (html: string) => calls.push(`insert ${html}`) },
      undo: { saveStep: () => calls.push('saveStep') },
    };
    (window as Win).FroalaEditor = { INSTANCES: [{ el: doc.createElement('div') }, instance] };

    const result = await insertText(element, 'Hello & welcome', { page: sameWorld });

    expect(result).toEqual({ ok: true, via: 'froala' });
    expect(calls).toEqual(['saveStep', 'insert <p>Hello &amp; welcome</p>', 'saveStep']);
  });
});

describe('page-world request check', () => {
  const good = { family: 'froala', text: 'Hi', html: '<p>Hi</p>', mark: '0123456789abcdef0123' };

  it('accepts exactly the expected shape', () => {
    expect(checkPageRequest(good)).toEqual(good);
    expect(checkPageRequest({ ...good, cursor: 1, replace: { start: 0, end: 2 } })).not.toBeNull();
  });

  it('refuses anything else a page could post', () => {
    expect(checkPageRequest({ ...good, family: 'eval' })).toBeNull();
    expect(checkPageRequest({ ...good, extra: 'x' })).toBeNull();
    expect(checkPageRequest({ ...good, mark: '"] , body' })).toBeNull();
    expect(checkPageRequest({ ...good, cursor: 3 })).toBeNull();
    expect(checkPageRequest({ ...good, text: 'x'.repeat(20_001) })).toBeNull();
    expect(checkPageRequest({ ...good, replace: { start: 5, end: 1 } })).toBeNull();
    expect(checkPageRequest('insert')).toBeNull();
  });
});
