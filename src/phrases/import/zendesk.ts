/**
 * A Zendesk macros export: the JSON of `GET /api/v2/macros.json` (`{ macros: [...] }`,
 * one page of it) or of one macro (`{ macro: {...} }`). A macro is a list of actions;
 * the reply is the `comment_value` (plain text; older exports wrap it as
 * `["channel:all", text]`) or `comment_value_html` action. Macros that only set fields,
 * add internal notes or are switched off are left out and listed, not refused.
 */
import { toPhrase } from './entry.ts';
import { htmlToText } from './html-text.ts';
import type { Phrase } from '../types.ts';
import { clip, MAX_ENTRIES, MAX_ERRORS, type ImportIssue, type ImportResult } from './types.ts';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the value looks like a macros export, whatever its entries hold. */
export function isZendeskMacros(data: unknown): boolean {
  return isObject(data) && (Array.isArray(data.macros) || isObject(data.macro));
}

/** `comment_value` is a string, or `[channel, text]` in exports of the older macro format. */
function commentText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') return value[1];
  return null;
}

function macroTitle(raw: Raw): string {
  // Zendesk nests macros in categories with "::" ("Refunds::Full refund").
  return typeof raw.title === 'string' ? raw.title.split('::').map((s) => s.trim()).filter(Boolean).join(' › ') : '';
}

export function importZendeskMacros(data: unknown, options: { lang?: string } = {}): ImportResult {
  const format = 'zendesk-macros' as const;
  if (!isZendeskMacros(data)) return { ok: false, format, errors: [{ code: 'unknown_format', field: 'macros' }] };
  const root = data as Raw;
  const macros: unknown[] = Array.isArray(root.macros) ? root.macros : [root.macro];
  if (macros.length > MAX_ENTRIES) return { ok: false, format, errors: [{ code: 'too_many', field: 'macros', detail: String(macros.length) }] };

  const errors: ImportIssue[] = [];
  const skipped: ImportIssue[] = [];
  const phrases: Phrase[] = [];
  macros.forEach((macro, entry) => {
    if (!isObject(macro)) return void errors.push({ entry, field: 'macro', code: 'invalid', detail: clip(macro) });
    const title = macroTitle(macro);
    const where = { entry, ...(title ? { title: clip(title) } : {}) };
    if (!title) return void errors.push({ ...where, field: 'title', code: 'missing' });
    if (!Array.isArray(macro.actions)) return void errors.push({ ...where, field: 'actions', code: macro.actions === undefined ? 'missing' : 'invalid' });

    let text: string | null = null;
    let field = '';
    let internal = false;
    for (const action of macro.actions) {
      if (!isObject(action)) return void errors.push({ ...where, field: 'actions', code: 'invalid', detail: clip(action) });
      if (action.field === 'comment_mode_is_public' && String(action.value) === 'false') internal = true;
      // Prefer the plain-text form: it is what the agent wrote, with no markup to undo.
      if (action.field === 'comment_value' || (action.field === 'comment_value_html' && field !== 'comment_value')) {
        const value = commentText(action.value);
        if (value === null) return void errors.push({ ...where, field: String(action.field), code: 'invalid', detail: clip(action.value) });
        text = action.field === 'comment_value_html' ? htmlToText(value) : value;
        field = action.field;
      }
    }
    if (macro.active === false) return void skipped.push({ ...where, code: 'inactive' });
    if (text === null) return void skipped.push({ ...where, code: 'no_reply_text' });
    if (internal) return void skipped.push({ ...where, code: 'internal_note' });

    const id = typeof macro.id === 'number' || typeof macro.id === 'string' ? `zendesk.${macro.id}` : `zendesk.${entry}`;
    const result = toPhrase({ entry, id, title, text, field, lang: options.lang ?? 'en' });
    if ('issue' in result) errors.push(result.issue);
    else phrases.push(result.phrase);
  });

  if (errors.length > 0) return { ok: false, format, errors: errors.slice(0, MAX_ERRORS) };
  if (phrases.length === 0) return { ok: false, format, errors: [{ code: 'nothing_to_import' }] };
  return { ok: true, format, library: { phrases, hidden: [] }, skipped };
}
