import type { Analysis } from './types.ts';
import type { Playbook, StepId } from '../playbooks/types.ts';

/** A step the agent marked by hand: done, or not done although the engine thinks so. */
export type StepMark = 'done' | 'undone';
export type StepMarks = Readonly<Record<StepId, StepMark>>;

/**
 * The agent's marks override what the engine derived; progress is then worked out again
 * the METHOD.md way: the current step follows the furthest step done, steps passed over
 * on the way are skipped, and after the last step the thread is complete.
 */
export function withStepMarks(analysis: Analysis, playbook: Playbook, marks: StepMarks): Analysis {
  const ids = playbook.steps.map((s) => s.id);
  const done = new Set(analysis.done);
  for (const [id, mark] of Object.entries(marks)) {
    if (!ids.includes(id)) continue; // a mark from another playbook
    if (mark === 'done') done.add(id);
    else done.delete(id);
  }
  let furthest = -1;
  ids.forEach((id, i) => {
    if (done.has(id)) furthest = i;
  });
  return {
    ...analysis,
    done: ids.filter((id) => done.has(id)),
    skipped: ids.slice(0, Math.max(furthest, 0)).filter((id) => !done.has(id)),
    current: furthest + 1 >= ids.length ? 'complete' : ids[furthest + 1]!,
  };
}
