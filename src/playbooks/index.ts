import type { Playbook } from './types.ts';
import { recoveryPlaybook } from './recovery.ts';
import { heardPlaybook } from './heard.ts';
import { lastPlaybook } from './last.ts';
import { leapPlaybook } from './leap.ts';
import { learnPlaybook } from './learn.ts';

/** The default playbook: the seven-step recovery method from METHOD.md. */
export const defaultPlaybook: Playbook = recoveryPlaybook;

/** Every playbook the agent can choose, the default first. */
export const playbooks: readonly Playbook[] = [recoveryPlaybook, heardPlaybook, lastPlaybook, leapPlaybook, learnPlaybook];

/** The playbook with this id; an unknown id (an old setting, a typo) gets the default rather than nothing. */
export function getPlaybook(id: string): Playbook {
  return playbooks.find((p) => p.id === id) ?? defaultPlaybook;
}

export type { Playbook, PlaybookStep, StepId, DefaultStepId } from './types.ts';
export { DEFAULT_STEP_IDS } from './types.ts';
