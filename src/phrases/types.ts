import type { HeatLevel, WantId } from '../analysis/types.ts';
import type { DefaultStepId } from '../playbooks/types.ts';

/**
 * One ready-made sentence the agent can insert. Phrases belong to a default-playbook
 * step; other playbooks reach them through their steps' `kind`.
 */
export interface Phrase {
  /** Stable across releases: the UI stores favourites and usage counts by id. */
  id: string;
  step: DefaultStepId;
  /** A template: see `placeholderNames` and `fillTemplate`. */
  text: string;
  /** Inclusive range of customer heat this wording suits; absent means any heat. */
  heat?: [min: HeatLevel, max: HeatLevel];
  /** The remedies this phrase speaks to; absent means it fits whatever they want. */
  wants?: WantId[];
  tone: 'warm' | 'formal';
  /** BCP 47 language tag of the text, e.g. `en`, `es`. */
  lang: string;
  /** Short label for the picker; the UI falls back to the start of the text. */
  title?: string;
}
