/**
 * Panel speed with a big library (500 phrases): the phrase list's first render (rank,
 * fill, index and draw) and one search keystroke to results, timed in happy-dom.
 */
import { it, vi } from 'vitest';
import { h, render } from 'preact';
import { builtInPhrases, type Phrase } from '../../src/phrases/index.ts';
import { analyzeTicket } from '../../src/analysis/index.ts';
import { defaultPlaybook } from '../../src/playbooks/index.ts';
import { DEFAULT_SETTINGS } from '../../extension/storage/settings-schema.ts';
import type { Ticket } from '../../src/ticket.ts';
import { medianMs, record } from './report.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { PhraseList } = await import('../../extension/sidepanel/PhraseList.tsx');
const { rankedPhrases } = await import('../../extension/ui/ranked-phrases.ts');
const { phraseSearch } = await import('../../extension/ui/phrase-search.ts');

/** 500 distinct phrases: the built-in ones repeated with ids and a word changed, as a team library would be. */
function library(size: number): Phrase[] {
  const base = [...builtInPhrases('en'), ...builtInPhrases('es')];
  return Array.from({ length: size }, (_, i) => {
    const p = base[i % base.length]!;
    return { ...p, id: `${p.id}.${i}`, text: `${p.text} (${i})`, title: p.title ? `${p.title} ${i}` : undefined };
  });
}

const ticket: Ticket = {
  helpdesk: 'demo',
  id: '102',
  url: 'http://127.0.0.1/#/tickets/102',
  subject: 'STILL no replacement blender - third time writing!!!',
  customer: { name: 'Marcus Delgado' },
  messages: [{ author: 'customer', text: 'This is RIDICULOUS. Third time I write and still no replacement. I want it now or a refund!!!' }],
};

it('panel first render and search keystroke with 500 phrases', async () => {
  const phrases = library(500);
  const analysis = analyzeTicket(ticket, defaultPlaybook);
  const props = { tabId: 1, ticket, analysis, playbook: defaultPlaybook, settings: DEFAULT_SETTINGS, phrases };

  const firstRender = medianMs(() => {
    const root = document.createElement('div');
    render(h(PhraseList, props), root);
    render(null, root);
  }, 15, 3);
  record({ group: 'panel', name: 'phrase list first render, 500 phrases (happy-dom)', value: firstRender, unit: 'ms', target: 50 });

  const index = phraseSearch(rankedPhrases(phrases, ticket, analysis, defaultPlaybook, {}));
  const queries = ['s', 'so', 'sor', 'sorr', 'sorry', 'refnd', 'what would', 'reemb'];
  let q = 0;
  const keystroke = medianMs(() => index.search(queries[q++ % queries.length]!, 20), 80, 10);
  record({ group: 'panel', name: 'search keystroke to results, 500 phrases', value: keystroke, unit: 'ms', target: 5 });
});
