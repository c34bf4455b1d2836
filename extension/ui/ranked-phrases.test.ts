import { describe, expect, it } from 'vitest';
import { builtInPhrases } from '../../src/phrases/index.ts';
import { analyzeTicket } from '../../src/analysis/index.ts';
import { defaultPlaybook } from '../../src/playbooks/index.ts';
import type { Ticket } from '../../src/ticket.ts';
import { rankedPhrases } from './ranked-phrases.ts';
import { phraseSearch, titleOf } from './phrase-search.ts';

const ticket: Ticket = {
  helpdesk: 'demo',
  id: '7',
  url: 'https://help.example.com/tickets/7',
  subject: 'Broken kettle',
  customer: { name: 'Maria Lopez' },
  messages: [{ author: 'customer', text: 'My kettle arrived BROKEN. This is ridiculous, I want a refund!!' }],
};
const analysis = analyzeTicket(ticket, defaultPlaybook);
const phrases = builtInPhrases('en');

describe('rankedPhrases', () => {
  it('puts the current step first and fills in the customer and agent', () => {
    const list = rankedPhrases(phrases, ticket, analysis, defaultPlaybook, { agentName: 'Sam', company: 'Acme' });
    expect(list).toHaveLength(phrases.length);
    expect(list[0]!.phrase.step).toBe(analysis.current);
    expect(list.some((p) => p.text.includes('Maria'))).toBe(true);
    expect(list.every((p) => !p.text.includes('{{'))).toBe(true);
  });

  it('a favourite rises to the top of its step but never above the current step', () => {
    const plain = rankedPhrases(phrases, ticket, analysis, defaultPlaybook, {});
    const sameStep = plain.filter((p) => p.phrase.step === analysis.current);
    const last = sameStep.at(-1)!.phrase.id;
    const otherStep = plain.find((p) => p.phrase.step !== analysis.current)!.phrase.id;
    const withFavs = rankedPhrases(phrases, ticket, analysis, defaultPlaybook, {}, new Set([last, otherStep]));
    expect(withFavs[0]!.phrase.id).toBe(last);
    expect(withFavs.findIndex((p) => p.phrase.id === otherStep)).toBeGreaterThanOrEqual(sameStep.length);
  });

  it('without a ticket (basic mode) still offers every phrase, readable', () => {
    const list = rankedPhrases(phrases, null, null, defaultPlaybook, {});
    expect(list).toHaveLength(phrases.length);
    expect(list.every((p) => !p.text.includes('{{') && p.title.length > 0)).toBe(true);
  });
});

describe('phrase labels', () => {
  it('a phrase without a title is labelled by its first words after the greeting', () => {
    const phrase = { id: 'x', step: 'listen', text: '', tone: 'warm', lang: 'en' } as const;
    expect(titleOf(phrase, 'Hi Marcus, I want to get this moving for you quickly today.')).toBe('I want to get this moving…');
    expect(titleOf(phrase, 'Thanks for waiting.')).toBe('Thanks for waiting.');
    expect(titleOf(phrase, 'Hi Marcus, you have good reason to be upset about this.')).toBe('You have good reason to be…');
    expect(titleOf({ ...phrase, title: 'Walk me through it' }, 'Hi, walk me…')).toBe('Walk me through it');
  });
});

describe('phraseSearch', () => {
  const list = rankedPhrases(phrases, ticket, analysis, defaultPlaybook, {});
  const search = phraseSearch(list);

  it('finds apologies from the start of a word, as typed in the picker', () => {
    const found = search.search('sorr', 5);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.text.toLowerCase()).toContain('sorry');
  });

  it('forgives a typo', () => {
    expect(search.search('refnd', 3).some((p) => /refund/i.test(p.text))).toBe(true);
  });

  it('an empty query keeps the ranked order', () => {
    expect(search.search('  ', 4).map((p) => p.phrase.id)).toEqual(list.slice(0, 4).map((p) => p.phrase.id));
  });

  it('nonsense finds nothing rather than everything', () => {
    expect(search.search('zqxjv')).toEqual([]);
  });

  it('Spanish phrases are found without typing accents', () => {
    const es = phraseSearch(rankedPhrases(builtInPhrases('es'), null, null, defaultPlaybook, {}));
    const found = es.search('disculpa', 3);
    expect(found.length).toBeGreaterThan(0);
  });
});
