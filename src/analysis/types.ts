import type { StepId } from '../playbooks/types.ts';

export type HeatLevel = 0 | 1 | 2 | 3;

export const WANT_IDS = [
  'refund',
  'replacement',
  'redo',
  'discount',
  'credit',
  'free_item',
  'cancel',
  'manager',
  'apology_only',
  'explanation',
  'speed',
] as const;
export type WantId = (typeof WANT_IDS)[number];

/** A machine code (turned into words by the UI) plus the customer's text that triggered it. */
export interface HeatReason {
  code: string;
  evidence: string;
}

export interface Analysis {
  /** `level` is null when the text is not in a language the engine reads: never a false "calm". */
  heat: { level: HeatLevel | null; reasons: HeatReason[] };
  /** Each recent customer message's own heat, oldest first (at most 12): is the customer cooling down? */
  heatTrail: { level: HeatLevel | null; at?: string }[];
  /** The customer's own words for their experience, most recent and strongest first. */
  theirWords: string[];
  wants: WantId[];
  done: StepId[];
  skipped: StepId[];
  current: StepId | 'complete';
}

export const DRAFT_FINDING_KINDS = [
  'blame',
  'defensive',
  'minimizing',
  'sorry_but',
  'brush_off',
  'cold_distance',
] as const;
export type DraftFindingKind = (typeof DRAFT_FINDING_KINDS)[number];

export interface DraftFinding {
  /** JavaScript string indices into the checked text. */
  start: number;
  end: number;
  kind: DraftFindingKind;
  /** A calmer wording for text.slice(start, end). */
  rewrite?: string;
}
