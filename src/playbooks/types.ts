/** The step ids of the default seven-step recovery playbook (METHOD.md). */
export const DEFAULT_STEP_IDS = [
  'listen',
  'acknowledge',
  'apologize',
  'ask',
  'resolve',
  'act',
  'follow_up',
] as const;

export type DefaultStepId = (typeof DEFAULT_STEP_IDS)[number];

/** Each playbook defines its own step ids; the default playbook's are DefaultStepId. */
export type StepId = string;

export interface PlaybookStep {
  id: StepId;
  /** The default-playbook concept this step corresponds to: selects its phrases and how a reply that does it is recognised. */
  kind: DefaultStepId;
  title: string;
  goal: string;
  why: string;
  dos: string[];
  donts: string[];
}

export interface Playbook {
  id: string;
  name: string;
  steps: PlaybookStep[];
}

/**
 * A playbook's words in another language, by step id. Ids, kinds and the order stay the
 * playbook's own; each step keeps as many do's and don'ts as the English one has.
 */
export interface PlaybookTranslation {
  name: string;
  steps: Record<StepId, Pick<PlaybookStep, 'title' | 'goal' | 'why' | 'dos' | 'donts'>>;
}
