import type { Message } from '../ticket.ts';
import type { DefaultStepId, Playbook, StepId } from '../playbooks/types.ts';
import { EN_STEP_CUES, type StepCue } from './step-cues.ts';
import { prepare } from './text.ts';

/** An agent reply does its steps in its opening; reading more of a long reply only costs time. */
const REPLY_CHARS = 6_000;

const SENTENCE_END = /[.!?\n]/;

function sentenceAround(text: string, start: number, end: number): { sentence: string; before: string; after: string; next: string } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '') && start - from < 300) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '') && to - end < 300) to++;
  let nextEnd = to + 1;
  while (nextEnd < text.length && !SENTENCE_END.test(text[nextEnd] ?? '') && nextEnd - to < 300) nextEnd++;
  return {
    sentence: text.slice(from, to),
    before: text.slice(from, start),
    after: text.slice(end, to),
    next: text.slice(to + 1, nextEnd).trim(),
  };
}

function cueFound(cue: StepCue, text: string): boolean {
  for (const re of cue.says) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!cue.veto || !cue.veto(sentenceAround(text, m.index, m.index + m[0].length))) return true;
    }
  }
  return false;
}

/** The step concepts one agent reply does, among those asked for. */
export function replyKinds(text: unknown, kinds: readonly DefaultStepId[]): DefaultStepId[] {
  const own = prepare(text);
  const read = own.length > REPLY_CHARS ? own.slice(0, REPLY_CHARS) : own;
  return kinds.filter((kind) => cueFound(EN_STEP_CUES[kind], read));
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
    for (const kind of replyKinds(message.text, open)) doneKinds.add(kind);
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
