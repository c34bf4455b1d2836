import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.ts';

describe('CSV reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const result = parseCsv('title,text\r\n"A, b","She said ""hi""\nthen left"\r\nplain,row\n');
    expect(result).toEqual({ ok: true, table: { fields: ['title', 'text'], rows: [{ title: 'A, b', text: 'She said "hi"\nthen left' }, { title: 'plain', text: 'row' }] } });
  });

  it('takes semicolons or tabs when the header uses them', () => {
    expect(parseCsv('title;text\nA;Hello, there\n')).toMatchObject({ ok: true, table: { rows: [{ title: 'A', text: 'Hello, there' }] } });
    expect(parseCsv('title\ttext\nA\tHi\n')).toMatchObject({ ok: true, table: { rows: [{ title: 'A', text: 'Hi' }] } });
  });

  it('skips blank lines and fills missing cells with empty text', () => {
    expect(parseCsv('\uFEFFtitle,text\n\nA\n,\n')).toEqual({ ok: true, table: { fields: ['title', 'text'], rows: [{ title: 'A', text: '' }] } });
  });

  it('reports a quote that never closes, with its row', () => {
    expect(parseCsv('title,text\nA,ok\nB,"never closed\n')).toEqual({ ok: false, row: 1, reason: 'unclosed_quote' });
  });
});
