import type { Message } from '../ticket.ts';
import type { DefaultStepId, Playbook, StepId } from '../playbooks/types.ts';
import { EN_STEP_CUES, type CueContext, type CueGroup, type StepCue, type StepCues } from './step-cues.ts';
import { ES_STEP_CUES } from './step-cues-es.ts';
import { readingOf } from './language.ts';
import { prepare } from './text.ts';
import { learnedKinds } from './step-model.ts';

/** Step cues by the language of the reply (the lexicon's `lang`). */
const CUES_BY_LANG: Readonly<Record<string, StepCues>> = { en: EN_STEP_CUES, es: ES_STEP_CUES };
const ALL_CUES: readonly StepCues[] = [EN_STEP_CUES, ES_STEP_CUES];
const MAYBE_OTHER = /[\u00c0-\u024f\u00a1\u00bf]|\b(el|los|las|que|por|para|con|una|esta|hola|gracias|puedes|tienes|pero|muy|lo|se|te|le|del|al|es)\b/i;

/**
 * The cue sets to read a reply with: its language's, English for a language we read
 * without step cues, and every set for a reply too short or plain to tell ("Entiendo
 * tu frustración."): each set's words belong to its own language, so they do not
 * misfire on the other.
 */
function cuesFor(text: string): readonly StepCues[] {
  // Most replies are plain English: without a Spanish letter or one of its commonest words
  // no other cue set could apply, and reading the language would cost more than the cues.
  if (!MAYBE_OTHER.test(text)) return [EN_STEP_CUES];
  const reading = readingOf(text);
  if (reading.kind === 'read') return [CUES_BY_LANG[reading.lexicon.lang] ?? EN_STEP_CUES];
  return ALL_CUES;
}

/** An agent reply does its steps in its opening; reading more of a long reply only costs time. */
const REPLY_CHARS = 6_000;

/** Sentence ends: . ! ? and line breaks (compared by code, as this runs for every character it walks). */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

function sentenceAround(text: string, start: number, end: number): CueContext {
  let from = start;
  while (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1)) && start - from < 300) from--;
  let to = end;
  while (to < text.length && !isSentenceEnd(text.charCodeAt(to)) && to - end < 300) to++;
  let nextEnd = to + 1;
  while (nextEnd < text.length && !isSentenceEnd(text.charCodeAt(nextEnd)) && nextEnd - to < 300) nextEnd++;
  return {
    sentence: text.slice(from, to),
    before: text.slice(from, start),
    after: text.slice(end, to),
    next: text.slice(to + 1, nextEnd).trim(),
  };
}

/**
 * A group's patterns joined into one, so a reply is scanned once per group rather than
 * once per pattern (a vetoed match resumes one character on, so an overlapping pattern
 * still gets its chance).
 */
const joined = new WeakMap<CueGroup, RegExp>();

function joinedPattern(cue: CueGroup): RegExp {
  let re = joined.get(cue);
  if (!re) {
    const flags = [...new Set(cue.says.flatMap((r) => [...r.flags]))].join('');
    re = new RegExp(cue.says.map((r) => `(?:${r.source})`).join('|'), flags.includes('g') ? flags : `${flags}g`);
    joined.set(cue, re);
  }
  return re;
}

function groupFound(cue: CueGroup, text: string): boolean {
  if (cue.says.length === 0) return false;
  const re = joinedPattern(cue);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length > 0 && (!cue.veto || !cue.veto(sentenceAround(text, m.index, m.index + m[0].length)))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

function cueFound(cue: StepCue, text: string, afterFix: boolean): boolean {
  if (groupFound(cue, text)) return true;
  for (const group of cue.more ?? []) if (groupFound(group, text)) return true;
  return afterFix && !!cue.afterFix && groupFound({ says: cue.afterFix }, text);
}

function replyText(text: unknown): string {
  const own = prepare(text);
  return own.length > REPLY_CHARS ? own.slice(0, REPLY_CHARS) : own;
}

/** The steps among `kinds` that the reply's cues show: precise, but they miss wordings no list has. */
function cuedIn(read: string, kinds: readonly DefaultStepId[], before: ReadonlySet<DefaultStepId>): DefaultStepId[] {
  if (kinds.length === 0 || read.trim().length === 0) return [];
  const sets = cuesFor(read);
  const afterFix = before.has('resolve') || before.has('act');
  return kinds.filter((kind) => sets.some((cues) => cueFound(cues[kind], read, afterFix)));
}

/**
 * The step concepts one agent reply does, among those asked for: what its cues show,
 * and what the step models (step-model.ts) are confident of besides. `before` holds the
 * steps earlier replies did: some words only close a thread once a remedy was offered
 * or carried out ("thanks for letting me know, marking this as resolved").
 */
export function replyKinds(text: unknown, kinds: readonly DefaultStepId[], before: ReadonlySet<DefaultStepId> = new Set()): DefaultStepId[] {
  const read = replyText(text);
  const cued = cuedIn(read, kinds, before);
  const learned = learnedKinds(read, kinds.filter((kind) => !cued.includes(kind)));
  return kinds.filter((kind) => cued.includes(kind) || learned.includes(kind));
}

export interface Progress {
  done: StepId[];
  skipped: StepId[];
  current: StepId | 'complete';
}

/**
 * Where the thread stands in the playbook (METHOD.md): a step is done when one agent
 * reply does it; the current step follows the furthest one done; steps passed over
 * on the way are skipped. Notes and customer messages never count.
 */
export function progress(messages: readonly Message[], playbook: Playbook): Progress {
  const steps = playbook.steps;
  const wanted = new Set<DefaultStepId>(steps.map((s) => s.kind));
  const doneKinds = new Set<DefaultStepId>();
  for (const message of messages) {
    if (wanted.size === doneKinds.size) break;
    if (message?.author !== 'agent') continue;
    const open = [...wanted].filter((k) => !doneKinds.has(k));
    const earlier = new Set(doneKinds);
    for (const kind of replyKinds(message.text, open, earlier)) doneKinds.add(kind);
  }
  let furthest = -1;
  steps.forEach((s, i) => {
    if (doneKinds.has(s.kind)) furthest = i;
  });
  const done = steps.filter((s) => doneKinds.has(s.kind)).map((s) => s.id);
  const skipped = steps.slice(0, Math.max(0, furthest)).filter((s) => !doneKinds.has(s.kind)).map((s) => s.id);
  const next = steps[furthest + 1];
  return { done, skipped, current: next ? next.id : 'complete' };
}
