/**
 * A CSV of canned responses, as most helpdesks and text expanders export them: a header
 * row, then one reply per row with a title and a text column. Optional `step`, `tone`
 * and `lang` columns tag the phrases; without them the step is read from the text.
 */
import { DEFAULT_STEP_IDS, type DefaultStepId } from '../../playbooks/types.ts';
import type { Phrase } from '../types.ts';
import { parseCsv } from './csv-parse.ts';
import { stableId, toPhrase } from './entry.ts';
import { clip, MAX_ENTRIES, MAX_ERRORS, type ImportIssue, type ImportResult } from './types.ts';

// Header names seen in exports from helpdesks and snippet tools, lower-cased.
const TITLE = ['title', 'name', 'subject', 'shortcut', 'label'];
const TEXT = ['text', 'body', 'content', 'message', 'response', 'reply', 'snippet'];

function column(fields: readonly string[], names: readonly string[]): string | undefined {
  return fields.find((f) => names.includes(f.trim().toLowerCase()));
}

export function importCsv(source: string, options: { lang?: string } = {}): ImportResult {
  const format = 'csv' as const;
  const parsed = parseCsv(source);
  if (!parsed.ok) return { ok: false, format, errors: [{ code: 'not_csv', entry: parsed.row, detail: parsed.reason }] };
  const { fields, rows } = parsed.table;
  const titleCol = column(fields, TITLE);
  const textCol = column(fields, TEXT);
  if (!textCol) return { ok: false, format, errors: [{ code: 'missing', field: 'text', detail: clip(fields.join(', ')) }] };
  if (rows.length > MAX_ENTRIES) return { ok: false, format, errors: [{ code: 'too_many', detail: String(rows.length) }] };
  const stepCol = column(fields, ['step']);
  const toneCol = column(fields, ['tone']);
  const langCol = column(fields, ['lang', 'language']);

  const errors: ImportIssue[] = [];
  const phrases: Phrase[] = [];
  rows.forEach((row, entry) => {
    const title = (titleCol ? row[titleCol] : '')?.trim() ?? '';
    const text = (row[textCol] ?? '').replace(/\r\n?/g, '\n');
    const where = { entry, ...(title ? { title: clip(title) } : {}) };

    const step = stepCol ? row[stepCol]?.trim().toLowerCase() : '';
    if (step && !(DEFAULT_STEP_IDS as readonly string[]).includes(step)) return void errors.push({ ...where, field: stepCol, code: 'invalid', detail: clip(step) });
    const tone = toneCol ? row[toneCol]?.trim().toLowerCase() : '';
    if (tone && tone !== 'warm' && tone !== 'formal') return void errors.push({ ...where, field: toneCol, code: 'invalid', detail: clip(tone) });
    const lang = (langCol ? row[langCol]?.trim() : '') || options.lang || 'en';
    if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) return void errors.push({ ...where, field: langCol, code: 'invalid', detail: clip(lang) });

    const result = toPhrase({
      entry,
      id: stableId('csv', title, text),
      title,
      text,
      field: textCol,
      lang,
      ...(step ? { step: step as DefaultStepId } : {}),
      ...(tone ? { tone: tone as Phrase['tone'] } : {}),
    });
    if ('issue' in result) errors.push(result.issue);
    else phrases.push(result.phrase);
  });

  if (errors.length > 0) return { ok: false, format, errors: errors.slice(0, MAX_ERRORS) };
  if (phrases.length === 0) return { ok: false, format, errors: [{ code: 'nothing_to_import' }] };
  return { ok: true, format, library: { phrases, hidden: [] }, skipped: [] };
}
