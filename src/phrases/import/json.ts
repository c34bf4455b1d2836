/** Import and export of our own library file (JSON). */
import * as v from 'valibot';
import { validateTemplate } from '../template.ts';
import type { Phrase } from '../types.ts';
import { issuePath, LIBRARY_FILE_VERSION, LIBRARY_FORMAT, LibraryFileSchema, PhraseSchema } from './schema.ts';
import { clip, MAX_ENTRIES, MAX_ERRORS, type ImportIssue, type ImportResult } from './types.ts';

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: number;
  exportedAt: string;
  phrases: Phrase[];
  hidden: string[];
}

/** The personal library as a file: own phrases, overrides of built-ins, hidden built-ins. */
export function exportLibrary(library: { phrases: readonly Phrase[]; hidden: readonly string[] }, now = new Date()): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: now.toISOString(),
    phrases: library.phrases.map((p) => ({ ...p })),
    hidden: [...library.hidden],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One phrase checked against the schema and the template rules, or its problems. */
export function checkPhrase(value: unknown, entry: number): { phrase: Phrase } | { issues: ImportIssue[] } {
  const title = value && typeof value === 'object' && typeof (value as { title?: unknown }).title === 'string' ? clip((value as { title: string }).title) : undefined;
  const where = { entry, ...(title ? { title } : {}) };
  const result = v.safeParse(PhraseSchema, value);
  if (!result.success) {
    return {
      issues: result.issues.map((issue) => {
        const field = issuePath(issue);
        const missing = issue.received === 'undefined';
        return { ...where, field: field || 'phrase', code: missing ? 'missing' : 'invalid', ...(missing ? {} : { detail: clip(issue.input) }) };
      }),
    };
  }
  const problems = validateTemplate(result.output.text);
  if (problems.length > 0) {
    return { issues: problems.map((p) => ({ ...where, field: 'text', code: p.code, ...(p.detail ? { detail: clip(p.detail) } : {}) })) };
  }
  const out = result.output;
  const phrase: Phrase = { id: out.id, step: out.step, text: out.text, tone: out.tone, lang: out.lang };
  if (out.heat) phrase.heat = [out.heat[0], out.heat[1]];
  if (out.wants) phrase.wants = [...new Set(out.wants)];
  if (out.title?.trim()) phrase.title = out.title.trim();
  return { phrase };
}

/** Read a file written by `exportLibrary` (any earlier version). Atomic. */
export function importLibraryJson(data: unknown): ImportResult {
  const format = 'olive-branch' as const;
  const outer = v.safeParse(LibraryFileSchema, data);
  if (!outer.success) {
    const issue = outer.issues[0];
    const field = issue ? issuePath(issue) : '';
    return { ok: false, format, errors: [{ code: field === 'format' ? 'unknown_format' : 'invalid', field: field || 'file' }] };
  }
  if (outer.output.version > LIBRARY_FILE_VERSION) return { ok: false, format, errors: [{ code: 'newer_version', field: 'version', detail: String(outer.output.version) }] };
  if (outer.output.phrases.length > MAX_ENTRIES) return { ok: false, format, errors: [{ code: 'too_many', field: 'phrases', detail: String(outer.output.phrases.length) }] };

  const errors: ImportIssue[] = [];
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  outer.output.phrases.forEach((value, entry) => {
    const checked = checkPhrase(value, entry);
    if ('issues' in checked) return void errors.push(...checked.issues);
    if (seen.has(checked.phrase.id)) return void errors.push({ entry, field: 'id', code: 'duplicate_id', detail: clip(checked.phrase.id) });
    seen.add(checked.phrase.id);
    phrases.push(checked.phrase);
  });
  if (errors.length > 0) return { ok: false, format, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, format, library: { phrases, hidden: [...new Set(outer.output.hidden ?? [])] }, skipped: [] };
}
