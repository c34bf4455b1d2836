/**
 * Phrase import and export. `importPhrases` recognises the file by its content (our
 * JSON, a Zendesk macros export, or CSV) and returns all of it or nothing.
 */
import { importCsv } from './csv.ts';
import { importLibraryJson } from './json.ts';
import { LIBRARY_FORMAT } from './schema.ts';
import { MAX_FILE_CHARS, type ImportResult } from './types.ts';
import { importZendeskMacros, isZendeskMacros } from './zendesk.ts';

export { exportLibrary, importLibraryJson, checkPhrase, type LibraryFile } from './json.ts';
export { importZendeskMacros } from './zendesk.ts';
export { importCsv } from './csv.ts';
export { mapPlaceholders } from './placeholders.ts';
export { htmlToText } from './html-text.ts';
export { PhraseSchema, LIBRARY_FORMAT, LIBRARY_FILE_VERSION } from './schema.ts';
export * from './types.ts';

export function importPhrases(source: string, options: { fileName?: string; lang?: string } = {}): ImportResult {
  if (typeof source !== 'string') return { ok: false, errors: [{ code: 'unknown_format' }] };
  if (source.length > MAX_FILE_CHARS) return { ok: false, errors: [{ code: 'too_large', detail: String(source.length) }] };
  const body = source.replace(/^\uFEFF/, '');
  const looksJson = /^\s*[[{]/.test(body) || /\.json$/i.test(options.fileName ?? '');
  if (!looksJson) return importCsv(body, options);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, errors: [{ code: 'not_json' }] };
  }
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === LIBRARY_FORMAT) return importLibraryJson(data);
  if (isZendeskMacros(data)) return importZendeskMacros(data, options);
  return { ok: false, errors: [{ code: 'unknown_format' }] };
}
