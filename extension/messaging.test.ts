import { describe, expect, it, vi } from 'vitest';
import { acceptContentToPanel, acceptOnPanelPort, acceptPanelConnection, acceptPanelToBackground, acceptPanelToContent, PANEL_PORT, type Reading } from './messaging.ts';

const self = { id: 'ourid', origin: 'chrome-extension://ourid/' };
const panel = { id: 'ourid', url: 'chrome-extension://ourid/extension/sidepanel/index.html?tabId=4' };
const contentIn = (tabId: number) => ({ id: 'ourid', url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: tabId } });
const reading: Reading = {
  adapter: 'demo',
  adapterName: 'Demo helpdesk',
  hasEditor: true,
  draft: '',
  ticket: { helpdesk: 'demo', id: '1', url: 'http://127.0.0.1/#/tickets/1', subject: 'Hi', customer: {}, messages: [{ author: 'customer', text: 'Hello' }] },
};

describe('messages to the content script', () => {
  it('accepts an insert request from our own panel', () => {
    expect(acceptPanelToContent({ type: 'panelToContent.insert', text: 'Hi there', cursor: 3 }, panel, self)).toEqual({
      type: 'panelToContent.insert',
      text: 'Hi there',
      cursor: 3,
    });
  });

  it('drops requests from another extension, a content script or a web page', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const msg = { type: 'panelToContent.getReading' };
    expect(acceptPanelToContent(msg, { id: 'evil', url: 'chrome-extension://evil/x.html' }, self)).toBeNull();
    expect(acceptPanelToContent(msg, contentIn(3), self)).toBeNull();
    expect(acceptPanelToContent(msg, { url: 'https://attacker.example/' }, self)).toBeNull();
  });

  it('drops malformed or unknown messages without throwing', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    for (const bad of [null, 'insert', 42, { type: 'panelToContent.insert' }, { type: 'panelToContent.insert', text: 5 },
      { type: 'panelToContent.insert', text: 'x', cursor: -1 }, { type: 'panelToContent.deleteEverything' },
      { type: 'panelToContent.insert', text: 'x'.repeat(20_001) }]) {
      expect(acceptPanelToContent(bad, panel, self)).toBeNull();
    }
  });
});

describe('panel connections to the content script', () => {
  it('lets our own panel connect, and nobody else', () => {
    expect(acceptPanelConnection(PANEL_PORT, panel, self)).toBe(true);
    expect(acceptPanelConnection('other', panel, self)).toBe(false);
    expect(acceptPanelConnection(PANEL_PORT, contentIn(3), self)).toBe(false);
    expect(acceptPanelConnection(PANEL_PORT, { id: 'evil', url: 'chrome-extension://evil/x.html' }, self)).toBe(false);
    expect(acceptPanelConnection(PANEL_PORT, undefined, self)).toBe(false);
  });
});

describe('messages to the panel', () => {
  it('keeps readings from the bound tab only', () => {
    const message = { type: 'contentToPanel.readingChanged', reading };
    expect(acceptContentToPanel(message, contentIn(4), self, 4)).toEqual(message);
    expect(acceptContentToPanel(message, contentIn(5), self, 4)).toBeNull();
  });

  it('accepts a draft update and a start notice from its tab, and no draft past the limit', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const draft = { type: 'contentToPanel.draftChanged', draft: 'You should have read it.' };
    expect(acceptContentToPanel(draft, contentIn(4), self, 4)).toEqual(draft);
    expect(acceptContentToPanel({ type: 'contentToPanel.started' }, contentIn(4), self, 4)).toEqual({ type: 'contentToPanel.started' });
    expect(acceptContentToPanel({ ...draft, draft: 'x'.repeat(20_001) }, contentIn(4), self, 4)).toBeNull();
    expect(acceptContentToPanel({ type: 'contentToPanel.draftChanged', draft: 3 }, contentIn(4), self, 4)).toBeNull();
  });

  it('drops a reading whose ticket has the wrong shape', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const broken = { ...reading, ticket: { ...reading.ticket, messages: [{ author: 'hacker', text: 'x' }] } };
    expect(acceptContentToPanel({ type: 'contentToPanel.readingChanged', reading: broken }, contentIn(4), self, 4)).toBeNull();
  });

  it('on the panel\'s own port, takes readings and drafts of the right shape and no start notice', () => {
    const draft = { type: 'contentToPanel.draftChanged', draft: 'You should have read it.' };
    expect(acceptOnPanelPort(draft)).toEqual(draft);
    expect(acceptOnPanelPort({ type: 'contentToPanel.readingChanged', reading })).toEqual({ type: 'contentToPanel.readingChanged', reading });
    expect(acceptOnPanelPort({ ...draft, draft: 'x'.repeat(20_001) })).toBeNull();
    expect(acceptOnPanelPort({ type: 'contentToPanel.started' })).toBeNull();
    expect(acceptOnPanelPort({ type: 'panelToContent.insert', text: 'hi' })).toBeNull();
  });

  it('drops a reading that claims to come from an extension page', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(acceptContentToPanel({ type: 'contentToPanel.readingChanged', reading }, { ...panel, tab: { id: 4 } }, self, 4)).toBeNull();
  });
});

describe('messages to the background', () => {
  const schedule = {
    type: 'panelToBackground.scheduleFollowUp',
    ticket: { key: 'http://127.0.0.1#1', url: 'http://127.0.0.1/#/tickets/1', subject: 'Hi', customerName: 'Ana' },
    dueAt: '2026-11-24T09:00:00.000Z',
  };

  it('accepts a follow-up from our panel', () => {
    expect(acceptPanelToBackground(schedule, panel, self)).toEqual(schedule);
  });

  it('refuses a follow-up from a content script (a page must not schedule anything)', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(acceptPanelToBackground(schedule, contentIn(4), self)).toBeNull();
  });

  it('refuses a due time that is not a timestamp', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(acceptPanelToBackground({ ...schedule, dueAt: 'tomorrow' }, panel, self)).toBeNull();
  });

  it('takes a heat call of 0 to 3, or null to give it back to the reading, and nothing else', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const patch = (heatMark: unknown) => ({ type: 'panelToBackground.patchTicketState', ticketKey: 'http://127.0.0.1#1', heatMark });
    expect(acceptPanelToBackground(patch(3), panel, self)).toEqual(patch(3));
    expect(acceptPanelToBackground(patch(null), panel, self)).toEqual(patch(null));
    for (const bad of [4, -1, '2', 1.5]) expect(acceptPanelToBackground(patch(bad), panel, self)).toBeNull();
  });
});
