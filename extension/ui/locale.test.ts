import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMessage, resolveLanguage, type Messages } from './locale.ts';
import { DRAFT_FINDING_KINDS } from '../../src/analysis/types.ts';

const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

describe('UI language', () => {
  it('follows the browser when the agent did not choose, regional variants included', () => {
    expect(resolveLanguage('auto', 'es-419')).toBe('es');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage(undefined, 'es')).toBe('es');
  });

  it('falls back to English for a browser language we do not ship', () => {
    expect(resolveLanguage('auto', 'ja')).toBe('en');
    expect(resolveLanguage('auto', undefined)).toBe('en');
  });

  it('the agent’s choice wins over the browser', () => {
    expect(resolveLanguage('es', 'en-US')).toBe('es');
    expect(resolveLanguage('en', 'es-ES')).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills named placeholders with the substitutions, as the browser does', () => {
    const entry = { message: 'Imported: $NEW$ new, $OLD$ kept.', placeholders: { new: { content: '$1' }, old: { content: '$2' } } };
    expect(formatMessage(entry, ['3', '7'])).toBe('Imported: 3 new, 7 kept.');
  });

  it('keeps a literal dollar and leaves unknown names visible', () => {
    expect(formatMessage({ message: 'Costs $$5 $WHO$' }, 'x')).toBe('Costs $5 $WHO$');
  });

  it('a substitution is inserted as plain text, never re-read as a placeholder', () => {
    const entry = { message: 'Use “$VALUE$”', placeholders: { value: { content: '$1' } } };
    expect(formatMessage(entry, '$1 and $VALUE$')).toBe('Use “$1 and $VALUE$”');
  });
});

describe('shipped locales', () => {
  const en = load('en');
  const es = load('es');

  it('names every kind of draft problem and says why it hurts', () => {
    const missing = DRAFT_FINDING_KINDS.flatMap((kind) => [`draft_kind_${kind}`, `draft_why_${kind}`]).filter((key) => !en[key]);
    expect(missing).toEqual([]);
  });

  it('Spanish has every English key, with the same placeholders', () => {
    const missing = Object.keys(en).filter((key) => !es[key]);
    expect(missing).toEqual([]);
    for (const [key, entry] of Object.entries(en)) {
      const names = (e: typeof entry | undefined) => Object.keys(e?.placeholders ?? {}).sort();
      expect(names(es[key]), key).toEqual(names(entry));
    }
  });

  it('no Spanish sentence is left in English by mistake', () => {
    // Single words may be the same in both ("Formal", "Total"); a phrase of several words may not.
    const sentence = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length >= 2;
    const same = Object.keys(en).filter((key) => en[key]!.message === es[key]?.message && sentence(en[key]!.message));
    expect(same.filter((key) => key !== 'extName')).toEqual([]);
  });

  it('every message is non-empty text', () => {
    for (const messages of [en, es]) for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), key).not.toBe('');
  });
});
