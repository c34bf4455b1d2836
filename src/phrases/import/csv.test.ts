import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from './csv.ts';
import { importPhrases } from './index.ts';

describe('CSV of canned responses', () => {
  it('imports title and text, mapping Zendesk and Help Scout placeholders', () => {
    const result = importPhrases(readFileSync(resolve(import.meta.dirname, '../../../e2e/fixtures/imports/canned-responses.csv'), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.format).toBe('csv');
    expect(result.library.phrases.map((p) => [p.title, p.text])).toEqual([
      ['Thanks for waiting', "Hi {{customer.first_name}}, thanks for bearing with us. I've checked and your replacement ships today."],
      ['Sorry for the trouble', "I'm so sorry for the trouble, {{customer.first_name|there}}. That's not the experience we want for you."],
    ]);
    expect(result.library.phrases[1]?.step).toBe('apologize');
  });

  it('keeps multi-line replies and quoted commas', () => {
    const result = importCsv('Title,Body\r\n"Refund, full","Hi,\r\nwe refunded you."\r\n');
    expect(result.ok && result.library.phrases[0]?.text).toBe('Hi,\nwe refunded you.');
  });

  it('takes step, tone and language columns when present', () => {
    const result = importCsv('title,text,step,tone,lang\nA,"Checking back in on your order.",follow_up,formal,en-GB\n');
    expect(result.ok && result.library.phrases[0]).toMatchObject({ step: 'follow_up', tone: 'formal', lang: 'en-GB' });
  });

  it('refuses the file when a row has no text, naming the row and the column', () => {
    const result = importCsv('title,text\nGood,"Thanks for waiting."\nEmpty one,\n');
    expect(result).toEqual({ ok: false, format: 'csv', errors: [{ entry: 1, title: 'Empty one', field: 'text', code: 'empty' }] });
  });

  it('refuses a file with no text column, listing the columns it found', () => {
    expect(importCsv('name,shortcut\na,b\n')).toEqual({ ok: false, format: 'csv', errors: [{ code: 'missing', field: 'text', detail: 'name, shortcut' }] });
  });

  it('names a row with a step that does not exist', () => {
    expect(importCsv('title,text,step\nX,Hello there,grovel\n')).toMatchObject({ ok: false, errors: [{ entry: 0, field: 'step', code: 'invalid', detail: 'grovel' }] });
  });

  it('gives the same ids to the same rows, so importing twice does not double them', () => {
    const csv = 'title,text\nA,Thanks for waiting.\n';
    const a = importCsv(csv);
    const b = importCsv(csv);
    expect(a.ok && b.ok && a.library.phrases[0]?.id === b.library.phrases[0]?.id).toBe(true);
  });
});

describe('CSV that cannot be read', () => {
  it('refuses a file with a quote left open, naming the row', () => {
    expect(importCsv('title,text\nA,"Hello\n')).toEqual({ ok: false, format: 'csv', errors: [{ code: 'not_csv', entry: 0, detail: 'unclosed_quote' }] });
  });
});
