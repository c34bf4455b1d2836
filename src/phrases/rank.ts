import type { Analysis, HeatLevel } from '../analysis/types.ts';
import { DEFAULT_STEP_IDS, type DefaultStepId } from '../playbooks/types.ts';
import type { Phrase } from './types.ts';

export interface RankOptions {
  /**
   * The default-playbook step to favour. Callers on another playbook pass the current
   * step's `kind` here, since `analysis.current` is then that playbook's own id.
   */
  step?: DefaultStepId;
  limit?: number;
}

const DEFAULT_STEPS = new Set<string>(DEFAULT_STEP_IDS);

/** The step whose phrases come first, or undefined when nothing says which. */
function targetStep(current: string | undefined, options: RankOptions | undefined): DefaultStepId | undefined {
  if (options?.step && DEFAULT_STEPS.has(options.step)) return options.step;
  if (current === 'complete') return 'follow_up';
  if (current && DEFAULT_STEPS.has(current)) return current as DefaultStepId;
  return undefined;
}

/**
 * How well a phrase's heat range suits the customer: a phrase written for exactly
 * this heat beats an all-purpose one, which beats one written for another heat
 * (the further off, the lower). Unknown heat is read as the middle of the scale.
 */
function heatScore(phrase: Phrase, level: HeatLevel | null): number {
  if (!phrase.heat) return 1;
  const at = level ?? 1.5;
  const [min, max] = phrase.heat;
  if (at >= min && at <= max) return 2;
  return -Math.max(min - at, at - max);
}

/** Phrases for a remedy they asked for rise; phrases offering a remedy they did not ask for sink. */
function wantsScore(phrase: Phrase, wants: readonly string[]): number {
  if (!phrase.wants || phrase.wants.length === 0) return 0;
  return phrase.wants.some((w) => wants.includes(w)) ? 1 : -1;
}

/**
 * Order phrases for the agent: the target step's phrases first, then within each
 * group by fit to what the customer wants, then by fit to their heat; ties keep the
 * library's order so the list does not shuffle between renders.
 */
export function rankPhrases(
  phrases: readonly Phrase[],
  analysis: Pick<Analysis, 'heat' | 'wants' | 'current'>,
  options?: RankOptions,
): Phrase[] {
  const step = targetStep(analysis?.current, options);
  const level = analysis?.heat?.level ?? null;
  const wants = analysis?.wants ?? [];
  const scored = phrases.map((phrase, index) => ({
    phrase,
    index,
    stepFit: step !== undefined && phrase.step === step ? 1 : 0,
    // Wants outweigh heat: offering a refund nobody asked for is the worse mismatch.
    fit: wantsScore(phrase, wants) * 10 + heatScore(phrase, level),
  }));
  scored.sort((a, b) => b.stepFit - a.stepFit || b.fit - a.fit || a.index - b.index);
  const limit = options?.limit;
  const ranked = scored.map((s) => s.phrase);
  return limit !== undefined && Number.isFinite(limit) && limit >= 0 ? ranked.slice(0, Math.floor(limit)) : ranked;
}
