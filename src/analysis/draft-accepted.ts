/**
 * Wording the agent told the draft checker is fine ("Not a problem"): the same words,
 * flagged for the same kind, are not flagged again. Case, spacing and quote style do not
 * matter, so "As I said" accepted once also covers "as  I said".
 */
import { DRAFT_FINDING_KINDS, type DraftFinding, type DraftFindingKind } from './types.ts';

export interface AcceptedWording {
  kind: DraftFindingKind;
  text: string;
}

/** Kept per agent and synced with the settings: bounded so a list can never crowd out the rest. */
export const MAX_ACCEPTED = 200;
export const MAX_ACCEPTED_CHARS = 200;

export function wordingKey(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The findings the agent has not accepted, in the same order. */
export function withoutAccepted(text: string, findings: readonly DraftFinding[], accepted: readonly AcceptedWording[]): DraftFinding[] {
  if (accepted.length === 0) return [...findings];
  const keys = new Set(accepted.map((a) => `${a.kind}|${wordingKey(a.text)}`));
  return findings.filter((f) => !keys.has(`${f.kind}|${wordingKey(text.slice(f.start, f.end))}`));
}

/** A stored list made safe: known kinds, non-empty bounded text, no repeats (by key), at most MAX_ACCEPTED. */
export function validAccepted(value: unknown): AcceptedWording[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: AcceptedWording[] = [];
  for (const entry of value) {
    const { kind, text } = (entry ?? {}) as { kind?: unknown; text?: unknown };
    if (!(DRAFT_FINDING_KINDS as readonly unknown[]).includes(kind) || typeof text !== 'string') continue;
    const clean = text.replace(/\s+/g, ' ').trim();
    const key = `${kind as string}|${wordingKey(clean)}`;
    if (clean.length === 0 || clean.length > MAX_ACCEPTED_CHARS || seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: kind as DraftFindingKind, text: clean });
    if (out.length >= MAX_ACCEPTED) break;
  }
  return out;
}

/** The list without this wording (the same words, for the same kind): flagged again. */
export function withoutWording(list: readonly AcceptedWording[], wording: AcceptedWording): AcceptedWording[] {
  return list.filter((a) => a.kind !== wording.kind || wordingKey(a.text) !== wordingKey(wording.text));
}

/** The list with one more accepted wording, newest first; the oldest falls off past MAX_ACCEPTED. */
export function withAccepted(list: readonly AcceptedWording[], wording: AcceptedWording): AcceptedWording[] {
  return validAccepted([wording, ...list]);
}
