import type { Message, Ticket } from '../ticket.ts';
import type { Playbook } from '../playbooks/types.ts';
import { defaultPlaybook } from '../playbooks/index.ts';
import type { Analysis, HeatLevel, HeatReason, WantId } from './types.ts';
import { WANT_IDS } from './types.ts';
import { levelOf, messageHeat, type MessageHeat } from './heat.ts';
import { readingOf } from './language.ts';
import { messageWants } from './wants.ts';
import { messageWords } from './their-words.ts';
import { progress } from './steps.ts';
import { prepare } from './text.ts';

/** Customer messages read for heat (and shown in the panel's trail); older ones weigh too little to change the level. */
const HEAT_WINDOW = 12;
/** Each step back in time counts this much less than the message after it. */
const HEAT_DECAY = 0.65;
/** Decay behind a calm, warm latest message: the anger before it has been answered. */
const SETTLED_DECAY = 0.3;
/** Customer messages read for wants and their words. */
const WANTS_WINDOW = 20;
const WORDS_WINDOW = 30;

export const MAX_REASONS = 10;
export const MAX_THEIR_WORDS = 10;

interface ReadMessage {
  text: string;
  at?: string;
  reading: ReturnType<typeof readingOf>;
}

function customerMessagesNewestFirst(messages: readonly Message[], limit: number): ReadMessage[] {
  const out: ReadMessage[] = [];
  for (let i = messages.length - 1; i >= 0 && out.length < limit; i--) {
    const m = messages[i];
    if (m?.author !== 'customer') continue;
    const text = prepare(m.text);
    out.push({ text, reading: readingOf(text), ...(typeof m.at === 'string' ? { at: m.at } : {}) });
  }
  return out;
}

type Heated = ReadMessage & { heat: MessageHeat | null };

/** Each message's own heat, read once: the level and the trail both use it. */
function withHeat(recent: readonly ReadMessage[]): Heated[] {
  return recent.map((m) => ({ ...m, heat: m.reading.kind === 'read' ? messageHeat(m.text, m.reading.lexicon) : null }));
}

/** Oldest first: the level of each customer message with words, null where we do not read the language. */
function trailOf(recent: readonly Heated[]): Analysis['heatTrail'] {
  const trail: Analysis['heatTrail'] = [];
  for (let i = recent.length - 1; i >= 0; i--) {
    const m = recent[i]!;
    if (m.reading.kind === 'empty') continue;
    trail.push({ level: m.heat ? levelOf(m.heat.score) : null, ...(m.at ? { at: m.at } : {}) });
  }
  return trail;
}

function heatOf(recent: readonly Heated[]): Analysis['heat'] {
  const newestWithWords = recent.find((m) => m.reading.kind !== 'empty');
  if (!newestWithWords) return { level: 0, reasons: [] };
  // The customer's latest words are in a language we do not read: say we do not know.
  if (newestWithWords.reading.kind === 'foreign') return { level: null, reasons: [] };

  let best = 0;
  let weight = 1;
  let decay = HEAT_DECAY;
  const reasons: HeatReason[] = [];
  const seen = new Set<string>();
  for (const m of recent) {
    if (m.heat) {
      const heat = m.heat;
      if (m === newestWithWords && heat.settled) decay = SETTLED_DECAY;
      best = Math.max(best, heat.score * weight);
      // Reasons from messages that no longer weigh anything would explain a heat we do not show.
      if (heat.score * weight >= 1) {
        for (const r of heat.reasons) {
          const key = `${r.code}\u0000${r.evidence}`;
          if (reasons.length < MAX_REASONS && !seen.has(key)) {
            seen.add(key);
            reasons.push(r);
          }
        }
      }
    }
    weight *= decay;
  }
  const level: HeatLevel = levelOf(best);
  return { level, reasons: level === 0 ? [] : reasons };
}

function wantsOf(recent: readonly ReadMessage[]): WantId[] {
  const found = new Set<WantId>();
  for (const m of recent.slice(0, WANTS_WINDOW)) {
    if (m.reading.kind === 'read') for (const w of messageWants(m.text, m.reading.lexicon)) found.add(w);
  }
  return WANT_IDS.filter((w) => found.has(w));
}

function theirWordsOf(recent: readonly ReadMessage[]): string[] {
  const out: string[] = [];
  for (const m of recent) {
    if (out.length >= MAX_THEIR_WORDS) break;
    if (m.reading.kind !== 'read') continue;
    for (const { word } of messageWords(m.text, m.reading.lexicon)) {
      if (out.length < MAX_THEIR_WORDS && !out.includes(word)) out.push(word);
    }
  }
  return out;
}

/**
 * Everything the side panel needs to coach on this ticket: how hot the customer is
 * and why, their own words, what they want, and where the agent stands in the
 * playbook. Never throws; bounded in time and output whatever the ticket holds.
 */
export function analyzeTicket(ticket: Ticket, playbook: Playbook = defaultPlaybook): Analysis {
  try {
    const messages: readonly Message[] = Array.isArray(ticket?.messages) ? ticket.messages : [];
    const book = Array.isArray(playbook?.steps) ? playbook : defaultPlaybook;
    const recent = customerMessagesNewestFirst(messages, Math.max(HEAT_WINDOW, WANTS_WINDOW, WORDS_WINDOW));
    const heated = withHeat(recent.slice(0, HEAT_WINDOW));
    return {
      heat: heatOf(heated),
      heatTrail: trailOf(heated),
      theirWords: theirWordsOf(recent),
      wants: wantsOf(recent),
      ...progress(messages, book),
    };
  } catch {
    // A bug here must not take the panel down; an honest "unknown" beats a crash.
    let first: string = 'listen';
    try {
      first = playbook?.steps?.[0]?.id ?? first;
    } catch {
      // a hostile getter on the playbook: keep the default's first step
    }
    return { heat: { level: null, reasons: [] }, heatTrail: [], theirWords: [], wants: [], done: [], skipped: [], current: first };
  }
}

export { checkDraft } from './draft.ts';
export type { Analysis, HeatLevel, HeatReason, WantId, DraftFinding, DraftFindingKind } from './types.ts';
export { WANT_IDS, DRAFT_FINDING_KINDS } from './types.ts';
