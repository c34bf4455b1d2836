import { describe, expect, it, vi } from 'vitest';
import { acceptBackgroundToContent, acceptContentToBackground, type Reading } from './messaging.ts';

const self = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const worker = { id: 'ourid', url: 'chrome-extension://ourid/service-worker-loader.js' };
const contentIn = (tabId: number) => ({ id: 'ourid', url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: tabId } });
const reading: Reading = { adapter: 'generic', adapterName: 'Any page', hasEditor: true, draft: '', ticket: null };
const ask = { type: 'contentToBackground.pickerPhrases', query: 'sorr', reading };

describe('picker messages', () => {
  it('the background answers our content script in a tab', () => {
    expect(acceptContentToBackground(ask, contentIn(7), self)).toEqual(ask);
  });

  it('the background refuses pages, other extensions and senders without a tab', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(acceptContentToBackground(ask, { url: 'https://evil.example/' }, self)).toBeNull();
    expect(acceptContentToBackground(ask, { id: 'evil', url: 'https://x.example/', tab: { id: 1 } }, self)).toBeNull();
    expect(acceptContentToBackground(ask, worker, self)).toBeNull();
  });

  it('drops a malformed request: long query, a reading that is not one', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(acceptContentToBackground({ ...ask, query: 'x'.repeat(101) }, contentIn(1), self)).toBeNull();
    expect(acceptContentToBackground({ ...ask, reading: { adapter: 'x' } }, contentIn(1), self)).toBeNull();
    expect(acceptContentToBackground({ type: 'contentToBackground.pickerPhrases', query: 'a' }, contentIn(1), self)).toBeNull();
  });

  it('leaves other messages to other listeners without logging them as attacks', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(acceptContentToBackground({ type: 'panelToBackground.listReminders' }, worker, self)).toBeNull();
    expect(acceptBackgroundToContent({ type: 'panelToContent.getReading' }, worker, self)).toBeNull();
    expect(debug).not.toHaveBeenCalled();
  });

  it('only our own extension may open the picker in a page', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const open = { type: 'backgroundToContent.openPicker' };
    expect(acceptBackgroundToContent(open, worker, self)).toEqual(open);
    expect(acceptBackgroundToContent(open, contentIn(2), self)).toBeNull();
    expect(acceptBackgroundToContent(open, { id: 'evil', url: 'chrome-extension://evil/bg.js' }, self)).toBeNull();
  });
});
