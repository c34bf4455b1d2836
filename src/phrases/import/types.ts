import type { Phrase } from '../types.ts';

/**
 * Why an import was refused (or an entry left out). Codes, not sentences: the options
 * page turns them into words from _locales. `entry` is the 0-based position of the
 * offending item in the file (a CSV row, a macro, a phrase); `field` names the part of
 * it that is wrong, in the file's own vocabulary (`text`, `comment_value`, `heat`).
 */
export interface ImportIssue {
  code: ImportIssueCode;
  entry?: number;
  /** The entry's title, when it has one: easier to find in a file than a number. */
  title?: string;
  field?: string;
  /** The offending value or placeholder, clipped. */
  detail?: string;
}

export type ImportIssueCode =
  | 'not_json'
  | 'not_csv'
  | 'too_large'
  | 'unknown_format'
  | 'newer_version'
  | 'too_many'
  | 'missing'
  | 'invalid'
  | 'empty'
  | 'too_long'
  | 'unknown_placeholder'
  | 'unclosed'
  | 'duplicate_id'
  | 'no_reply_text'
  | 'inactive'
  | 'internal_note'
  | 'nothing_to_import';

export type ImportFormat = 'olive-branch' | 'zendesk-macros' | 'csv';

/** What an import yields for the personal library. */
export interface ImportedLibrary {
  phrases: Phrase[];
  /** Built-in phrase ids the file hides (only our own format carries these). */
  hidden: string[];
}

/**
 * Atomic: either everything the file holds, or nothing and the reasons. `skipped`
 * lists entries a foreign file holds that are not replies at all (a Zendesk macro that
 * only sets a ticket field): leaving those out is not an error.
 */
export type ImportResult =
  | { ok: true; format: ImportFormat; library: ImportedLibrary; skipped: ImportIssue[] }
  | { ok: false; format?: ImportFormat; errors: ImportIssue[] };

/** Limits that keep a hostile or mistaken file from freezing the options page. */
export const MAX_FILE_CHARS = 2_000_000;
export const MAX_ENTRIES = 2_000;
export const MAX_TEXT_CHARS = 5_000;
export const MAX_TITLE_CHARS = 120;
/** Errors listed before the rest are summarised: a wholly wrong file need not list 2,000. */
export const MAX_ERRORS = 20;

export function clip(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
