/** What every foreign importer does to one canned reply: placeholders, step, id, checks. */
import { replyKinds } from '../../analysis/steps.ts';
import { DEFAULT_STEP_IDS, type DefaultStepId } from '../../playbooks/types.ts';
import { validateTemplate } from '../template.ts';
import type { Phrase } from '../types.ts';
import { mapPlaceholders } from './placeholders.ts';
import { clip, MAX_TEXT_CHARS, MAX_TITLE_CHARS, type ImportIssue } from './types.ts';

/**
 * A canned reply does not say which step it serves; the engine's own step cues read
 * it. A reply that does several steps belongs to the furthest (a macro that apologises
 * and then refunds is a remedy). Nothing recognised means a remedy: that is what most
 * canned replies are for.
 */
export function guessStep(text: string): DefaultStepId {
  const kinds = replyKinds(text, DEFAULT_STEP_IDS);
  return kinds.at(-1) ?? 'resolve';
}

/** FNV-1a, so re-importing the same file replaces its phrases instead of doubling them. */
export function stableId(prefix: string, ...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}.${hash.toString(36)}`;
}

export interface ForeignReply {
  entry: number;
  id: string;
  title: string;
  text: string;
  /** The file's name for the field the text came from, for error messages. */
  field: string;
  lang: string;
  step?: DefaultStepId;
  tone?: Phrase['tone'];
}

/**
 * One foreign reply as a phrase, or the issue that keeps it out. Placeholders with no
 * equivalent here are an error: a phrase that would insert "{{ticket.custom_field}}"
 * into a reply to an upset customer is worse than none.
 */
export function toPhrase(reply: ForeignReply): { phrase: Phrase } | { issue: ImportIssue } {
  const where = { entry: reply.entry, ...(reply.title ? { title: clip(reply.title) } : {}), field: reply.field };
  const text = reply.text.trim();
  if (!text) return { issue: { ...where, code: 'empty' } };
  if (text.length > MAX_TEXT_CHARS) return { issue: { ...where, code: 'too_long', detail: String(text.length) } };
  const mapped = mapPlaceholders(text);
  if (mapped.unknown.length > 0) return { issue: { ...where, code: 'unknown_placeholder', detail: clip(mapped.unknown[0]) } };
  const problem = validateTemplate(mapped.text)[0];
  if (problem) return { issue: { ...where, code: problem.code === 'empty' ? 'empty' : problem.code, detail: clip(problem.detail) } };
  const title = reply.title.trim().slice(0, MAX_TITLE_CHARS);
  return {
    phrase: {
      id: reply.id,
      step: reply.step ?? guessStep(mapped.text),
      text: mapped.text,
      tone: reply.tone ?? 'warm',
      lang: reply.lang,
      ...(title ? { title } : {}),
    },
  };
}
